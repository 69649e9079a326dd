import PortalSupport

/// Leftmost-longest counts of discovery candidates over the sample, with where to take examples from.
struct KeywordDiscoveryTally {
    /// Occurrences per candidate (same order as the terms given).
    private(set) var counts: [Int] = []
    /// Speeches with at least one occurrence, per candidate.
    private(set) var speechCounts: [Int] = []
    /// Occurrences to quote per candidate: the first in each speech, then later ones if speeches are few.
    private var examplePlaces: [[(speech: Int, range: Range<Int>)]] = []
    private var exampleLimit = 0

    init() {}

    /// Counts `terms` in `texts`; `known` terms take part in matching (they claim their occurrences) but
    /// are not counted.
    init(terms: [String], known: Set<String>, texts: [String], examples: Int) {
        counts = [Int](repeating: 0, count: terms.count)
        speechCounts = counts
        exampleLimit = max(0, examples)
        var places = [[(speech: Int, range: Range<Int>)]](repeating: [], count: terms.count)
        var later = places
        // Candidates come first so that a candidate keeps its id; known terms come after them and are not
        // counted. Sorted, so the matcher is built the same way on every run.
        let entries = terms.enumerated().map { (text: $0.element, keyword: KeywordID($0.offset)) }
            + known.sorted().map { (text: $0, keyword: KeywordID(terms.count)) }
        let matcher = KeywordMatcher(entries)
        var lastSpeech = [Int](repeating: -1, count: terms.count)
        for (speech, text) in texts.enumerated() {
            func tally(_ bytes: UnsafeBufferPointer<UInt8>) {
                matcher.forEachMatch(inUTF8: bytes) { match in
                    let term = match.keyword.index
                    guard term < terms.count else { return }
                    counts[term] += 1
                    if lastSpeech[term] != speech {
                        lastSpeech[term] = speech
                        speechCounts[term] += 1
                        if places[term].count < exampleLimit { places[term].append((speech, match.range)) }
                    } else if later[term].count < exampleLimit {
                        later[term].append((speech, match.range))
                    }
                }
            }
            if text.utf8.withContiguousStorageIfAvailable(tally) == nil {
                Array(text.utf8).withUnsafeBufferPointer(tally)
            }
        }
        for term in terms.indices where places[term].count < exampleLimit {
            places[term] += later[term].prefix(exampleLimit - places[term].count)
            places[term].sort { ($0.speech, $0.range.lowerBound) < ($1.speech, $1.range.lowerBound) }
        }
        examplePlaces = places
    }

    /// The example sentences of candidate `slot`, without repeats.
    func exampleSentences(_ slot: Int, texts: [String]) -> [String] {
        var sentences: [String] = []
        for place in examplePlaces[slot] {
            let sentence = SentenceSplitter.snippet(around: place.range, in: texts[place.speech]).text
            if !sentences.contains(sentence) { sentences.append(sentence) }
        }
        return sentences
    }
}
