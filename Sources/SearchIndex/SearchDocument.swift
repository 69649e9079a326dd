/// One speech as the search index sees it: where it lives, what it is called, when it was given, its keywords
/// and its text in reading order.
public struct SearchDocument: Sendable, Hashable {
    /// The page, relative to the site root, e.g. `speeches/2023-peixunban/index.html`.
    public var url: String
    /// The title; matches in it weigh most.
    public var title: String
    /// The date as readers see it, e.g. `2023年10月`; shown next to the result.
    public var date: String?
    /// The date as a number that sorts: `YYYYMMDD`, with `00` for an unknown month or day (`20230000` for a
    /// speech of 2023); 0 when the date is unknown. Newer speeches rank first among equal scores, and the year
    /// filter reads the year from it.
    public var dateKey: Int
    /// The speech's keywords, as positions in the `keywords` given to `SearchIndexBuilder.build`: the keyword
    /// filter of the search page offers the speeches listed here.
    public var keywords: [Int]
    /// Headings and paragraphs in order; a phrase never matches across two of them.
    public var sections: [SearchSection]

    /// Creates a document for the index.
    public init(
        url: String, title: String, date: String? = nil, dateKey: Int = 0, keywords: [Int] = [], sections: [SearchSection]
    ) {
        self.url = url
        self.title = title
        self.date = date
        self.dateKey = dateKey
        self.keywords = keywords
        self.sections = sections
    }

    /// The year of `dateKey`, or nil when the date is unknown.
    var year: Int? { dateKey >= 10000 ? dateKey / 10000 : nil }
}
