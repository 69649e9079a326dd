import Foundation

extension CJKNGramStatistics {
    /// Finds the governing words in the sample, for the neighbours (`neighbour(at:symbols:)`) and the edge tests.
    mutating func markNeighbours() {
        let symbols = sample.symbols
        let positionCount = symbols.count
        let words = NGramHashTable(expectedCount: options.boundaryWords.count)
        var startsWord = [Bool](repeating: false, count: sample.scalars.count)
        for word in options.boundaryWords {
            let ids = word.unicodeScalars.compactMap { sample.symbolOfScalar[$0] }
            guard ids.count == word.unicodeScalars.count, (2...3).contains(ids.count) else { continue }
            _ = words.findOrInsert(Self.wordKey(ids[0], ids[1], ids.count == 3 ? ids[2] : -1), newValue: 0)
            startsWord[Int(ids[0])] = true
        }
        boundaryWordLength = [UInt8](repeating: 0, count: positionCount)
        endsWord = [Bool](repeating: false, count: positionCount)
        for position in 0..<max(0, positionCount - 2) {
            let first = symbols[position]
            let second = symbols[position + 1]
            guard first >= 0, second >= 0, startsWord[Int(first)] else { continue }
            let third = symbols[position + 2]
            if third >= 0, words.value(for: Self.wordKey(first, second, third)) != nil {
                boundaryWordLength[position] = 3
                endsWord[position + 2] = true
            }
            if words.value(for: Self.wordKey(first, second, -1)) != nil {
                boundaryWordLength[position] = 2
                endsWord[position + 1] = true
            }
        }
    }

    /// The neighbour that the character at `position` is to a string ending just before it: its symbol,
    /// `placeholderNeighbour`, or −1 for a free boundary (a run boundary or a particle).
    @inline(__always)
    private func neighbour(at position: Int, symbols: UnsafeBufferPointer<Int32>) -> Int32 {
        let symbol = symbols[position]
        if symbol >= 0 { return boundaryParticle[Int(symbol)] ? -1 : symbol }
        return symbol == CJKTextSample.placeholder ? Self.placeholderNeighbour : -1
    }

    /// The neighbour a string starting at `position` has on its left, in the same terms; also −1 after a
    /// governing word. A particle that forms a word with the string's first character is its symbol, even where
    /// it ends a governing word (要把|握: 握工会工作 is a fragment of 把握工会工作).
    @inline(__always)
    private func leftNeighbour(at position: Int, symbols: UnsafeBufferPointer<Int32>) -> Int32 {
        guard position > 0 else { return -1 }
        let previous = symbols[position &- 1]
        if previous >= 0, bindsToNext(previous, symbols[position]) { return previous }
        return endsWord[position &- 1] ? -1 : neighbour(at: position &- 1, symbols: symbols)
    }

    /// The neighbour a string ending just before `position` has on its right, in the same terms: a particle
    /// that forms a word with the string's last character is its symbol (源头参|与: 与 ends 参与).
    @inline(__always)
    private func rightNeighbour(at position: Int, symbols: UnsafeBufferPointer<Int32>) -> Int32 {
        let symbol = symbols[position]
        if symbol >= 0, bindsToPrevious(symbols[position &- 1], symbol) { return symbol }
        return neighbour(at: position, symbols: symbols)
    }

    /// Packs a two- or three-character word (third −1 for two) into one key.
    private static func wordKey(_ first: Int32, _ second: Int32, _ third: Int32) -> UInt64 {
        NGramHashTable.key(first, second) ^ UInt64(UInt32(bitPattern: third)) << 20
    }

    /// The frequent strings of one level that pass the edge and cohesion tests (`Edges`), have free
    /// boundaries (at least `minBoundaryVariety` equally likely neighbours on each side) and are no verb
    /// phrases (`isVerbPhrase`).
    /// - Returns: the candidates, where they occur (ascending positions, with the index of the candidate
    ///   in the returned list), and per candidate its uses right after a governing word.
    func evaluate(
        length: Int, ids: Range<Int>, positions: [Int32], idAt: [Int32]
    ) -> (candidates: [Candidate], positions: [Int32], indices: [Int32], governedUses: [Int32]) {
        var candidateOf = [Int32](repeating: -1, count: ids.count)
        var candidates: [(id: Int, term: String, cohesion: Double)] = []
        let scratch = SubstringScratch(length: length)
        defer { scratch.deallocate() }
        for id in ids where isFrequent(id) {
            guard let whole = termIfWhole(id, length: length, scratch: scratch) else { continue }
            candidateOf[id - ids.lowerBound] = Int32(candidates.count)
            candidates.append((id, whole.term, whole.cohesion))
        }
        guard !candidates.isEmpty else { return ([], [], [], []) }

        // Neighbour counts per (candidate, side, neighbour). A free boundary is a neighbour seen once, so it
        // adds nothing to Σ c·log2(c) below; a placeholder is one shared neighbour.
        let neighbours = NGramHashTable(expectedCount: candidates.count * 8)
        // Per candidate, its uses before each boundary particle counted as a free boundary on its right (by
        // `particleIndex`): whether one of them always stands there (碳达峰碳中|和), which the entropy does not see.
        let particleCount = sample.scalars.isEmpty ? 0 : particleBindsNext.count / sample.scalars.count
        var usesBeforeParticle = [Int32](repeating: 0, count: candidates.count * particleCount)
        // The candidates' occurrences, as found (written, not appended: there are millions).
        let seenPositions = UnsafeMutablePointer<Int32>.allocate(capacity: positions.count)
        let seenCandidates = UnsafeMutablePointer<Int32>.allocate(capacity: positions.count)
        defer {
            seenPositions.deallocate()
            seenCandidates.deallocate()
        }
        var seen = 0
        // Per candidate: uses right after a governing word, and right after punctuation (a clause's start).
        var governedUses = [Int32](repeating: 0, count: candidates.count)
        var clauseInitialUses = governedUses
        let firstID = ids.lowerBound
        sample.symbols.withUnsafeBufferPointer { symbols in
            for position32 in positions {
                let position = Int(position32)
                let candidate = candidateOf[Int(idAt[position]) &- firstID]
                guard candidate >= 0 else { continue }
                let left = leftNeighbour(at: position, symbols: symbols)
                if left >= 0 {
                    neighbours.increment(NGramHashTable.key(candidate &* 2, left))
                } else if endsWord[position &- 1] {
                    governedUses[Int(candidate)] &+= 1
                } else if symbols[position &- 1] == CJKTextSample.boundary {
                    clauseInitialUses[Int(candidate)] &+= 1
                }
                let right = rightNeighbour(at: position &+ length, symbols: symbols)
                let after = symbols[position &+ length]
                if right >= 0 {
                    neighbours.increment(NGramHashTable.key(candidate &* 2 &+ 1, right))
                } else if after >= 0, particleCount > 0 {
                    // A character that is no neighbour is a boundary particle.
                    usesBeforeParticle[Int(candidate) &* particleCount &+ Int(particleIndex[Int(after)])] &+= 1
                }
                seenPositions[seen] = position32
                seenCandidates[seen] = candidate
                seen &+= 1
            }
        }
        // H = log2(T) − Σ c·log2(c) / T over the neighbours seen c times each, T = occurrences.
        var sumCLogC = [Double](repeating: 0, count: candidates.count * 2)
        // The uses of the most frequent character on the right, particles included.
        var mostFrequentRight = [Int32](repeating: 0, count: candidates.count)
        neighbours.forEach { key, c in
            let slot = Int(key >> 32)
            sumCLogC[slot] += Double(c) * log2(Double(c))
            if slot & 1 == 1, UInt32(truncatingIfNeeded: key) != UInt32(bitPattern: Self.placeholderNeighbour) {
                mostFrequentRight[slot >> 1] = max(mostFrequentRight[slot >> 1], c)
            }
        }
        for candidate in 0..<(particleCount > 0 ? candidates.count : 0) {
            let row = usesBeforeParticle[(candidate * particleCount)..<((candidate + 1) * particleCount)]
            mostFrequentRight[candidate] = max(mostFrequentRight[candidate], row.max() ?? 0)
        }
        var result: [Candidate] = []
        var resultIndex = [Int32](repeating: -1, count: candidates.count)
        var resultGoverned: [Int32] = []
        for (index, candidate) in candidates.enumerated() {
            let total = Double(counts[candidate.id])
            let left = log2(total) - sumCLogC[index * 2] / total
            let right = log2(total) - sumCLogC[index * 2 + 1] / total
            guard exp2(min(left, right)) >= options.minBoundaryVariety,
                  !isVerbPhrase(candidate.id, length: length, clauseInitialUses: clauseInitialUses[index])
            else { continue }
            resultIndex[index] = Int32(result.count)
            resultGoverned.append(governedUses[index])
            result.append(Candidate(
                id: candidate.id, term: candidate.term, count: Int(counts[candidate.id]), speechCount: Int(speeches[candidate.id]),
                cohesion: candidate.cohesion, leftEntropy: left, rightEntropy: right,
                rightFixedShare: Double(mostFrequentRight[index]) / total))
        }
        var occurrencePositions: [Int32] = []
        var occurrenceIndices: [Int32] = []
        for index in 0..<seen where resultIndex[Int(seenCandidates[index])] >= 0 {
            occurrencePositions.append(seenPositions[index])
            occurrenceIndices.append(resultIndex[Int(seenCandidates[index])])
        }
        return (result, occurrencePositions, occurrenceIndices, resultGoverned)
    }

    /// Whether the string `id` is a verb phrase: a two-character word where governing words stand, before a
    /// term, at the start of a clause. A governing verb starts clauses, takes many different objects, and
    /// takes terms that other governing words take too; a modifier that starts terms stands where other
    /// modifiers do (科技|体制改革, 教育|体制改革), after the governing word, or goes with one head only
    /// (三北|防护林). So 保障国家粮食安全 is a verb phrase: it follows punctuation in at least `containerShare`
    /// of its uses, 保障 is followed by at least `freeWordVariety` different characters, and at least
    /// `containerShare` of the other uses of the candidate 国家粮食安全 (and at least `minCount`) follow a
    /// governing word (`Options.boundaryWords`: 确保, 保证), though 保障 is no governing word everywhere
    /// (保障性住房, 社会保障). 国家粮食安全 itself follows verbs, not punctuation: it stays a candidate.
    private func isVerbPhrase(_ id: Int, length: Int, clauseInitialUses: Int32) -> Bool {
        guard length >= 5, Double(clauseInitialUses) >= options.containerShare * Double(counts[id]) else { return false }
        var verb = id
        for _ in 2..<length { verb = Int(prefix[verb]) }
        guard rightVariety[verb] >= UInt8(clamping: options.freeWordVariety) else { return false }
        let object = Int(suffix[Int(suffix[id])])
        guard isCandidate[object], let governed = governedUses[object] else { return false }
        let elsewhere = Int(counts[object]) - Int(counts[id])
        return elsewhere >= options.minCount && Double(governed) >= options.containerShare * Double(elsewhere)
    }

    /// Every occurrence of the counted candidates, in text order, into a tally: a sweep over the positions
    /// with a bit per length of candidate starting there. The same sweep notes the candidates next to the
    /// commas of two-item lists.
    static func tally(
        _ counted: Counted, sample: CJKTextSample, years: [Int?], periods: PeriodScale
    ) -> (TermTally, EnumerationPairs) {
        var enumerations = EnumerationPairs()
        let count = counted.candidates.count
        var tally = TermTally(termCount: count, patternCount: count, years: years, periods: periods)
        var startingLengths = [UInt32](repeating: 0, count: sample.symbols.count)
        for (length, positions) in counted.positions {
            for position in positions { startingLengths[Int(position)] |= 1 << UInt32(length - 1) }
        }
        var cursor = [Int](repeating: 0, count: longestCounted + 1)
        let lengths = Array(counted.positions.keys)
        let indicesOf = lengths.reduce(into: [[Int32]](repeating: [], count: longestCounted + 1)) { $0[$1] = counted.indices[$1] ?? [] }
        for (position, mask) in startingLengths.enumerated() where mask != 0 {
            var remaining = mask
            while remaining != 0 {
                // The longest first.
                let length = 32 - remaining.leadingZeroBitCount
                remaining &= ~(1 << UInt32(length - 1))
                let candidate = Int(indicesOf[length][cursor[length]])
                cursor[length] += 1
                tally.add(TermTally.Occurrence(
                    term: candidate, start: position, end: position + length,
                    speech: Int(sample.speechOfPosition[position]), block: Int(sample.blockOfPosition[position])))
                enumerations.record(candidate, start: position, end: position + length, in: sample)
            }
        }
        tally.finish()
        return (tally, enumerations)
    }
}
