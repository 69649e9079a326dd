import PortalSupport

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
        text.withUTF8Bytes(phrases(inUTF8:))
    }

    /// All eight marks are three UTF-8 bytes, E2 80 xx or E3 80 xx, so the scan looks at bytes only.
    private func phrases(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var found: [String] = []
        // Open quotes: the mark that closes each (lead and last byte), and where its content starts.
        var open: [(closer: UInt16, start: Int)] = []
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                open.removeAll(keepingCapacity: true)
                index += 1
                continue
            }
            guard byte == 0xE2 || byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80 else {
                index += 1
                continue
            }
            let mark = UInt16(byte) << 8 | UInt16(bytes[index + 2])
            index += 3
            switch mark {
            case 0xE2A8, 0xE2A9:  // U+2028, U+2029: line and paragraph separators
                open.removeAll(keepingCapacity: true)
            case 0xE29C, 0xE298, 0xE38C, 0xE38E:  // “ ‘ 「 『
                if open.count == Self.maxDepth { open.removeFirst() }
                open.append((closer: mark + 1, start: index))
            case 0xE29D, 0xE299, 0xE38D, 0xE38F:  // ” ’ 」 』
                // A closer pairs with the innermost quote it closes; quotes opened inside it and never
                // closed are dropped with it.
                guard let level = open.lastIndex(where: { $0.closer == mark }) else { continue }
                let start = open[level].start
                open.removeSubrange(level...)
                let content = UnsafeBufferPointer(rebasing: bytes[start..<(index - 3)])
                // Cheap bound first: a character is one to four bytes.
                guard content.count >= minLength, content.count <= maxLength * 4 else { continue }
                let phrase = String(decoding: content, as: UTF8.self)
                if accepts(Array(phrase.unicodeScalars)[...]) { found.append(phrase) }
            default:
                continue
            }
        }
        return found
    }

    /// A term-like phrase: the right length, mostly Chinese characters, and no sentence punctuation
    /// (a phrase with ，or 。 is a quoted sentence; 、 and · occur in slogans and names and are kept).
    private func accepts(_ phrase: ArraySlice<Unicode.Scalar>) -> Bool {
        guard phrase.count >= minLength, phrase.count <= maxLength else { return false }
        var han = 0
        for scalar in phrase {
            if CJKCharacters.isIdeograph(scalar.value) {
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
