/// The result of converting a raw speech text: the Markdown body and what was learnt about
/// the speech on the way.
public struct ConvertedSpeech: Sendable, Equatable {
    /// The detected title line (trimmed, plain text, not Markdown); it is not repeated in `markdown`.
    public var title: String?
    /// The body as CommonMark, without front matter, ending with a newline.
    public var markdown: String
    /// The headings in order.
    public var outline: [OutlineEntry]
    /// The date, only when a line of the text is nothing but one date.
    public var date: TextDate?
    /// The occasion, when the title names one (在…会议上的讲话 → …会议).
    public var occasion: String?
    /// What an editor should still check, one sentence each.
    public var checks: [String]

    /// Creates a converted speech.
    public init(title: String?, markdown: String, outline: [OutlineEntry], date: TextDate?,
                occasion: String?, checks: [String]) {
        self.title = title
        self.markdown = markdown
        self.outline = outline
        self.date = date
        self.occasion = occasion
        self.checks = checks
    }
}
