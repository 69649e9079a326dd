import Foundation

extension KeywordDiscovery {
    /// How specific a term is to the speeches that use it, summed over them:
    ///
    ///     Σ over speeches d using t of log2(1 + uses in d) · log2(1 + N / speeches(t))
    ///       · quality · (1 + 0.05 · (min(length, 10) − 3)) · (1 + periodWeight · min(periodCap, concentration))
    ///       · (1 + contemporaryWeight · contemporary share) · (1 + formulaWeight, for a numbered formula)
    ///
    /// A term used repeatedly in many (not all) speeches ranks high; raw counts enter only as log(1 + uses)
    /// per speech, so one long report cannot carry a term; the smoothed IDF is positive even for a term in
    /// every speech, so a formulation in two thirds of them still outranks one used in three. `quality` is
    /// 1.2–1.5 for a term the speakers quote (`quotedQuality`; a quoted two-character formula counts as three
    /// characters long), otherwise it grows with the freedom of its weaker side (0.75 + entropy / 6, at most
    /// 1.25). Concentration in time and the contemporary share only when the speeches are dated (`tally.periods`).
    /// Rounded to 1/1000 so the order never depends on the last bits.
    func score(
        _ term: String, at index: Int, in tally: TermTally, quality: Double, quoted: Bool, corpusSpeeches: Int
    ) -> Double {
        let periods = tally.periods
        let spreadWeight = tally.spreadWeights[index]
        let speeches = tally.speechCounts[index]
        let idf = log2(1 + Double(corpusSpeeches) / Double(max(1, speeches)))
        // A quoted two-character formula (“三农”) is as specific as a longer term.
        let length = Double(min(10, max(quoted ? 3 : 0, term.unicodeScalars.count)))
        var value = spreadWeight * idf * quality * (1 + 0.05 * (length - 3))
        if periods.count > 1 {
            let slice = tally.periodCounts[(index * periods.count)..<((index + 1) * periods.count)]
            value *= 1 + options.periodWeight * min(options.periodCap, periods.concentration(slice))
            value *= 1 + options.contemporaryWeight * tally.contemporaryShare(of: index, reach: options.contemporaries)
        }
        if Self.isNumberedFormula(term) { value *= 1 + options.formulaWeight }
        return (value * 1000).rounded() / 1000
    }

    /// The quality of a term the speakers quote: 1 + 0.5 · min(1, quoted share / 0.5), so 1.2 when a fifth of
    /// its uses are quoted and 1.5 when half or more are: quoting names a formulation.
    static func quotedQuality(_ quoted: Int, of uses: Int) -> Double {
        1 + 0.5 * min(1, Double(quoted) / Double(max(1, uses)) / 0.5)
    }

    /// General vocabulary: in nearly every speech of a large enough corpus, or used often in many speeches
    /// and spread over blocks as evenly as a function word: residual IDF (Church and Gale) below
    /// `generalMinRIDF`, where RIDF = log2(expected blocks / observed blocks) and the expectation is that of
    /// uses falling on blocks at random in proportion to their length.
    func isGeneral(_ index: Int, tally: TermTally, sample: CJKTextSample) -> Bool {
        let corpus = Double(sample.speechCount)
        let spread = Double(tally.speechCounts[index]) / corpus
        if sample.speechCount >= options.generalMinDocuments && spread >= options.generalMaxSpread { return true }
        let count = tally.counts[index]
        guard spread >= options.generalMinSpread, count >= options.generalMinCount, tally.blockCounts[index] > 0 else {
            return false
        }
        let total = Double(sample.blockCharacterCount)
        var expected = 0.0
        for length in sample.blockLengths where length > 0 {
            expected += 1 - exp(-Double(count) * Double(length) / total)
        }
        let ridf = log2(max(expected, Double(tally.blockCounts[index])) / Double(tally.blockCounts[index]))
        return ridf < options.generalMinRIDF
    }

    /// Enumeration pairs among the ranked terms: `A、B` written at least `minCount` times in `minSpeeches`
    /// speeches, holding at least `enumerationShare` of the uses of each part, become one term; a part gives
    /// way to the pair when the pair holds `containerShare` of its uses.
    func pairs(
        _ found: [String: Int], among assessed: inout [Assessment], quoted: [String: Int], excluded: Set<String>,
        sample: [String], textSample: CJKTextSample, years: [Int?], periods: PeriodScale
    ) -> [Assessment] {
        var indexOf: [String: Int] = [:]
        for (index, candidate) in assessed.enumerated() { indexOf[candidate.term] = index }
        let written = found.filter { $0.value >= options.minCount && indexOf[$0.key] == nil && !excluded.contains($0.key) }
        guard !written.isEmpty else { return [] }
        let pairs = written.keys.sorted()
        let tally = TermTally.counting(pairs, in: sample, sample: textSample, years: years, periods: periods)
        var found: [Assessment] = []
        for (index, pair) in pairs.enumerated() {
            let halves = pair.split(separator: "、", maxSplits: 1).map(String.init)
            guard halves.count == 2, let left = indexOf[halves[0]], let right = indexOf[halves[1]] else { continue }
            let count = tally.counts[index]
            let shared = Double(count)
            guard tally.speechCounts[index] >= options.minSpeeches, count >= options.minCount,
                  shared >= options.enumerationShare * Double(assessed[left].count),
                  shared >= options.enumerationShare * Double(assessed[right].count)
            else { continue }
            for part in [left, right] where shared >= options.containerShare * Double(assessed[part].count) {
                assessed[part].status = .partOf(pair)
            }
            let isQuoted = (quoted[pair] ?? 0) > 0
            found.append(Assessment(
                term: pair, origin: isQuoted ? [.enumeration, .quoted] : .enumeration, count: count,
                speechCount: tally.speechCounts[index], status: nil,
                score: score(pair, at: index, in: tally, quality: isQuoted ? Self.quotedQuality(quoted[pair] ?? 0, of: count) : 1,
                             quoted: isQuoted, corpusSpeeches: sample.count),
                years: tally.years[index]))
        }
        return found
    }
}
