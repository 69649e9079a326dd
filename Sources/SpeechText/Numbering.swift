/// A numbering marker at some position of a line: its family, its number and how many
/// scalars the marker itself takes (一、 is 2, （十二） is 4).
///
/// Stored in three bytes (numbers run from 1 to 99, markers are a few scalars long): the outline
/// keeps one per numbered line, and a text may have millions.
struct Numbering: Sendable, Equatable {
    let family: NumberingFamily
    private let storedNumber: UInt8
    private let storedLength: UInt8

    var number: Int { Int(storedNumber) }
    var length: Int { Int(storedLength) }

    init(family: NumberingFamily, number: Int, length: Int) {
        self.family = family
        storedNumber = UInt8(clamping: number)
        storedLength = UInt8(clamping: length)
    }

    /// The marker starting at `start`, if there is one.
    static func parse(_ s: [Unicode.Scalar], at start: Int, end: Int) -> Numbering? {
        guard start < end else { return nil }
        let first = s[start]
        if first == "第" {
            guard let (value, length) = ChineseNumeral.parse(s, at: start + 1, end: end) else { return nil }
            if let part = part(s, numeralEnd: start + 1 + length, end: end) {
                return Numbering(family: .part, number: value, length: part - start)
            }
            let separator = start + 1 + length
            guard separator < end else { return nil }
            switch s[separator] {
            case "，", ",", "、", "：", ":", "．": return Numbering(family: .ordinal, number: value, length: length + 2)
            default: return nil
            }
        }
        if first == "（" || first == "(" {
            let inner = start + 1
            if let (value, length) = ChineseNumeral.parse(s, at: inner, end: end),
               inner + length < end, s[inner + length] == "）" || s[inner + length] == ")" {
                return Numbering(family: .chineseParen, number: value, length: length + 2)
            }
            if let (value, length) = arabic(s, at: inner, end: end),
               inner + length < end, s[inner + length] == "）" || s[inner + length] == ")" {
                return Numbering(family: .arabicParen, number: value, length: length + 2)
            }
            return nil
        }
        if start == 0, let (value, length) = ChineseNumeral.parse(s, at: 0, end: end), length == end {
            return Numbering(family: .bareNumeral, number: value, length: length)
        }
        if let (value, length) = ChineseNumeral.parse(s, at: start, end: end), start + length < end {
            switch s[start + length] {
            case "、": return Numbering(family: .chineseComma, number: value, length: length + 1)
            case "是": return Numbering(family: .shi, number: value, length: length + 1)
            case "要": return Numbering(family: .yao, number: value, length: length + 1)
            default: return nil
            }
        }
        if let (value, length) = arabic(s, at: start, end: end), start + length < end {
            let separator = start + length
            switch s[separator] {
            case "、", "．":
                return Numbering(family: .arabic, number: value, length: length + 1)
            case ".":
                // 1.5亿 is a decimal, not item 1.
                if separator + 1 < end, Punctuation.digitValue(s[separator + 1]) != nil { return nil }
                return Numbering(family: .arabic, number: value, length: length + 1)
            default:
                return nil
            }
        }
        return nil
    }

    /// The end of 部分 after 第一 when the line heads a part: 部分 ends the line or is followed by white
    /// space or a separator (第一部分　过去五年的工作), not by more words (第一部分内容是…).
    private static func part(_ s: [Unicode.Scalar], numeralEnd: Int, end: Int) -> Int? {
        guard numeralEnd + 1 < end, s[numeralEnd] == "部", s[numeralEnd + 1] == "分" else { return nil }
        let after = numeralEnd + 2
        guard after < end else { return after }
        let next = s[after]
        return Punctuation.isLineSpace(next) || "、：:．.，,".unicodeScalars.contains(next) ? after : nil
    }

    /// One or two ASCII or full-width digits, 1–99.
    private static func arabic(_ s: [Unicode.Scalar], at start: Int, end: Int) -> (Int, Int)? {
        var value = 0
        var i = start
        while i < end, let digit = Punctuation.digitValue(s[i]) {
            value = value * 10 + digit
            i += 1
            if i - start > 2 { return nil }
        }
        guard i > start, value > 0 else { return nil }
        return (value, i - start)
    }
}
