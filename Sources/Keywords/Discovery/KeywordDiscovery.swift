import Foundation

/// Finds the terms a study group would make keywords of in speech texts of any domain, without a list of
/// that domain's terms: formulations (中国特色社会主义, 四项基本原则, 供给侧结构性改革), not their fragments
/// (特色社会主义, 体制改革), phrases cut at a function character (基础上) or general words (全国人民).
///
/// Steps, each bounded whatever the corpus size:
/// 1. **Sample.** Whole speeches, spread evenly over the corpus, up to `Options.sampleBytes` of text (a
///    corpus of few speeches is read whole: `Options.sampleWholeSpeeches`).
/// 2. **Counting** (`CJKNGramStatistics`): frequent strings of Chinese characters that are whole words at
///    both ends (no particle or function word at an edge, no governing verb in front, a word-forming
///    function character only where the rest is not a free word), cohesive, and free at both ends
///    (branching variety). Plus phrases the speeches put in quotation marks (`QuotedPhraseScanner`).
/// 3. **Exact counts** (`TermTally`): every candidate counted over the sample as keyword pages count, with
///    its spread over speeches, blocks and periods, and how much of it lies inside longer candidates.
/// 4. **Maximal terms**: a candidate gives way to a longer one holding most of its uses, or to longer ones
///    that add characters before it and together hold nearly all of them (`Options.containerShare`,
///    `Options.nestedShare`).
/// 5. **General vocabulary**: in nearly every speech, or spread over paragraphs like a function word
///    (residual IDF over blocks).
/// 6. **Enumerations**: `A、B` pairs whose parts mostly occur together become one term (`EnumerationPairs`).
/// 7. **Ranking** by specificity (see `score`): summed over the speeches using a term, log-scaled uses
///    times a smoothed IDF, raised for quoted use, length, concentration in time, the share of its
///    contemporaries that use it and numbered formulas; then cut (`keptCount`: `maxTerms`, or the automatic cut).
///
/// Everything runs on one thread in a fixed order, so the output is the same on every run.
public struct KeywordDiscovery: Sendable {
    /// The thresholds.
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The terms to make keywords of, best first (score, then term): the kept terms of `assess`.
    /// - Parameters:
    ///   - texts: plain speech texts, one per speech.
    ///   - years: each speech's year, when known (same order; may be empty).
    ///   - known: the glossary's terms and aliases and front-matter keywords: never returned, but they hold
    ///     the uses inside them, so their fragments are not proposed either. `options.deny` acts the same.
    public func discover(in texts: [String], years: [Int?] = [], known: Set<String> = []) -> [DiscoveredTerm] {
        assess(texts, years: years, known: known, examplesForAll: false).filter { $0.status == .accepted }
    }

    /// Every candidate with what discovery made of it: the ranked terms first (the kept terms
    /// accepted, the others below the cut), then general words and parts of longer terms, each group by
    /// score, then term. Example sentences only for the accepted terms unless `examplesForAll`.
    public func assess(
        _ texts: [String], years: [Int?] = [], known: Set<String> = [], examplesForAll: Bool = true
    ) -> [DiscoveredTerm] {
        let chosen = Self.sampleIndices(
            byteCounts: texts.map(\.utf8.count), maxBytes: options.sampleBytes, wholeSpeeches: options.sampleWholeSpeeches)
        guard !chosen.isEmpty else { return [] }
        let sample = chosen.map { texts[$0] }
        let sampleYears = chosen.map { years.indices.contains($0) ? years[$0] : nil }
        let periods = options.periodWeight > 0 || options.contemporaryWeight > 0 ? PeriodScale(years: sampleYears, years: options.periodYears) : .none
        let excluded = known.union(options.deny)
        let textSample = CJKTextSample(texts: sample, blockCharacters: options.blockCharacters)

        // Counting, with every occurrence of every counted string.
        let counted = CJKNGramStatistics.count(textSample, options: options)
        var (tally, enumerations) = CJKNGramStatistics.tally(counted, sample: textSample, years: sampleYears, periods: periods)
        var indexOfCounted: [String: Int] = [:]
        for (index, found) in counted.candidates.enumerated() { indexOfCounted[found.term] = index }

        // Quoted phrases and known terms, which counting does not see, by a matcher; the counted strings
        // inside them go along, so they learn how much of their use lies inside them.
        var quoted: [String: Int] = [:]
        let scanner = QuotedPhraseScanner(
            minLength: options.minLength, maxLength: options.maxLength, minCJKShare: options.quotedMinCJKShare)
        for text in sample {
            for phrase in scanner.phrases(in: text) where isAllowed(phrase, excluded) { quoted[phrase, default: 0] += 1 }
        }
        let quotedOnly = quoted.keys.filter { indexOfCounted[$0] == nil }.sorted()
        let holders = quotedOnly + excluded.filter { $0.unicodeScalars.count >= 2 }.sorted()
        let heldCounted = Self.countedParts(of: holders, in: indexOfCounted)
        // The matcher's names, in its order: the terms counted, then the containers (counted only as holding uses).
        let matchedTerms = quotedOnly + heldCounted.map { counted.candidates[$0].term }
        let containers = excluded.filter { $0.unicodeScalars.count >= 2 && quoted[$0] == nil }.sorted()
        let matched = TermTally.counting(
            matchedTerms, containers: containers, in: sample, sample: textSample, years: sampleYears, periods: periods)
        for (offset, index) in heldCounted.enumerated() {
            tally.mergeNesting(of: index, from: matched, at: quotedOnly.count + offset, containerOffset: counted.candidates.count)
        }
        let matchedNames = matchedTerms + containers
        func name(_ index: Int) -> String {
            index < counted.candidates.count ? counted.candidates[index].term : matchedNames[index - counted.candidates.count]
        }

        var assessed: [Assessment] = []
        var assessedOfCounted: [Int: Int] = [:]
        for (index, found) in counted.candidates.enumerated() where isAllowed(found.term, excluded) {
            if let candidate = assessment(
                of: found.term, at: index, in: tally, statistics: found, quotedCount: quoted[found.term] ?? 0,
                containerName: name, sample: textSample) {
                assessedOfCounted[index] = assessed.count
                assessed.append(candidate)
            }
        }
        for (index, phrase) in quotedOnly.enumerated() {
            if let candidate = assessment(
                of: phrase, at: index, in: matched, statistics: nil, quotedCount: quoted[phrase] ?? 0,
                containerName: { matchedNames[$0] }, sample: textSample) {
                assessed.append(candidate)
            }
        }
        giveWayToShorterTerms(&assessed)
        let written = enumerations.pairs(
            isTerm: { assessedOfCounted[$0].map { assessed[$0].status == nil } ?? false },
            name: { counted.candidates[$0].term })
        assessed += pairs(written, among: &assessed, quoted: quoted, excluded: excluded, sample: sample,
                          textSample: textSample, years: sampleYears, periods: periods)
        return ranked(assessed, texts: sample, examplesForAll: examplesForAll)
    }

    // MARK: - Steps

    /// One candidate on its way through the steps.
    struct Assessment {
        var term: String
        var origin: DiscoveredTerm.Origin
        var count: Int
        var speechCount: Int
        var status: DiscoveredTerm.Status?
        var score: Double
        var years: ClosedRange<Int>?
        /// The largest share of its uses one character follows, from counting (0: not counted).
        var rightFixedShare = 0.0
    }

    /// The indices of the counted strings that lie inside one of `holders`.
    static func countedParts(of holders: [String], in indexOfCounted: [String: Int]) -> [Int] {
        var parts: Set<Int> = []
        for holder in holders {
            let scalars = Array(holder.unicodeScalars)
            for start in scalars.indices {
                for end in (start + 2)...max(start + 2, scalars.count) where end <= scalars.count && end - start < scalars.count {
                    if let index = indexOfCounted[String(String.UnicodeScalarView(scalars[start..<end]))] { parts.insert(index) }
                }
            }
        }
        return parts.sorted()
    }

    /// Whether the candidate at `index` of `tally` is a term, with its status after the tests of uses,
    /// nesting and spread (nil: ranked).
    private func assessment(
        of term: String, at index: Int, in tally: TermTally, statistics: CJKNGramStatistics.Candidate?, quotedCount: Int,
        containerName: (Int) -> String, sample: CJKTextSample
    ) -> Assessment? {
        let count = tally.counts[index]
        let speeches = tally.speechCounts[index]
        guard speeches >= options.minSpeeches else { return nil }
        var origin: DiscoveredTerm.Origin = []
        if statistics != nil && count >= options.minCount { origin.insert(.statistical) }
        if quotedCount > 0 && count >= options.quotedMinCount && Double(quotedCount) >= options.quotedMinShare * Double(count) {
            origin.insert(.quoted)
        }
        guard !origin.isEmpty else { return nil }
        var status: DiscoveredTerm.Status?
        let uses = Double(count)
        if let before = tally.biggestBefore[index],
           Double(before.uses) >= options.containerShare * uses || Double(tally.nestedAfterPrefix[index]) >= options.nestedShare * uses {
            status = .partOf(containerName(before.index))
        } else if let after = tally.biggestAfter[index], Double(after.uses) >= options.nestedShare * uses {
            status = .partOf(containerName(after.index))
        } else if tally.standalone[index] < options.minCount, let container = tally.biggestBefore[index] ?? tally.biggestAfter[index] {
            status = .partOf(containerName(container.index))
        }
        if status == nil, isGeneral(index, tally: tally, sample: sample) { status = .general }
        let quality = origin.contains(.quoted) ? Self.quotedQuality(quotedCount, of: count)
            : statistics.map { min(1.25, 0.75 + min($0.leftEntropy, $0.rightEntropy) / 6) } ?? 1
        return Assessment(
            term: term, origin: origin, count: count, speechCount: speeches, status: status,
            score: score(term, at: index, in: tally, quality: quality, quoted: origin.contains(.quoted),
                         corpusSpeeches: sample.speechCount),
            years: tally.years[index], rightFixedShare: statistics?.rightFixedShare ?? 0)
    }

    /// A standing term that extends a shorter standing term by at most `extensionLength` characters gives
    /// way to it (see `Options.extensionLength`), when that one ranks about as high. By the nesting rules the
    /// shorter one still stands only when the longer holds less than half (`containerShare`) or three
    /// quarters (`nestedShare`) of its uses. The longer stands beside the shorter when it is how the shorter
    /// is mostly used (`standsBeside`).
    func giveWayToShorterTerms(_ assessed: inout [Assessment]) {
        guard options.extensionLength > 0 else { return }
        var standing: [String: Int] = [:]
        for (index, candidate) in assessed.enumerated() where candidate.status == nil { standing[candidate.term] = index }
        for index in assessed.indices where assessed[index].status == nil {
            // A numbered formula is more than what it counts (四个现代化, 现代化).
            if Self.isNumberedFormula(assessed[index].term) { continue }
            let scalars = Array(assessed[index].term.unicodeScalars)
            var shorter: (index: Int, start: Int)?
            for cut in 1...options.extensionLength where scalars.count - cut >= 2 {
                for start in 0...cut {
                    let part = String(String.UnicodeScalarView(scalars[start..<(scalars.count - cut + start)]))
                    // Only to a term that ranks about as high: its page must exist when this one's would.
                    if let other = standing[part], assessed[other].score >= 0.8 * assessed[index].score {
                        shorter = shorter ?? (other, start)
                    }
                }
                if shorter != nil { break }
            }
            if let shorter, !standsBeside(assessed[index], shorter: assessed[shorter.index], at: shorter.start, standing: standing) {
                assessed[index].status = .extensionOf(assessed[shorter.index].term)
            }
        }
    }

    /// Whether `longer`, which holds `shorter` from its `start`th character, stands beside it: both are terms
    /// when the longer holds at least `containerShare` of the shorter one's uses (the share by which a term
    /// gives way to a longer one that adds characters before it, so only one that adds characters after can
    /// stand beside a standing shorter term). It is then how the shorter is mostly used, a formulation of its
    /// own (人民代表大会|制度, 可持续发展|战略), not a rare qualification of it (九年|义务教育). It must be whole
    /// at its end: no one character, a particle included, follows it in more than `edgeBoundShare` of its uses
    /// (碳达峰碳中|和 is no word). And it must not be the shorter joined to another standing term that overlaps
    /// it (服务职工 + 职工群众): both pages list those uses already.
    func standsBeside(_ longer: Assessment, shorter: Assessment, at start: Int, standing: [String: Int]) -> Bool {
        guard start == 0, Double(longer.count) >= options.containerShare * Double(shorter.count),
              longer.rightFixedShare <= options.edgeBoundShare
        else { return false }
        let scalars = Array(longer.term.unicodeScalars)
        // Another standing term from inside the shorter to the longer's end.
        return !(1..<shorter.term.unicodeScalars.count).contains { from in
            standing[String(String.UnicodeScalarView(scalars[from...]))] != nil
        }
    }

    /// Ranked terms by score (the best `keptCount` accepted), then the general ones and parts of longer terms.
    private func ranked(_ assessed: [Assessment], texts: [String], examplesForAll: Bool) -> [DiscoveredTerm] {
        func order(_ lhs: Assessment, _ rhs: Assessment) -> Bool {
            lhs.score != rhs.score ? lhs.score > rhs.score : lhs.term < rhs.term
        }
        let terms = assessed.filter { $0.status == nil }.sorted(by: order)
        let others = assessed.filter { $0.status != nil }.sorted(by: order)
        let kept = keptCount(scores: terms.map(\.score))
        let all = (terms + others).enumerated().map { rank, candidate in
            (candidate, candidate.status ?? (rank < kept ? .accepted : .belowCut))
        }
        let withExamples = all.filter { examplesForAll || $0.1 == .accepted }.map(\.0.term)
        let examples = TermExamples.find(withExamples, in: texts, limit: options.examples)
        return all.map { candidate, status in
            DiscoveredTerm(
                term: candidate.term, count: candidate.count, speechCount: candidate.speechCount, origin: candidate.origin,
                score: candidate.score, examples: examples[candidate.term] ?? [], status: status, years: candidate.years)
        }
    }

    /// How many of the ranked terms (their scores, best first) become keywords: `maxTerms` when it is set;
    /// otherwise those scoring at least `cutShare` of the tenth best score, at least `minTerms` and at most
    /// `autoMaxTerms`. Never more than there are.
    func keptCount(scores: [Double]) -> Int {
        guard let last = scores.indices.last else { return 0 }
        if let maxTerms = options.maxTerms { return min(scores.count, max(0, maxTerms)) }
        let reference = scores[min(last, Self.cutReferenceRank - 1)]
        let specific = scores.prefix { $0 >= options.cutShare * reference }.count
        return min(scores.count, max(0, min(max(options.minTerms, specific), options.autoMaxTerms)))
    }

    /// The rank whose score `cutShare` is a share of.
    static let cutReferenceRank = 10

    /// Whole speeches at an even stride, about `maxBytes` of UTF-8 in all, in corpus order: their indices.
    /// A corpus of at most `wholeSpeeches` speeches and twice `maxBytes` is read whole: there each speech
    /// weighs in every term's spread, and one left out can take a term below `min_speeches`.
    static func sampleIndices(byteCounts: [Int], maxBytes: Int, wholeSpeeches: Int) -> [Int] {
        let total = byteCounts.reduce(0, +)
        let count = byteCounts.count
        let readWhole = count <= wholeSpeeches && total / 2 <= maxBytes
        guard total > maxBytes, count > 1, !readWhole else { return Array(0..<count) }
        let wanted = max(1, min(count, Int(Double(count) * Double(max(0, maxBytes)) / Double(total))))
        return (0..<wanted).map { min(count - 1, (2 * $0 + 1) * count / (2 * wanted)) }
    }

    private func isAllowed(_ term: String, _ excluded: Set<String>) -> Bool {
        let length = term.unicodeScalars.count
        return length >= options.minLength && length <= options.maxLength && !excluded.contains(term)
            && !Self.isPlaceholderOrTooShort(term)
    }
}
