/// One speech as the search index sees it: where it lives, what it is called, and its text in reading order.
public struct SearchDocument: Sendable, Hashable {
    /// The page, relative to the site root, e.g. `speeches/2023-peixunban/index.html`.
    public var url: String
    /// The title; matches in it rank first.
    public var title: String
    /// The date as readers see it, e.g. `2023年10月`; shown next to the result.
    public var date: String?
    /// Headings and paragraphs in order; a phrase never matches across two of them.
    public var sections: [SearchSection]

    /// Creates a document for the index.
    public init(url: String, title: String, date: String? = nil, sections: [SearchSection]) {
        self.url = url
        self.title = title
        self.date = date
        self.sections = sections
    }
}
