import SpeechText

/// Where a value of a speech's page (title, date, occasion, speaker) came from, so `portalgen import` and
/// `build -v` can tell the editor what to check.
public enum ValueOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The front matter, which always wins.
    case frontMatter
    /// The document's own text: its header block, or a date line after it.
    case text(ValueSource)
    /// The date at the start of the file name (`2023-10-23-peixunban.txt`).
    case fileNameDate
    /// A year written elsewhere in the file name (`021_gwr_1993.txt`), used when the text has no date.
    case fileNameYear
    /// The file name itself, as the title of a text whose first line is no title.
    case fileName
    /// The title in a Word document's properties (文件 → 属性), when its text has no title line.
    case documentProperties

    /// `front matter`, `line 2 (subtitle)`, `file name (year)` …
    public var description: String {
        switch self {
        case .frontMatter: "front matter"
        case .text(let source): source.description
        case .fileNameDate: "file name"
        case .fileNameYear: "a year in the file name"
        case .fileName: "file name (no title line found)"
        case .documentProperties: "the document's properties"
        }
    }
}

/// Where each of a speech's main values came from; nil where the speech has no such value.
public struct ValueOrigins: Sendable, Hashable {
    public var title: ValueOrigin?
    public var date: ValueOrigin?
    public var occasion: ValueOrigin?
    public var speaker: ValueOrigin?

    public init(title: ValueOrigin? = nil, date: ValueOrigin? = nil, occasion: ValueOrigin? = nil, speaker: ValueOrigin? = nil) {
        self.title = title
        self.date = date
        self.occasion = occasion
        self.speaker = speaker
    }

    /// Every value from the front matter (a Markdown file's).
    static func frontMatter(_ metadata: SpeechMetadata) -> ValueOrigins {
        ValueOrigins(title: .frontMatter, date: metadata.date.map { _ in .frontMatter },
                     occasion: metadata.occasion.map { _ in .frontMatter }, speaker: metadata.speaker.map { _ in .frontMatter })
    }

    /// Whether any value came from somewhere other than the front matter.
    public var anyFromDocument: Bool {
        [title, date, occasion, speaker].contains { $0 != nil && $0 != .frontMatter }
    }

    /// `title: 政府工作报告 ← line 1 (title)`, one line per value; `date: (not found)` for a missing one.
    public func lines(for metadata: SpeechMetadata) -> [String] {
        func line(_ name: String, _ value: String?, _ origin: ValueOrigin?) -> String {
            guard let value else { return "\(name): (not found)" }
            return "\(name): \(value)" + (origin.map { " ← \($0)" } ?? "")
        }
        return [
            line("title", metadata.title, title),
            line("date", metadata.date?.description, date),
            line("occasion", metadata.occasion, occasion),
            line("speaker", metadata.speaker, speaker),
        ]
    }
}
