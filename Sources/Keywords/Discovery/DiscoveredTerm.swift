/// A keyword candidate found by `KeywordDiscovery`, for keyword pages and `portalgen keywords --suggest`.
public struct DiscoveredTerm: Sendable, Hashable {
    /// Where a term was found; a term can be found in several ways.
    public struct Origin: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Speeches put it in quotation marks (“…”, 「…」, 『…』, ‘…’).
        public static let quoted = Origin(rawValue: 1)
        /// Counting: frequent, whole at both ends, cohesive.
        public static let statistical = Origin(rawValue: 2)
        /// Two terms written as one enumeration, `A、B`.
        public static let enumeration = Origin(rawValue: 4)
    }

    /// What discovery made of a candidate.
    public enum Status: Sendable, Hashable {
        /// Among the kept terms (the best `max_terms`, or the automatic cut: `min_terms`, `cut_share`,
        /// `auto_max_terms`): it becomes a keyword.
        case accepted
        /// A term, ranked below the kept terms.
        case belowCut
        /// Used everywhere, or spread like a function word: names no topic.
        case general
        /// Most of its uses are inside this longer term (中国特色社会主义 for 特色社会主义).
        case partOf(String)
        /// A few characters more than this shorter term, whose page already lists all its uses
        /// (九年义务教育 of 义务教育, 全面依法治国 of 依法治国).
        case extensionOf(String)
    }

    /// The term as it appears in the texts.
    public var term: String
    /// Uses in the texts read (a use inside a longer term counts, as on keyword pages). Exact when the whole
    /// corpus fits in the sample.
    public var count: Int
    /// Speeches of the sample in which it occurs.
    public var speechCount: Int
    /// How it was found.
    public var origin: Origin
    /// How strongly it is recommended; only the order matters (higher first).
    public var score: Double
    /// Up to `Options.examples` sentences that use it, from different places of the texts.
    public var examples: [String]
    public var status: Status
    /// The years of the first and last dated speech that uses it.
    public var years: ClosedRange<Int>?

    public init(
        term: String, count: Int, speechCount: Int, origin: Origin, score: Double, examples: [String],
        status: Status = .accepted, years: ClosedRange<Int>? = nil
    ) {
        self.term = term
        self.count = count
        self.speechCount = speechCount
        self.origin = origin
        self.score = score
        self.examples = examples
        self.status = status
        self.years = years
    }
}
