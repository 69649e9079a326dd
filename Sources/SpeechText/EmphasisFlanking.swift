/// CommonMark's delimiter-run rules (spec 0.30, §6.2) for a `**` we want to insert, so a
/// bold lead is only written where cmark will really make it bold. With CJK text the rules
/// bite: in `**增强政治定力。**把` the closing run sits between punctuation and a letter and
/// cannot close, which is why the converter keeps the 。 outside the bold.
enum EmphasisFlanking {
    /// Whether `**` between `before` and `after` (nil: start or end of the block) can open.
    static func canOpen(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let after, !isWhitespace(after) else { return false }
        if !isPunctuation(after) { return true }
        guard let before else { return true }
        return isWhitespace(before) || isPunctuation(before)
    }

    /// Whether `**` between `before` and `after` can close.
    static func canClose(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        guard let before, !isWhitespace(before) else { return false }
        if !isPunctuation(before) { return true }
        guard let after else { return true }
        return isWhitespace(after) || isPunctuation(after)
    }

    /// Whether `s[range]` can be wrapped in `**…**` inside the block `s[block]`.
    static func canWrap(_ s: [Unicode.Scalar], _ range: Range<Int>, in block: Range<Int>) -> Bool {
        guard !range.isEmpty, block.contains(range.lowerBound), range.upperBound <= block.upperBound else {
            return false
        }
        let before = range.lowerBound > block.lowerBound ? s[range.lowerBound - 1] : nil
        let after = range.upperBound < block.upperBound ? s[range.upperBound] : nil
        return canOpen(before: before, after: s[range.lowerBound])
            && canClose(before: s[range.upperBound - 1], after: after)
    }

    /// cmark's whitespace: Unicode Zs plus tab, line feed, form feed, carriage return.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\t", "\n", "\u{0C}", "\r", " ": return true
        default: return s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator
        }
    }

    /// cmark's punctuation: ASCII punctuation, and Unicode general categories P*.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            switch s.value {
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
            default: return false
            }
        }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
