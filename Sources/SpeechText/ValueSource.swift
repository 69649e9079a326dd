/// Where a value of `ConvertedSpeech` (title, date, occasion, speaker) was read: which part of
/// the text and which source lines, so `import` and `build -v` can tell the editor.
public struct ValueSource: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The part of the text a value came from.
    public enum Part: String, Sendable, Equatable, Hashable {
        /// The title lines (`在……会议上的讲话` names the occasion; `（2024年1月15日）` after it a date).
        case title
        /// The `——…` subtitle line.
        case subtitle
        /// A date line of the header (also a resolution's `（……会议通过）`).
        case dateLine
        /// The byline.
        case byline
        /// A line after the header that is nothing but a date (often at the end of the text).
        case bodyDateLine
    }

    /// The part of the text.
    public let part: Part
    /// The 1-based source lines (one line, or several for a title of two or three lines).
    public let lines: ClosedRange<Int>

    /// Creates a source.
    public init(part: Part, lines: ClosedRange<Int>) {
        self.part = part
        self.lines = lines
    }

    /// `line 3 (date line)`, `lines 1–2 (title)`.
    public var description: String {
        let place = lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
        return "\(place) (\(partName))"
    }

    private var partName: String {
        switch part {
        case .title: "title"
        case .subtitle: "subtitle"
        case .dateLine: "date line"
        case .byline: "byline"
        case .bodyDateLine: "date line after the header"
        }
    }
}
