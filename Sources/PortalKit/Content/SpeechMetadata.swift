/// What an editor says about a speech in its front matter.
public struct SpeechMetadata: Sendable, Hashable {
    public var title: String
    public var date: SpeechDate?
    public var occasion: String?
    public var speaker: String?
    public var place: String?
    public var source: String?
    public var keywords: [String]
    public var summary: String?
    public var draft: Bool
    /// Overrides the file name as the page's folder name.
    public var slug: String?

    public init(
        title: String, date: SpeechDate? = nil, occasion: String? = nil, speaker: String? = nil,
        place: String? = nil, source: String? = nil, keywords: [String] = [], summary: String? = nil,
        draft: Bool = false, slug: String? = nil
    ) {
        self.title = title
        self.date = date
        self.occasion = occasion
        self.speaker = speaker
        self.place = place
        self.source = source
        self.keywords = keywords
        self.summary = summary
        self.draft = draft
        self.slug = slug
    }
}
