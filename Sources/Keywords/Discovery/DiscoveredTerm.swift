/// A keyword candidate found by `KeywordDiscovery`, for keyword pages and `portalgen keywords --suggest`.
public struct DiscoveredTerm: Sendable, Hashable {
    /// Where a term was found; a term can be both quoted and statistically prominent.
    public struct Origin: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Speeches put it in quotation marks (“…”, 「…」, 『…』, ‘…’).
        public static let quoted = Origin(rawValue: 1)
        /// Character n-gram statistics: frequent, cohesive, free at both ends.
        public static let statistical = Origin(rawValue: 2)
    }

    /// The term as it appears in the texts.
    public var term: String
    /// Occurrences in the sample (leftmost-longest, so occurrences inside a longer term that is also found,
    /// or already in the glossary, are not counted). Exact when the whole corpus fits in the sample.
    public var count: Int
    /// Speeches of the sample in which it occurs.
    public var speechCount: Int
    /// How it was found.
    public var origin: Origin
    /// How strongly it is recommended; only the order matters (higher first).
    public var score: Double
    /// Up to `Options.examples` sentences that use it, from different places of the texts.
    public var examples: [String]

    public init(term: String, count: Int, speechCount: Int, origin: Origin, score: Double, examples: [String]) {
        self.term = term
        self.count = count
        self.speechCount = speechCount
        self.origin = origin
        self.score = score
        self.examples = examples
    }
}
