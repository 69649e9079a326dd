/// Finds the short phrases a text puts in Chinese quotation marks: “…”, 「…」, 『…』 and ‘…’ (also nested).
///
/// Speeches quote slogans and formulas (“两个确立”, “国之大者”); they also quote whole sentences and
/// lone characters (“工”字号), so only phrases of a term's length and make-up are kept.
struct QuotedPhraseScanner {
    let minLength: Int
    let maxLength: Int
    let minCJKShare: Double

    /// Quotes never span paragraphs here, and an unclosed quote should not swallow a whole text: open
    /// quotes are forgotten at a line end, and only this many are tracked at once.
    private static let maxDepth = 8

    /// The phrases quoted in `text`, in order of their closing marks, repeats included.
    func phrases(in text: String) -> [String] {
        var found: [String] = []
        // Open quotes: the closing mark expected, and where the content starts (scalar index).
        var open: [(closer: Unicode.Scalar, start: Int)] = []
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}":
                open.removeAll(keepingCapacity: true)
            case "“", "「", "『", "‘":
                if open.count == Self.maxDepth { open.removeFirst() }
                open.append((closer: Self.closer(of: scalar), start: index + 1))
            case "”", "」", "』", "’":
                // A closer pairs with the innermost quote it closes; quotes opened inside it and never
                // closed are dropped with it.
                guard let level = open.lastIndex(where: { $0.closer == scalar }) else { continue }
                let start = open[level].start
                open.removeSubrange(level...)
                let phrase = scalars[start..<index]
                if accepts(phrase) {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: phrase)
                    found.append(String(view))
                }
            default:
                continue
            }
        }
        return found
    }

    private static func closer(of opener: Unicode.Scalar) -> Unicode.Scalar {
        switch opener {
        case "「": return "」"
        case "『": return "』"
        case "‘": return "’"
        default: return "”"
        }
    }

    /// A term-like phrase: the right length, mostly Chinese characters, and no sentence punctuation
    /// (a phrase with ，or 。 is a quoted sentence; 、 and · occur in slogans and names and are kept).
    private func accepts(_ phrase: ArraySlice<Unicode.Scalar>) -> Bool {
        guard phrase.count >= minLength, phrase.count <= maxLength else { return false }
        var han = 0
        for scalar in phrase {
            if KeywordDiscovery.isHanScalar(scalar.value) {
                han += 1
                continue
            }
            switch scalar {
            case "，", "。", "；", "：", "！", "？", ",", ".", ";", ":", "!", "?", " ", "\t", "\u{3000}",
                 "“", "”", "「", "」", "『", "』", "‘", "’", "（", "）", "(", ")", "《", "》":
                return false
            default:
                continue
            }
        }
        return Double(han) >= minCJKShare * Double(phrase.count)
    }
}
