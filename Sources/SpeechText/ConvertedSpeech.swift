/// The result of converting a raw speech text: the document's own header, the Markdown body and
/// what was learnt about the speech on the way.
///
/// Nothing is lost, in two equivalent readings (white space aside):
/// - `header` lines, in order, then the text of `bodyMarkdown` rendered: the source text. This is
///   how a page should show a speech: the header block as the document's own header, then the body.
/// - `title`, then the text of `markdown` rendered: the source text. `markdown` is the older,
///   simpler form, which keeps the header lines other than the title as paragraphs.
public struct ConvertedSpeech: Sendable, Equatable {
    /// The title: the title lines of `header` (trimmed, plain text, not Markdown), joined with one
    /// space when there are two or three; it is not repeated in `markdown` or `bodyMarkdown`.
    public var title: String?
    /// The document's header block, line by line, verbatim and in source order (title, subtitle,
    /// date line, byline, notes); empty when the text starts straight with its body.
    public var header: [HeaderLine]
    /// The body as CommonMark: everything after the header block, ending with a newline.
    public var bodyMarkdown: String
    /// The header lines other than the title as paragraphs (escaped), then `bodyMarkdown`: every
    /// line after the title. Use `header` and `bodyMarkdown` to show the header apart.
    public var markdown: String {
        if headerParagraphs.isEmpty { return bodyMarkdown }
        return bodyMarkdown.isEmpty ? headerParagraphs : headerParagraphs + "\n" + bodyMarkdown
    }
    /// The headings in order (from `bodyMarkdown`; the header never holds headings).
    public var outline: [OutlineEntry]
    /// The date, from the header (date line, subtitle, a date after the title) or else from the one
    /// line after the header that is nothing but a date.
    public var date: TextDate?
    /// Where `date` was read.
    public var dateSource: ValueSource?
    /// The occasion, when the title, the subtitle or a dated line names one (在…会议上的讲话 → …会议).
    public var occasion: String?
    /// Where `occasion` was read.
    public var occasionSource: ValueSource?
    /// The speaker's name from the byline (`习　近　平` → `习近平`, `国务院总理李克强` → `李克强`),
    /// or from a title that starts with one (`张建华同志在……上的讲话`).
    public var speaker: String?
    /// The office written before the name in the byline (`国务院总理`), when there is one.
    public var speakerOffice: String?
    /// Where `speaker` was read.
    public var speakerSource: ValueSource?
    /// Where `title` was read (the title lines).
    public var titleSource: ValueSource?
    /// Source lines joined into one paragraph because they were wrapped mid-sentence (PDF copies).
    public var joins: [LineJoin]
    /// What an editor should still check, most with the line they are about.
    public var checks: [SpeechCheck]

    /// The header lines after the title, written as Markdown paragraphs (part of `markdown`).
    var headerParagraphs: String

    /// Creates a converted speech whose header is just its title line (if any): the form of the
    /// first versions of this type.
    public init(title: String?, markdown: String, outline: [OutlineEntry], date: TextDate?,
                occasion: String?, checks: [SpeechCheck]) {
        self.title = title
        self.header = title.map { [HeaderLine(role: .title, text: $0, line: 1)] } ?? []
        self.bodyMarkdown = markdown
        self.headerParagraphs = ""
        self.outline = outline
        self.date = date
        self.occasion = occasion
        self.speaker = nil
        self.joins = []
        self.checks = checks
    }

    init(header: HeaderReading, headerParagraphs: String, body: BodyConversion, date: DateFinding,
         checks: [SpeechCheck]) {
        self.title = header.title
        self.titleSource = header.titleSource
        self.header = header.lines
        self.headerParagraphs = headerParagraphs
        self.bodyMarkdown = body.markdown
        self.outline = body.outline
        self.joins = body.joins
        self.date = date.date
        self.dateSource = date.source
        self.occasion = header.occasion
        self.occasionSource = header.occasionSource
        self.speaker = header.speaker
        self.speakerOffice = header.speakerOffice
        self.speakerSource = header.speakerSource
        self.checks = checks
    }
}
