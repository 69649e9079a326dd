import SpeechText

/// Where a value of a speech's page (title, date, occasion, speaker) came from, so `portalgen import` and
/// `build -v` can tell the editor what to check.
public enum ValueOrigin: Sendable, Hashable {
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

    /// `front matter`, `line 2 (subtitle)`, `a year in the file name` …, in the catalogue's words.
    public var message: Message {
        switch self {
        case .frontMatter: Message(.originFrontMatter)
        case .text(let source): source.message
        case .fileNameDate: Message(.originFileNameDate)
        case .fileNameYear: Message(.originFileNameYear)
        case .fileName: Message(.originFileName)
        case .documentProperties: Message(.originDocumentProperties)
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

    /// The four values, each a line `title: 政府工作报告 ← line 1 (title)` (`(not found)` for a missing one).
    public func statusLines(for metadata: SpeechMetadata) -> [StatusLine] {
        [
            .speechValue(.title, metadata.title, title), .speechValue(.date, metadata.date?.description, date),
            .speechValue(.occasion, metadata.occasion, occasion), .speechValue(.speaker, metadata.speaker, speaker),
        ]
    }

    /// A value a speech's page shows, in `StatusLine.speechValue`.
    public enum Field: Sendable, Hashable, CaseIterable {
        case title, date, occasion, speaker

        var message: Message {
            switch self {
            case .title: Message(.valueTitle)
            case .date: Message(.valueDate)
            case .occasion: Message(.valueOccasion)
            case .speaker: Message(.valueSpeaker)
            }
        }
    }
}
