/// The keywords found in one text, in the two ways the site needs them.
///
/// `uses` is what pages count: for each keyword, every occurrence of its term or one of its aliases,
/// leftmost-longest among that keyword's own names only, so a use inside a longer mention of another keyword
/// still counts (一国两制 inside 和平统一、一国两制). `visible` is what a reader sees as mentions: one
/// leftmost-longest, non-overlapping pass over every name of every keyword, which is where links go.
public struct KeywordMentions: Sendable, Hashable {
    /// Every use of every keyword; each keyword's uses in text order.
    public var uses: [KeywordMatch]
    /// Leftmost-longest, non-overlapping mentions, in text order.
    public var visible: [KeywordMatch]

    public init(uses: [KeywordMatch] = [], visible: [KeywordMatch] = []) {
        self.uses = uses
        self.visible = visible
    }

    /// Each keyword's uses among every occurrence of every name (overlapping, in any order): leftmost-longest
    /// among that keyword's own names, in text order for each keyword.
    public static func uses(among occurrences: [KeywordMatch]) -> [KeywordMatch] {
        // Leftmost first; at one start, the longest first.
        let ordered = occurrences.sorted { ($0.start, $1.end, $0.keyword) < ($1.start, $0.end, $1.keyword) }
        var uses: [KeywordMatch] = []
        uses.reserveCapacity(ordered.count)
        // Per keyword, where its last counted use ends: a keyword's names never overlap each other's uses.
        var useEnd: [KeywordID: Int] = [:]
        for occurrence in ordered where occurrence.start >= useEnd[occurrence.keyword, default: 0] {
            useEnd[occurrence.keyword] = occurrence.end
            uses.append(occurrence)
        }
        return uses
    }
}
