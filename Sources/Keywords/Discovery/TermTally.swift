import Foundation
import PortalSupport

/// Exact counts of discovery's candidates over the sample, the way keyword pages count (a use inside a
/// longer term counts), with what the later steps need: how widely each is used, over which blocks and
/// periods, and how much of its use lies inside longer candidates.
///
/// It reads occurrences in text order (by start, the longest first at one start), from the counting
/// stage's positions (`CJKNGramStatistics`) or from a matcher run (`counting(_:…)`). The occurrences still
/// open at a start are the only ones that can contain the next, so each use learns whether a longer
/// candidate (or a known term: an index past the terms) holds it, and whether that one adds characters
/// before it.
struct TermTally {
    /// One occurrence, as the producers give them.
    struct Occurrence {
        /// A term (< `termCount`) or a container (≥ `termCount`), counted only as holding uses.
        var term: Int
        var start: Int
        var end: Int
        var speech: Int
        var block: Int
    }

    /// The longer one holding the most uses of a term, and how many.
    struct Container: Hashable {
        var index: Int
        var uses: Int
    }

    let termCount: Int
    let periods: PeriodScale
    /// Per term.
    private(set) var counts: [Int]
    private(set) var speechCounts: [Int]
    /// Σ over speeches of log2(1 + uses in the speech).
    private(set) var spreadWeights: [Double]
    /// Distinct blocks (see `CJKTextSample`) with a use.
    private(set) var blockCounts: [Int]
    /// Uses inside no longer candidate or known term.
    private(set) var standalone: [Int]
    /// Uses inside a longer one that adds characters before it (经济|体制改革).
    private(set) var nestedAfterPrefix: [Int]
    /// The biggest container among those adding characters before the term (经济|体制改革,
    /// 习近平新时代|中国特色社会主义|思想), and among those only adding characters after it (可持续发展|战略).
    private(set) var biggestBefore: [Container?] = []
    private(set) var biggestAfter: [Container?] = []
    /// Speeches per period, `periods.count` entries per term.
    private(set) var periodCounts: [Int32]
    /// The years of the first and last dated speech using each term.
    private(set) var years: [ClosedRange<Int>?]
    /// The speeches using each term, ascending, when there are periods: `speechStarts[t]..<speechStarts[t + 1]`.
    private var speechLists: [Int32] = []
    private var speechStarts: [Int] = []
    /// (term << 32 | speech) as the occurrences come, until `finish` sorts them into `speechLists`.
    private var termSpeeches: [UInt64] = []

    private let speechYears: [Int?]
    private var window: [Occurrence] = []
    private var lastEnd: [Int]
    private var lastEndSpeech: [Int]
    private var lastSpeech: [Int]
    private var usesInSpeech: [Int]
    private var lastBlock: [Int]
    private let containerUses: NGramHashTable

    /// - Parameters:
    ///   - termCount: terms are 0..<termCount; higher indices are containers.
    ///   - patternCount: terms and containers.
    ///   - years: each speech's year, when known.
    init(termCount: Int, patternCount: Int, years: [Int?], periods: PeriodScale) {
        self.termCount = termCount
        self.periods = periods
        speechYears = years
        counts = [Int](repeating: 0, count: termCount)
        speechCounts = counts
        blockCounts = counts
        standalone = counts
        nestedAfterPrefix = counts
        spreadWeights = [Double](repeating: 0, count: termCount)
        periodCounts = [Int32](repeating: 0, count: termCount * periods.count)
        self.years = [ClosedRange<Int>?](repeating: nil, count: termCount)
        lastEnd = [Int](repeating: 0, count: patternCount)
        lastEndSpeech = [Int](repeating: -1, count: patternCount)
        lastSpeech = [Int](repeating: -1, count: termCount)
        usesInSpeech = counts
        lastBlock = lastSpeech
        containerUses = NGramHashTable(expectedCount: 4 * termCount)
    }

    /// Adds the next occurrence: by speech, then start, the longest first at one start.
    mutating func add(_ occurrence: Occurrence) {
        let term = occurrence.term
        // A term's own uses never overlap (as on keyword pages).
        if lastEndSpeech[term] == occurrence.speech, occurrence.start < lastEnd[term] { return }
        lastEnd[term] = occurrence.end
        lastEndSpeech[term] = occurrence.speech
        window.removeAll { $0.end <= occurrence.start || $0.speech != occurrence.speech }
        var inside = false
        var afterPrefix = false
        for other in window where other.end >= occurrence.end && other.term != term {
            // Starts no later and ends no earlier: holds this one.
            let before = other.start < occurrence.start
            inside = true
            afterPrefix = afterPrefix || before
            containerUses.increment(Self.pairKey(term, other.term, before: before))
        }
        window.append(occurrence)
        guard term < termCount else { return }
        counts[term] += 1
        if !inside { standalone[term] += 1 }
        if afterPrefix { nestedAfterPrefix[term] += 1 }
        if lastBlock[term] != occurrence.block {
            lastBlock[term] = occurrence.block
            blockCounts[term] += 1
        }
        if lastSpeech[term] != occurrence.speech {
            if usesInSpeech[term] > 0 { spreadWeights[term] += log2(1 + Double(usesInSpeech[term])) }
            lastSpeech[term] = occurrence.speech
            usesInSpeech[term] = 0
            speechCounts[term] += 1
            if periods.count > 1 { termSpeeches.append(UInt64(term) << 32 | UInt64(occurrence.speech)) }
            if let year = speechYears[occurrence.speech] {
                if let period = periods.index(of: year) { periodCounts[term * periods.count + period] += 1 }
                years[term] = years[term].map { min($0.lowerBound, year)...max($0.upperBound, year) } ?? year...year
            }
        }
        usesInSpeech[term] += 1
    }

    /// Closes the counts: call once, after the last occurrence.
    mutating func finish() {
        for term in 0..<termCount where usesInSpeech[term] > 0 {
            spreadWeights[term] += log2(1 + Double(usesInSpeech[term]))
            usesInSpeech[term] = 0
        }
        window.removeAll()
        listSpeeches()
        var before = [Container?](repeating: nil, count: termCount)
        var after = before
        containerUses.forEach { key, uses in
            let (term, container, isBefore) = (Int(key >> 33), Int(key >> 1 & 0xFFFF_FFFF), key & 1 == 1)
            guard term < termCount else { return }
            let candidate = Container(index: container, uses: Int(uses))
            func better(_ best: Container?) -> Bool {
                guard let best else { return true }
                return candidate.uses != best.uses ? candidate.uses > best.uses : candidate.index < best.index
            }
            if isBefore, better(before[term]) { before[term] = candidate }
            if !isBefore, better(after[term]) { after[term] = candidate }
        }
        biggestBefore = before
        biggestAfter = after
    }

    /// The share of the speeches nearest in time to those using `term` that use it too (`PeriodScale`).
    func contemporaryShare(of term: Int, reach: Int) -> Double {
        guard speechStarts.count > term + 1 else { return 0 }  // no speech lists without periods
        return periods.contemporaryShare(speechLists[speechStarts[term]..<speechStarts[term + 1]], reach: reach)
    }

    /// `termSpeeches` by term (a counting sort: the speeches of a term stay in the order they came).
    private mutating func listSpeeches() {
        guard periods.count > 1 else { return }
        speechStarts = [Int](repeating: 0, count: termCount + 1)
        for term in 0..<termCount { speechStarts[term + 1] = speechStarts[term] + speechCounts[term] }
        var next = speechStarts
        speechLists = [Int32](repeating: 0, count: termSpeeches.count)
        for entry in termSpeeches {
            let term = Int(entry >> 32)
            speechLists[next[term]] = Int32(truncatingIfNeeded: entry)
            next[term] += 1
        }
        termSpeeches = []
    }

    /// Takes the more restrictive nesting of `other` (a tally of the same term there as `otherIndex`, with
    /// other containers): fewer uses standing alone, more inside longer ones. Container indices of `other`
    /// are offset by `containerOffset`, so names stay unambiguous.
    mutating func mergeNesting(of term: Int, from other: TermTally, at otherIndex: Int, containerOffset: Int) {
        standalone[term] = min(standalone[term], other.standalone[otherIndex])
        nestedAfterPrefix[term] = max(nestedAfterPrefix[term], other.nestedAfterPrefix[otherIndex])
        func shifted(_ container: Container?) -> Container? {
            container.map { Container(index: $0.index + containerOffset, uses: $0.uses) }
        }
        if let found = shifted(other.biggestBefore[otherIndex]), found.uses > (biggestBefore[term]?.uses ?? 0) {
            biggestBefore[term] = found
        }
        if let found = shifted(other.biggestAfter[otherIndex]), found.uses > (biggestAfter[term]?.uses ?? 0) {
            biggestAfter[term] = found
        }
    }

    private static func pairKey(_ inner: Int, _ outer: Int, before: Bool) -> UInt64 {
        UInt64(inner) << 33 | UInt64(outer) << 1 | (before ? 1 : 0)
    }

    /// `terms` counted over `texts` by a matcher, with `containers` holding uses but not counted: for the
    /// strings the counting stage does not see (quoted phrases, enumerations, known terms).
    static func counting(
        _ terms: [String], containers: [String] = [], in texts: [String], sample: CJKTextSample, years: [Int?],
        periods: PeriodScale
    ) -> TermTally {
        let entries = (terms + containers).enumerated().map { (text: $0.element, keyword: KeywordID($0.offset)) }
        var tally = TermTally(termCount: terms.count, patternCount: entries.count, years: years, periods: periods)
        let matcher = KeywordMatcher(entries)
        for (speech, text) in texts.enumerated() {
            var found: [KeywordMatch] = []
            text.withUTF8Bytes { matcher.forEachOccurrence(inUTF8: $0) { found.append($0) } }
            found.sort { ($0.start, $1.end) < ($1.start, $0.end) }
            for match in found {
                tally.add(Occurrence(
                    term: match.keyword.index, start: match.start, end: match.end, speech: speech,
                    block: sample.block(ofSpeech: speech, offset: match.start)))
            }
        }
        tally.finish()
        return tally
    }
}
