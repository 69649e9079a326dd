/// A non-blank line of the source, trimmed, with its 1-based line number.
///
/// Normalisation happens here: CRLF, CR and LF all end a line; a byte-order mark at the
/// start of the text is dropped; blank and white-space characters (ASCII, U+3000, U+00A0 …)
/// are trimmed at both ends of each line but kept inside it; blank lines are dropped (each
/// remaining line is a paragraph of its own, so runs of blank lines do not matter).
struct TextLine: Sendable {
    let number: Int
    let scalars: [Unicode.Scalar]
    /// Whether the line began with white space before trimming (Word's `　　` paragraph indent):
    /// such a line starts a paragraph and is never joined to the line above.
    var indented = false
    /// The last source line this line covers: `number` unless wrapped lines were joined into it.
    var lastNumber: Int

    init(number: Int, scalars: [Unicode.Scalar], indented: Bool = false) {
        self.number = number
        self.scalars = scalars
        self.indented = indented
        self.lastNumber = number
    }

    struct Reading {
        var lines: [TextLine] = []
        /// Line numbers of lines with control characters other than tab (first few only).
        var controlCharacterLines: [Int] = []
    }

    static func read(_ text: String) -> Reading {
        var reading = Reading()
        var current: [Unicode.Scalar] = []
        current.reserveCapacity(512)
        var number = 1
        var afterCR = false
        var isFirst = true
        var lineHasControl = false
        func flush() {
            var start = 0, end = current.count
            while start < end, Punctuation.isLineSpace(current[start]) { start += 1 }
            while end > start, Punctuation.isLineSpace(current[end - 1]) { end -= 1 }
            if start < end {
                // A fresh, exactly sized array: Array(current[...]) may adopt the scratch buffer
                // whole, and every line would then keep its capacity alive.
                var scalars: [Unicode.Scalar] = []
                scalars.reserveCapacity(end - start)
                scalars.append(contentsOf: current[start..<end])
                reading.lines.append(TextLine(number: number, scalars: scalars, indented: start > 0))
            }
            if lineHasControl, reading.controlCharacterLines.count < 5 { reading.controlCharacterLines.append(number) }
            current.removeAll(keepingCapacity: true)
            lineHasControl = false
        }
        for scalar in text.unicodeScalars {
            if isFirst {
                isFirst = false
                if scalar == "\u{FEFF}" { continue }
            }
            if scalar == "\n" && afterCR {
                afterCR = false
                continue
            }
            afterCR = false
            if scalar == "\n" || scalar == "\r" {
                flush()
                number += 1
                afterCR = scalar == "\r"
                continue
            }
            if scalar.value < 0xA0, scalar != "\t", ControlCharacters.isForbidden(scalar.value) { lineHasControl = true }
            current.append(scalar)
        }
        flush()
        return reading
    }
}
