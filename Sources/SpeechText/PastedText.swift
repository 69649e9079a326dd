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

    /// Assesses a Markdown body (without front matter).
    public static func assess(_ body: String) -> Assessment {
        var indented = 0, adjacent = 0, separated = 0
        var markdownLine: Int?
        var previousLong = false, blankSincePrevious = false
        for (index, raw) in lines(of: body).enumerated() {
            let line = raw.trimmingWhitespace
            if line.isEmpty {
                blankSincePrevious = true
                continue
            }
            if raw.unicodeScalars.first == "\u{3000}" { indented += 1 }
            if isMarkdown(raw) {
                markdownLine = index + 1
                break
            }
            let long = line.unicodeScalars.count >= longLineLength
            if long, previousLong {
                if blankSincePrevious { separated += 1 } else { adjacent += 1 }
            }
            previousLong = long
            blankSincePrevious = false
        }
        let pasted = markdownLine == nil
            && (indented >= minimumIndentedLines || (adjacent >= minimumAdjacentPairs && adjacent > separated))
        return Assessment(looksPasted: pasted, indentedLines: indented, adjacentLongPairs: adjacent,
                          separatedLongPairs: separated, markdownLine: markdownLine)
    }

    /// The lines of `text`; CRLF, CR and LF all end a line.
    private static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                index = scalars.index(after: index)
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                start = index
            } else {
                index = scalars.index(after: index)
            }
        }
        if start < scalars.endIndex { lines.append(Substring(scalars[start...])) }
        return lines
    }

    /// Whether a line carries Markdown block syntax, a link or a code span.
    static func isMarkdown(_ raw: Substring) -> Bool {
        var s = raw
        var spaces = 0
        while s.first == " ", spaces < 3 { s = s.dropFirst(); spaces += 1 }
        if s.contains("](") || s.contains("`") { return true }
        if let first = s.first, first == "<", let second = s.dropFirst().first, second.isASCII, second.isLetter || second == "/" {
            return true
        }
        let hashes = s.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), s.dropFirst(hashes).first == " " { return true }
        for marker in ["```", "~~~", "> ", "- ", "* ", "+ "] where s.hasPrefix(marker) { return true }
        let trimmed = s.trimmingWhitespace
        if trimmed.count >= 3, let mark = trimmed.first, "-*_".contains(mark), trimmed.allSatisfy({ $0 == mark || $0 == " " }) {
            return true
        }
        if trimmed.hasPrefix("|"), trimmed.dropFirst().contains("|") { return true }
        let digits = s.prefix { $0.isASCII && $0.isNumber }.count
        if (1...9).contains(digits), let after = s.dropFirst(digits).first, after == "." || after == ")",
           s.dropFirst(digits + 1).first == " " {
            return true
        }
        return false
    }
}

extension Substring {
    /// Without white space (any Unicode white space, U+3000 included) at both ends.
    var trimmingWhitespace: Substring {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[start...end])
    }
}
