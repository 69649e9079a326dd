import Foundation

/// Finds keyword candidates in speech texts: phrases the speeches put in quotation marks, and character
/// n-grams that corpus statistics single out as terms.
///
/// Design, so that the cost is bounded whatever the corpus size:
/// 1. **Sample.** Whole speeches, spread evenly over the corpus, up to `Options.sampleBytes` of text.
///    Everything below reads only the sample; on a corpus that fits (the five seeds) that is everything.
/// 2. **Quotations.** Phrases in “…” 「…」 『…』 ‘…’ of term length, mostly Chinese (`QuotedPhraseScanner`).
/// 3. **Statistics.** Frequent n-grams (2…`maxNGramLength` characters) of Chinese characters
///    (`CJKNGramStatistics`, level-wise counting) that are cohesive (minimum PMI over split points), free
///    at both ends (branching entropy, with punctuation, particles and governing verbs as free boundaries,
///    and not mostly glued to the character outside), found in enough speeches, neither starting nor
///    ending with a function character, and maximal (no longer candidate contains them with nearly the
///    same count: 产业工人队伍建设 gives way to 产业工人队伍建设改革).
/// 4. **Counting.** All candidates, plus the `known` glossary terms, go into one `KeywordMatcher` run
///    over the sample. Its leftmost-longest counts are what the site will show; a candidate left with few
///    standalone occurrences drops out, and a quoted phrase must be quoted in a fair share of its
///    occurrences (“改革” quoted once among fifty is no term). Counting repeats until the set is stable.
/// 5. **Ranking** by score (see `score`), then term, with example sentences from `SentenceSplitter`.
///
/// Counts are over the sample; the caller counts the accepted terms over the full corpus with its own
/// matcher. Everything runs on one thread in a fixed order, so the output is the same on every run.
/// On the 10,000-speech benchmark corpus it takes about 0.3 s of CPU with the default sample.
public struct KeywordDiscovery: Sendable {
    /// The thresholds.
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The candidates in `texts` (plain speech texts, one per speech), best first (score, then term).
    /// Terms in `known` (the glossary's terms and aliases) and in `options.deny` are never returned;
    /// known terms still take part in counting, so a fragment of a glossary term is not proposed.
    public func discover(in texts: [String], known: Set<String> = []) -> [DiscoveredTerm] {
        let sample = Self.sample(texts, maxBytes: options.sampleBytes)
        guard !sample.isEmpty else { return [] }

        var candidates: [Candidate] = []
        var indexOfTerm: [String: Int] = [:]
        func candidateIndex(_ term: String) -> Int? {
            if let index = indexOfTerm[term] { return index }
            guard isAllowed(term, known: known) else { return nil }
            indexOfTerm[term] = candidates.count
            candidates.append(Candidate(term: term))
            return candidates.count - 1
        }

        for found in CJKNGramStatistics.candidates(in: CJKTextSample(texts: sample), options: options) {
            guard let index = candidateIndex(found.term) else { continue }
            candidates[index].statistics = found
        }
        let scanner = QuotedPhraseScanner(
            minLength: options.minLength, maxLength: options.maxLength, minCJKShare: options.quotedMinCJKShare)
        for text in sample {
            for phrase in scanner.phrases(in: text) {
                guard let index = candidateIndex(phrase) else { continue }
                candidates[index].quotedCount += 1
            }
        }

        // Count, drop what fails, count again: dropping a term can only give its occurrences back to others.
        var active = strongest(candidates.indices, of: candidates, limit: max(1000, 4 * options.maxTerms))
        var tally = KeywordDiscoveryTally(
            terms: active.map { candidates[$0].term }, known: known, texts: sample, examples: options.examples)
        for _ in 0..<4 {
            let passing = active.indices.filter { passes(candidates[active[$0]], tally: tally, at: $0) }
            if passing.count == active.count { break }
            active = passing.map { active[$0] }
            tally = KeywordDiscoveryTally(
                terms: active.map { candidates[$0].term }, known: known, texts: sample, examples: options.examples)
        }
        var result: [DiscoveredTerm] = []
        for (slot, index) in active.enumerated() {
            let candidate = candidates[index]
            guard passes(candidate, tally: tally, at: slot) else { continue }
            var origin: DiscoveredTerm.Origin = []
            if candidate.statistics != nil && passesStatistically(candidate, tally: tally, at: slot) {
                origin.insert(.statistical)
            }
            if passesAsQuoted(candidate, tally: tally, at: slot) { origin.insert(.quoted) }
            result.append(DiscoveredTerm(
                term: candidate.term, count: tally.counts[slot], speechCount: tally.speechCounts[slot],
                origin: origin, score: score(candidate, tally: tally, at: slot),
                examples: tally.exampleSentences(slot, texts: sample)))
        }
        result.sort { $0.score != $1.score ? $0.score > $1.score : $0.term < $1.term }
        return Array(result.prefix(max(0, options.maxTerms)))
    }

    // MARK: - Steps

    /// What is known about one candidate before counting.
    private struct Candidate {
        var term: String
        var statistics: CJKNGramStatistics.Candidate?
        var quotedCount = 0
        init(term: String) { self.term = term }
    }

    /// At most `limit` candidates, those seen in the most speeches (or quoted most often) first, so the
    /// counting matcher stays small whatever the corpus; kept in their original order.
    private func strongest(_ indices: Range<Int>, of candidates: [Candidate], limit: Int) -> [Int] {
        guard indices.count > limit else { return Array(indices) }
        func strength(_ candidate: Candidate) -> (Int, Int) {
            (max(candidate.statistics?.speechCount ?? 0, candidate.quotedCount), candidate.statistics?.count ?? 0)
        }
        let ranked = indices.sorted {
            let left = strength(candidates[$0])
            let right = strength(candidates[$1])
            return left != right ? left > right : candidates[$0].term < candidates[$1].term
        }
        return ranked.prefix(limit).sorted()
    }

    /// Whole speeches at an even stride, about `maxBytes` of UTF-8 in all, in corpus order.
    static func sample(_ texts: [String], maxBytes: Int) -> [String] {
        let total = texts.reduce(0) { $0 + $1.utf8.count }
        guard total > maxBytes, texts.count > 1 else { return texts }
        let wanted = max(1, min(texts.count, Int(Double(texts.count) * Double(max(0, maxBytes)) / Double(total))))
        return (0..<wanted).map { texts[min(texts.count - 1, (2 * $0 + 1) * texts.count / (2 * wanted))] }
    }

    private func isAllowed(_ term: String, known: Set<String>) -> Bool {
        let length = term.unicodeScalars.count
        return length >= options.minLength && length <= options.maxLength
            && !known.contains(term) && !options.deny.contains(term)
            && !Self.isPlaceholderOrTooShort(term)
    }

    private func passes(_ candidate: Candidate, tally: KeywordDiscoveryTally, at slot: Int) -> Bool {
        passesStatistically(candidate, tally: tally, at: slot) || passesAsQuoted(candidate, tally: tally, at: slot)
    }

    private func passesStatistically(_ candidate: Candidate, tally: KeywordDiscoveryTally, at slot: Int) -> Bool {
        guard let statistics = candidate.statistics else { return false }
        let count = tally.counts[slot]
        return count >= options.minCount && tally.speechCounts[slot] >= options.minSpeeches
            && Double(count) >= options.minStandaloneShare * Double(statistics.count)
    }

    private func passesAsQuoted(_ candidate: Candidate, tally: KeywordDiscoveryTally, at slot: Int) -> Bool {
        let count = tally.counts[slot]
        return candidate.quotedCount > 0 && count >= options.quotedMinCount
            && Double(candidate.quotedCount) >= options.quotedMinShare * Double(count)
    }

    /// Spread across speeches first, frequency second (dampened: the most frequent phrases are the most
    /// general ones), weighted by how clearly the term stands on its own (quotation marks are the speaker's
    /// own word for it; otherwise its boundary freedom), by how fixed an expression it is (cohesion between
    /// its words), and by length, since longer terms are more specific.
    private func score(_ candidate: Candidate, tally: KeywordDiscoveryTally, at slot: Int) -> Double {
        let count = Double(max(1, tally.counts[slot]))
        var spread = Double(max(1, tally.speechCounts[slot]))
        var quality = 0.75
        var fixedness = 1.0
        if let statistics = candidate.statistics {
            quality = max(quality, min(1.5, min(statistics.leftEntropy, statistics.rightEntropy) / 2))
            fixedness = min(1.25, max(0.75, statistics.wordCohesion / 6))
        }
        if candidate.quotedCount > 0 {
            // Quoting again is the speaker insisting on the term, worth half a further speech.
            spread += 0.5 * Double(candidate.quotedCount - 1)
            quality = max(quality, 1 + min(1, Double(candidate.quotedCount) / count))
            fixedness = max(fixedness, 1.25)
        }
        let length = Double(min(8, candidate.term.unicodeScalars.count))
        let value = (1 + log2(spread)) * (1 + 0.35 * log2(count)) * quality * fixedness * (1 + 0.1 * (length - 2))
        // Rounded so that the order never depends on the last bits of floating-point arithmetic.
        return (value * 1000).rounded() / 1000
    }
}
