/// Writes CommonMark blocks, escaping every character Markdown would otherwise interpret.
///
/// Everywhere: \ ` * _ [ ] < > & ! | ~ # get a backslash (`&` so that `&amp;` stays literal,
/// `|` and `~` for GitHub-flavoured renderers). At the start of a block, where they would
/// make a list, a thematic break or a setext underline, also `+`, `-`, `=`, and the `.` or `)`
/// after leading digits (1. and 1) look like an ordered list). A U+FEFF that starts the
/// document is written as `&#xFEFF;`. Each character is escaped exactly once, from the source
/// text, so the rendered text equals the source.
struct MarkdownWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var markdown: String { String(decoding: bytes, as: UTF8.self) }

    /// `## text` (level clamped to 1…6).
    mutating func heading(level: Int, _ s: [Unicode.Scalar], _ range: Range<Int>) {
        startBlock()
        for _ in 0..<min(max(level, 1), 6) { bytes.append(UInt8(ascii: "#")) }
        bytes.append(UInt8(ascii: " "))
        appendEscaped(s, range, atBlockStart: false)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A paragraph with the given sorted, non-overlapping ranges in bold, and links (in order; those
    /// outside the paragraph or overlapping a bold range are left as plain text).
    mutating func paragraph(_ s: [Unicode.Scalar], _ range: Range<Int>, bold: [Range<Int>] = [], links: [InlineLink] = []) {
        guard !range.isEmpty else { return }
        startBlock()
        var spans: [(range: Range<Int>, link: String?)] = bold.map { ($0, nil) }
        for link in links where range.contains(link.range.lowerBound) && link.range.upperBound <= range.upperBound
            && !link.range.isEmpty && !bold.contains(where: { $0.overlaps(link.range) }) {
            spans.append((link.range, link.destination))
        }
        if !links.isEmpty { spans.sort { $0.range.lowerBound < $1.range.lowerBound } }
        var position = range.lowerBound
        for span in spans where span.range.lowerBound >= position && span.range.upperBound <= range.upperBound {
            appendEscaped(s, position..<span.range.lowerBound, atBlockStart: position == range.lowerBound)
            if span.link == nil { bytes.append(UInt8(ascii: "*")); bytes.append(UInt8(ascii: "*")) } else { bytes.append(UInt8(ascii: "[")) }
            appendEscaped(s, span.range, atBlockStart: span.link == nil && span.range.lowerBound == range.lowerBound)
            if let destination = span.link {
                bytes.append(contentsOf: "](".utf8)
                bytes.append(contentsOf: destination.utf8)
                bytes.append(UInt8(ascii: ")"))
            } else {
                bytes.append(UInt8(ascii: "*")); bytes.append(UInt8(ascii: "*"))
            }
            position = span.range.upperBound
        }
        appendEscaped(s, position..<range.upperBound, atBlockStart: position == range.lowerBound)
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func startBlock() {
        if !bytes.isEmpty { bytes.append(UInt8(ascii: "\n")) }
    }

    private static let escapedEverywhere: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for c in "\\`*_[]<>&!|~#".unicodeScalars { table[Int(c.value)] = true }
        return table
    }()

    private mutating func appendEscaped(_ s: [Unicode.Scalar], _ range: Range<Int>, atBlockStart: Bool) {
        var i = range.lowerBound
        let end = range.upperBound
        if bytes.isEmpty, i < end, s[i] == "\u{FEFF}" {
            // cmark drops a U+FEFF that starts the document as a byte-order mark: the character would be lost and
            // what follows would start the block unescaped (a tab opens a code block). A reference keeps it as text.
            bytes.append(contentsOf: "&#xFEFF;".utf8)
            i += 1
        }
        if atBlockStart, i < end {
            let first = s[i]
            if first == "+" || first == "-" || first == "=" {
                bytes.append(UInt8(ascii: "\\"))
                append(first)
                i += 1
            } else if Punctuation.isASCIIDigit(first) {
                var j = i
                while j < end, Punctuation.isASCIIDigit(s[j]) { j += 1 }
                if j < end, s[j] == "." || s[j] == ")" {
                    while i < j { append(s[i]); i += 1 }
                    bytes.append(UInt8(ascii: "\\"))
                    append(s[j])
                    i = j + 1
                }
            }
        }
        let table = Self.escapedEverywhere
        while i < end {
            let c = s[i]
            if c.value < 128 {
                if table[Int(c.value)] { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(UInt8(truncatingIfNeeded: c.value))
            } else {
                append(c)
            }
            i += 1
        }
    }

    private mutating func append(_ c: Unicode.Scalar) {
        if c.value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: c.value))
        } else {
            UTF8.encode(c) { bytes.append($0) }
        }
    }
}
