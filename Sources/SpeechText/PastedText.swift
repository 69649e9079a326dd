/// Tells whether the body of a `.md` file (the text after its front matter) is plain text pasted
/// from Word, WPS, a web page or a PDF rather than Markdown, so that a caller can convert it with
/// `SpeechConverter` (one line = one paragraph, wrapped lines joined, numbered headings found)
/// instead of letting CommonMark merge its lines into one paragraph.
///
/// The rule: the body looks pasted when it has no Markdown block or link syntax, and either
/// - at least `minimumIndentedLines` lines start with a full-width space `　` (Word's `　　` indent), or
/// - at least `minimumAdjacentPairs` pairs of long lines (`longLineLength` characters or more,
///   trimmed) follow each other with no blank line between, and such pairs outnumber the pairs of
///   long lines separated by a blank line (a Markdown author separates paragraphs with blank lines).
///
/// Markdown syntax is: an ATX heading (`# `…`###### `), a fenced code block (```` ``` ````, `~~~`), a
/// block quote (`> `), a list item (`- `, `* `, `+ `, `1. `, `1) ` with a space after the marker), a
/// thematic break (`---`, `***`, `___`), a table row (`| a | b |`), an HTML block (`<div`…), a link or
/// image (`](`) or a code span. Up to three leading ASCII spaces are allowed before a block marker, as in
/// CommonMark. A single such line is enough to keep the body Markdown.
public enum PastedText {
    public static let longLineLength = 30
    public static let minimumIndentedLines = 2
    public static let minimumAdjacentPairs = 2

    /// What `assess` found.
    public struct Assessment: Sendable, Equatable {
        /// Whether the body should be read as pasted plain text.
        public let looksPasted: Bool
        /// Lines starting with a full-width space.
        public let indentedLines: Int
        /// Pairs of long lines with no blank line between them.
        public let adjacentLongPairs: Int
        /// Pairs of long lines with a blank line between them.
        public let separatedLongPairs: Int
        /// The 1-based line (of the body) of the first Markdown construct, if any.
        public let markdownLine: Int?

        /// Why, in one English sentence, for messages.
        public var reason: String {
            if let markdownLine { return "line \(markdownLine) is written in Markdown" }
            if indentedLines >= PastedText.minimumIndentedLines {
                return "\(indentedLines) lines start with a full-width space (　), as Word and WPS indent paragraphs"
            }
            if looksPasted {
                return "\(adjacentLongPairs) pairs of long lines follow each other without a blank line between them"
            }
            return "paragraphs are separated by blank lines, as in Markdown"
        }
    }

    /// Assesses a Markdown body (without front matter). Reads its UTF-8 bytes once: every marker it looks
    /// for is ASCII, and an ASCII byte is never part of another character in UTF-8.
    public static func assess(_ body: String) -> Assessment {
        var body = body
        return body.withUTF8(assess(bytes:))
    }

    private static func assess(bytes: UnsafeBufferPointer<UInt8>) -> Assessment {
        var indented = 0, adjacent = 0, separated = 0, number = 0
        var markdownLine: Int?
        var previousLong = false, blankSincePrevious = false
        var start = 0
        while start <= bytes.count, markdownLine == nil {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            number += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let trimmed = trimmedRange(line)
            if trimmed.isEmpty {
                blankSincePrevious = true
            } else {
                if startsWithIdeographicSpace(line) { indented += 1 }
                if isMarkdown(line) {
                    markdownLine = number
                } else {
                    let long = scalarCount(line, trimmed) >= longLineLength
                    if long, previousLong {
                        if blankSincePrevious { separated += 1 } else { adjacent += 1 }
                    }
                    previousLong = long
                    blankSincePrevious = false
                }
            }
            // CRLF ends one line.
            if end + 1 < bytes.count, bytes[end] == 0x0D, bytes[end + 1] == 0x0A { end += 1 }
            start = end + 1
        }
        let pasted = markdownLine == nil
            && (indented >= minimumIndentedLines || (adjacent >= minimumAdjacentPairs && adjacent > separated))
        return Assessment(looksPasted: pasted, indentedLines: indented, adjacentLongPairs: adjacent,
                          separatedLongPairs: separated, markdownLine: markdownLine)
    }

    private static func startsWithIdeographicSpace(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 3 && line[0] == 0xE3 && line[1] == 0x80 && line[2] == 0x80
    }

    /// The line without white space at either end: ASCII white space, U+00A0 and U+3000.
    private static func trimmedRange(_ line: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, end = line.count
        while start < end {
            if line[start] == 0x20 || line[start] == 0x09 || line[start] == 0x0B || line[start] == 0x0C { start += 1 }
            else if start + 1 < end, line[start] == 0xC2, line[start + 1] == 0xA0 { start += 2 }
            else if start + 2 < end, line[start] == 0xE3, line[start + 1] == 0x80, line[start + 2] == 0x80 { start += 3 }
            else { break }
        }
        while end > start {
            if line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0B || line[end - 1] == 0x0C { end -= 1 }
            else if end - 2 >= start, line[end - 2] == 0xC2, line[end - 1] == 0xA0 { end -= 2 }
            else if end - 3 >= start, line[end - 3] == 0xE3, line[end - 2] == 0x80, line[end - 1] == 0x80 { end -= 3 }
            else { break }
        }
        return start..<end
    }

    /// Unicode scalars in `line[range]`: the bytes that start one.
    private static func scalarCount(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where line[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether a line carries Markdown block syntax, a link or a code span.
    static func isMarkdown(_ raw: Substring) -> Bool {
        var raw = String(raw)
        return raw.withUTF8(isMarkdown)
    }

    private static func isMarkdown(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        func at(_ index: Int) -> UInt8 { index < line.count ? line[index] : 0 }
        for index in line.indices where line[index] == 0x60 || (line[index] == 0x28 && index > 0 && line[index - 1] == 0x5D) {
            return true  // ` (a code span) or ]( (a link or an image)
        }
        var s = 0
        while s < 3, at(s) == 0x20 { s += 1 }
        let first = at(s), second = at(s + 1)
        if first == 0x3C, (second | 0x20 >= 0x61 && second | 0x20 <= 0x7A) || second == 0x2F { return true }  // <div, </p
        var hashes = 0
        while at(s + hashes) == 0x23 { hashes += 1 }
        if (1...6).contains(hashes), at(s + hashes) == 0x20 { return true }
        if first == 0x60 || first == 0x7E, second == first, at(s + 2) == first { return true }  // ``` ~~~
        switch first {
        case 0x3E, 0x2D, 0x2A, 0x2B: if second == 0x20 { return true }  // > - * + and a space
        default: break
        }
        let trimmed = trimmedRange(line)
        if trimmed.count >= 3, case let mark = line[trimmed.lowerBound], mark == 0x2D || mark == 0x2A || mark == 0x5F,
           trimmed.allSatisfy({ line[$0] == mark || line[$0] == 0x20 }) {
            return true  // --- *** ___
        }
        if !trimmed.isEmpty, line[trimmed.lowerBound] == 0x7C, trimmed.dropFirst().contains(where: { line[$0] == 0x7C }) {
            return true  // | a | b |
        }
        var digits = 0
        while at(s + digits) >= 0x30, at(s + digits) <= 0x39 { digits += 1 }
        return (1...9).contains(digits) && (at(s + digits) == 0x2E || at(s + digits) == 0x29) && at(s + digits + 1) == 0x20
    }
}
