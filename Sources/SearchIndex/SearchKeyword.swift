/// A keyword page: offered above the speeches when the query matches its term or an alias, and the
/// source of the alias table (searching any alias also finds the term and the other aliases).
public struct SearchKeyword: Sendable, Hashable {
    /// The keyword as displayed, e.g. `产业工人队伍建设改革`.
    public var term: String
    /// Other names readers search for, e.g. `产改`.
    public var aliases: [String]
    /// The keyword page, relative to the site root.
    public var url: String
    /// How many speeches the page lists.
    public var speechCount: Int
    /// A short description shown under the keyword in the results.
    public var description: String?

    /// Creates a keyword entry.
    public init(term: String, aliases: [String] = [], url: String, speechCount: Int, description: String? = nil) {
        self.term = term
        self.aliases = aliases
        self.url = url
        self.speechCount = speechCount
        self.description = description
    }
}
