/// The one table of Chinese, Japanese and Korean character ranges, and the questions portalgen asks of a
/// character: is it an ideograph (keyword discovery), does Chinese text surround it (line joining), is it a
/// letter or digit (heading anchors, reading time).
///
/// The hot loops (every character of every speech) call these, so they are inlinable and answer the common
/// ranges without a Unicode property lookup. (TemplateEngine's display width is another property, terminal
/// cells, and stays in that engine, which depends on nothing.)
package enum CJKCharacters {
    // MARK: - Ranges

    /// CJK Unified Ideographs: nearly every character of a Chinese text.
    @inlinable package static var unifiedIdeographs: ClosedRange<UInt32> { 0x4E00...0x9FFF }
    /// CJK Unified Ideographs Extension A.
    @inlinable package static var extensionA: ClosedRange<UInt32> { 0x3400...0x4DBF }
    /// CJK Compatibility Ideographs.
    @inlinable package static var compatibilityIdeographs: ClosedRange<UInt32> { 0xF900...0xFAFF }
    /// Extensions B to G, in the supplementary planes.
    @inlinable package static var supplementaryIdeographs: ClosedRange<UInt32> { 0x20000...0x3134F }
    /// 〇, the ideographic zero of years written in characters (二〇二三年).
    @inlinable package static var ideographicZero: UInt32 { 0x3007 }
    /// CJK radicals (supplement and Kangxi).
    @inlinable package static var radicals: ClosedRange<UInt32> { 0x2E80...0x2FDF }
    /// CJK Symbols and Punctuation: 、。〈〉《》「」【】, the ideographic space.
    @inlinable package static var symbolsAndPunctuation: ClosedRange<UInt32> { 0x3000...0x303F }
    /// Hiragana and Katakana.
    @inlinable package static var kana: ClosedRange<UInt32> { 0x3040...0x30FF }
    /// CJK Compatibility Forms (vertical punctuation).
    @inlinable package static var compatibilityForms: ClosedRange<UInt32> { 0xFE30...0xFE4F }
    /// Halfwidth and Fullwidth Forms: ，！？（）and full-width letters and digits.
    @inlinable package static var fullwidthForms: ClosedRange<UInt32> { 0xFF00...0xFFEF }
    /// Full-width punctuation before the full-width digits: ！＂＃＄％＆＇（）＊＋，－．／.
    @inlinable package static var fullwidthPunctuation: ClosedRange<UInt32> { 0xFF00...0xFF0F }
    /// General Punctuation: – — ‘ ’ “ ” … and the typographic spaces.
    @inlinable package static var generalPunctuation: ClosedRange<UInt32> { 0x2000...0x206F }

    // MARK: - Questions

    /// A Han ideograph (or 〇): what keyword discovery counts as a Chinese character.
    @inlinable @inline(__always) package static func isIdeograph(_ value: UInt32) -> Bool {
        switch value {
        case unifiedIdeographs, extensionA, compatibilityIdeographs, supplementaryIdeographs, ideographicZero: true
        default: false
        }
    }

    /// Ideographs, CJK punctuation, kana and full-width forms, and the quotation marks, dash and ellipsis as
    /// Chinese text uses them: characters between which a line break in the source must not become a space
    /// on the page.
    @inlinable @inline(__always) package static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case radicals, symbolsAndPunctuation, kana, extensionA, unifiedIdeographs, compatibilityIdeographs,
            compatibilityForms, fullwidthForms, supplementaryIdeographs:
            true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026:  // ‘ ’ “ ” — …
            true
        default:
            false
        }
    }

    /// A letter or digit of any script; ASCII, the common ideographs and the punctuation blocks are answered
    /// without a Unicode table lookup (CJK symbols such as 々 and 〇 count as punctuation there).
    @inlinable @inline(__always) package static func isWordCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, extensionA, unifiedIdeographs: return true
        case 0...0x7F, generalPunctuation, symbolsAndPunctuation, fullwidthPunctuation: return false
        default: return isLetterOrDigit(value)
        }
    }

    /// Unicode's answer, for the characters the fast ranges leave open; out of line, so the common case inlines.
    @usableFromInline package static func isLetterOrDigit(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

extension Unicode.Scalar {
    /// See `CJKCharacters.isCJK`.
    package var isCJK: Bool { CJKCharacters.isCJK(self) }
}
