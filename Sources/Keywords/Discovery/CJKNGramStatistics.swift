import Foundation

/// Corpus statistics over runs of Chinese characters: which n-grams are frequent, cohesive and free at
/// both ends, that is, look like terms rather than fragments.
///
/// Counting is level-wise (Apriori): an n-gram is counted only where its (n−1)-character prefix and
/// suffix are both frequent, and it is identified by the pair (prefix id, suffix id). One array of ids per
/// text position carries each level to the next, so a level is one pass over the sample with one hash
/// lookup per surviving position, and the counts of all sub-n-grams (for cohesion) are reachable through
/// the prefix and suffix links.
struct CJKNGramStatistics {
    /// A statistically promising n-gram.
    struct Candidate: Sendable {
        var term: String
        var count: Int
        var speechCount: Int
        /// Minimum pointwise mutual information over split points, in bits.
        var cohesion: Double
        /// The same over splits between parts of two characters or more (see `cohesion(_:length:)`).
        var wordCohesion: Double
        var leftEntropy: Double
        var rightEntropy: Double
    }

    private let sample: CJKTextSample
    private let options: KeywordDiscovery.Options
    // Per n-gram id; ids below the number of symbols are the single characters themselves.
    private var counts: [Int32] = []
    private var speeches: [Int32] = []
    private var prefix: [Int32] = []
    private var suffix: [Int32] = []
    private var firstPosition: [Int32] = []
    // Per symbol.
    private var leadingDenied: [Bool] = []
    private var trailingDenied: [Bool] = []
    private var particle: [Bool] = []
    private var wordForming: [Bool] = []
    // Per position.
    /// Length of the shortest governing word (`Options.boundaryWords`) starting here, 0 if none.
    private var boundaryWordLength: [UInt8] = []
    /// The neighbour an n-gram starting here has on its left: a symbol, `placeholderNeighbour`, or −1 for
    /// a free boundary (run boundary, particle, or the end of a governing word).
    private var leftNeighbour: [Int32] = []
    /// The neighbour an n-gram ending just before here has on its right, in the same terms.
    private var rightNeighbour: [Int32] = []
    private static let placeholderNeighbour = Int32.max
    /// The two-character level, kept for `pmi` between any two adjacent characters.
    private var bigrams = NGramHashTable(expectedCount: 0)
    private var bigramBase = 0

    /// The n-grams of `sample` that pass the statistical thresholds of `options`, shortest first, then in
    /// order of first occurrence.
    static func candidates(in sample: CJKTextSample, options: KeywordDiscovery.Options) -> [Candidate] {
        var statistics = CJKNGramStatistics(sample: sample, options: options)
        return statistics.run()
    }

    private init(sample: CJKTextSample, options: KeywordDiscovery.Options) {
        self.sample = sample
        self.options = options
        let characters = sample.scalars.map(Character.init)
        leadingDenied = characters.map { options.leadingFunctionCharacters.contains($0) }
        trailingDenied = characters.map { options.trailingFunctionCharacters.contains($0) }
        particle = characters.map { KeywordDiscovery.boundaryParticles.contains($0) }
        wordForming = characters.map { KeywordDiscovery.wordFormingFunctionCharacters.contains($0) }
        markNeighbours()
    }

    /// Finds the governing words in the sample and fills the per-position neighbour arrays.
    private mutating func markNeighbours() {
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
        var wordEnds = [Bool](repeating: false, count: positionCount)
        for position in 0..<max(0, positionCount - 2) {
            let first = symbols[position]
            let second = symbols[position + 1]
            guard first >= 0, second >= 0, startsWord[Int(first)] else { continue }
            let third = symbols[position + 2]
            if third >= 0, words.value(for: Self.wordKey(first, second, third)) != nil {
                boundaryWordLength[position] = 3
                wordEnds[position + 2] = true
            }
            if words.value(for: Self.wordKey(first, second, -1)) != nil {
                boundaryWordLength[position] = 2
                wordEnds[position + 1] = true
            }
        }
        rightNeighbour = symbols.map { symbol in
            if symbol == CJKTextSample.boundary { return -1 }
            if symbol == CJKTextSample.placeholder { return Self.placeholderNeighbour }
            return particle[Int(symbol)] ? -1 : symbol
        }
        leftNeighbour = [Int32](repeating: -1, count: positionCount)
        for position in 1..<max(1, positionCount) where !wordEnds[position - 1] {
            leftNeighbour[position] = rightNeighbour[position - 1]
        }
    }

    /// Packs a two- or three-character word (third −1 for two) into one key.
    private static func wordKey(_ first: Int32, _ second: Int32, _ third: Int32) -> UInt64 {
        NGramHashTable.key(first, second) ^ UInt64(UInt32(bitPattern: third)) << 20
    }

    private func isFrequent(_ id: Int) -> Bool {
        Int(counts[id]) >= options.minCount && Int(speeches[id]) >= options.minSpeeches
    }

    private mutating func run() -> [Candidate] {
        let symbols = sample.symbols
        let positionCount = symbols.count
        let symbolCount = sample.scalars.count
        let maxLength = min(options.maxNGramLength, options.maxLength)
        guard maxLength >= 2, positionCount >= 2 else { return [] }

        // Level 1: the characters themselves; their ids are the symbol ids.
        counts = [Int32](repeating: 0, count: symbolCount)
        speeches = counts
        prefix = [Int32](repeating: -1, count: symbolCount)
        suffix = prefix
        firstPosition = prefix
        var lastSpeech = prefix
        for position in 0..<positionCount where symbols[position] >= 0 {
            let id = Int(symbols[position])
            counts[id] &+= 1
            if lastSpeech[id] != sample.speechOfPosition[position] {
                lastSpeech[id] = sample.speechOfPosition[position]
                speeches[id] &+= 1
            }
            if firstPosition[id] < 0 { firstPosition[id] = Int32(truncatingIfNeeded: position) }
        }
        // `previous[p]` is the id of the frequent (n−1)-gram starting at p, or −1; `alive` lists those p.
        var previous = [Int32](repeating: -1, count: positionCount)
        var alive: [Int32] = []
        for position in 0..<positionCount where symbols[position] >= 0 && isFrequent(Int(symbols[position])) {
            previous[position] = symbols[position]
            alive.append(Int32(truncatingIfNeeded: position))
        }
        var current = [Int32](repeating: -1, count: positionCount)
        var found: [(id: Int, candidate: Candidate)] = []
        for length in 2...maxLength where !alive.isEmpty {
            let base = counts.count
            // Ids are Int32: stop rather than wrap on a gigantic sample.
            guard base + alive.count < Int(Int32.max) else { break }
            let level = previous.withUnsafeBufferPointer { previous in
                current.withUnsafeMutableBufferPointer { current in
                    sample.speechOfPosition.withUnsafeBufferPointer { speechOf in
                        NGramLevel(
                            counting: alive, previous: previous, into: current, speechOf: speechOf,
                            firstID: Int32(truncatingIfNeeded: base))
                    }
                }
            }
            counts += UnsafeBufferPointer(start: level.counts, count: level.count)
            speeches += UnsafeBufferPointer(start: level.speeches, count: level.count)
            prefix += UnsafeBufferPointer(start: level.prefixes, count: level.count)
            suffix += UnsafeBufferPointer(start: level.suffixes, count: level.count)
            firstPosition += UnsafeBufferPointer(start: level.firstPositions, count: level.count)
            let table = level.table
            if length == 2 {
                bigrams = table
                bigramBase = base
            }
            var nextAlive: [Int32] = []
            nextAlive.reserveCapacity(level.positionCount)
            var frequent = [Bool](repeating: false, count: level.count)
            for local in 0..<level.count {
                frequent[local] = Int(level.counts[local]) >= options.minCount
                    && Int(level.speeches[local]) >= options.minSpeeches
            }
            frequent.withUnsafeBufferPointer { frequent in
                current.withUnsafeMutableBufferPointer { current in
                    for position in UnsafeBufferPointer(start: level.positions, count: level.positionCount) {
                        if frequent[Int(current[Int(position)]) - base] {
                            nextAlive.append(position)
                        } else {
                            current[Int(position)] = -1
                        }
                    }
                }
            }
            if length >= max(options.statisticalMinLength, options.minLength, 2) {
                found += evaluate(length: length, ids: base..<counts.count, positions: nextAlive, idAt: current)
            }
            // Clear the old level so that it can hold the next one.
            for position in alive { previous[Int(position)] = -1 }
            swap(&previous, &current)
            alive = nextAlive
        }
        return maximal(found)
    }

    /// Drops each candidate that a longer candidate contains while occurring nearly as often
    /// (`maximalityRatio` of its count or more): 产业工人队伍建设 (8) inside 产业工人队伍建设改革 (8), but not
    /// 党的二十大 (11) inside 党的二十大报告 (4). Substrings are reached through the prefix and suffix links.
    private func maximal(_ found: [(id: Int, candidate: Candidate)]) -> [Candidate] {
        var indexOfID: [Int: Int] = [:]
        for (index, entry) in found.enumerated() { indexOfID[entry.id] = index }
        var dominated = [Bool](repeating: false, count: found.count)
        for entry in found {
            // Substring ids: drop `right` characters via prefix links, then `left` via suffix links.
            var head = entry.id
            var headLength = entry.candidate.term.unicodeScalars.count
            var dropRight = 0
            let shortest = max(2, options.statisticalMinLength)
            while headLength >= shortest {
                var part = head
                var partLength = headLength
                var dropLeft = 0
                while partLength >= shortest {
                    if dropLeft + dropRight > 0, let index = indexOfID[part],
                       Double(entry.candidate.count) >= options.maximalityRatio * Double(found[index].candidate.count) {
                        dominated[index] = true
                    }
                    guard partLength > shortest else { break }
                    part = Int(suffix[part])
                    partLength -= 1
                    dropLeft += 1
                }
                guard headLength > shortest else { break }
                head = Int(prefix[head])
                headLength -= 1
                dropRight += 1
            }
        }
        return found.indices.filter { !dominated[$0] }.map { found[$0].candidate }
    }

    /// The frequent n-grams of one level that also pass the edge, cohesion and boundary tests.
    private func evaluate(
        length: Int, ids: Range<Int>, positions: [Int32], idAt: [Int32]
    ) -> [(id: Int, candidate: Candidate)] {
        let symbols = sample.symbols
        var candidateOf = [Int32](repeating: -1, count: ids.count)
        var candidates: [Int] = []
        var cohesion: [(all: Double, words: Double)] = []
        for id in ids where isFrequent(id) {
            let start = Int(firstPosition[id])
            guard hasTermEdges(at: start, length: length) else { continue }
            let value = self.cohesion(id, length: length)
            guard value.all >= options.minCohesion else { continue }
            candidateOf[id - ids.lowerBound] = Int32(candidates.count)
            candidates.append(id)
            cohesion.append(value)
        }
        guard !candidates.isEmpty else { return [] }

        // Neighbour counts per (candidate, side, neighbour). A free boundary is a neighbour seen once, so it
        // adds nothing to Σ c·log2(c) below; a placeholder is one shared neighbour.
        let neighbours = NGramHashTable(expectedCount: candidates.count * 8)
        candidateOf.withUnsafeBufferPointer { candidateOf in
            idAt.withUnsafeBufferPointer { idAt in
                leftNeighbour.withUnsafeBufferPointer { leftNeighbour in
                    rightNeighbour.withUnsafeBufferPointer { rightNeighbour in
                        let firstID = ids.lowerBound
                        for position32 in positions {
                            let position = Int(position32)
                            let candidate = candidateOf[Int(idAt[position]) &- firstID]
                            guard candidate >= 0 else { continue }
                            let left = leftNeighbour[position]
                            if left >= 0 { neighbours.increment(NGramHashTable.key(candidate &* 2, left)) }
                            let right = rightNeighbour[position &+ length]
                            if right >= 0 { neighbours.increment(NGramHashTable.key(candidate &* 2 &+ 1, right)) }
                        }
                    }
                }
            }
        }
        // H = log2(T) − Σ c·log2(c) / T over the neighbours seen c times each, T = occurrences. An occurrence
        // is "bound" when its edge character goes with the neighbour more than with the rest of the term.
        var sumCLogC = [Double](repeating: 0, count: candidates.count * 2)
        var bound = [Int32](repeating: 0, count: candidates.count * 2)
        var inner = [Double](repeating: 0, count: candidates.count * 2)
        for (index, id) in candidates.enumerated() {
            let start = Int(firstPosition[id])
            inner[index * 2] = pmi(symbols[start], symbols[start + 1])
            inner[index * 2 + 1] = pmi(symbols[start + length - 2], symbols[start + length - 1])
        }
        neighbours.forEach { key, c in
            let side = Int(key >> 32)
            let neighbour = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            sumCLogC[side] += Double(c) * log2(Double(c))
            guard neighbour != Self.placeholderNeighbour else { return }
            let start = Int(firstPosition[candidates[side / 2]])
            let outer = side % 2 == 0
                ? pmi(neighbour, symbols[start]) : pmi(symbols[start + length - 1], neighbour)
            if outer > inner[side] { bound[side] &+= c }
        }
        var result: [(id: Int, candidate: Candidate)] = []
        for (index, id) in candidates.enumerated() {
            let total = Double(counts[id])
            let left = log2(total) - sumCLogC[index * 2] / total
            let right = log2(total) - sumCLogC[index * 2 + 1] / total
            guard min(left, right) >= options.minBoundaryEntropy,
                  Double(max(bound[index * 2], bound[index * 2 + 1])) <= Self.maxBoundShare * total
            else { continue }
            result.append((id, Candidate(
                term: sample.string(at: Int(firstPosition[id]), length: length),
                count: Int(counts[id]), speechCount: Int(speeches[id]),
                cohesion: cohesion[index].all, wordCohesion: cohesion[index].words,
                leftEntropy: left, rightEntropy: right)))
        }
        return result
    }

    /// Above this share of occurrences whose edge character belongs with its outside neighbour (各|级工会,
    /// 各|项工作), the n-gram is a fragment of a larger word.
    private static let maxBoundShare = 0.5

    /// Two characters this tightly associated (PMI in bits) form a word, even if the first is a function
    /// character elsewhere (和谐, 中国, 就业).
    private static let wordBigramCohesion = 6.0

    /// No function character at either end and no governing verb in front; a word-forming function
    /// character may stand at the edge as half of a tightly bound word (和谐劳动关系, 中国式现代化).
    private func hasTermEdges(at start: Int, length: Int) -> Bool {
        let symbols = sample.symbols
        let first = symbols[start]
        let second = symbols[start + 1]
        let last = symbols[start + length - 1]
        let beforeLast = symbols[start + length - 2]
        if leadingDenied[Int(first)]
            && !(wordForming[Int(first)] && pmi(first, second) >= Self.wordBigramCohesion) {
            return false
        }
        if trailingDenied[Int(last)]
            && !(wordForming[Int(last)] && pmi(beforeLast, last) >= Self.wordBigramCohesion) {
            return false
        }
        let word = Int(boundaryWordLength[start])
        return word == 0 || word > length
    }

    /// Pointwise mutual information of two adjacent characters, in bits; −∞ when the pair was not
    /// counted (one of them is rare).
    private func pmi(_ first: Int32, _ second: Int32) -> Double {
        guard first >= 0, second >= 0, let local = bigrams.value(for: NGramHashTable.key(first, second)) else {
            return -.infinity
        }
        let id = bigramBase + Int(local)
        let total = Double(sample.symbols.count)
        return log2(Double(counts[id]) * total / (Double(counts[Int(first)]) * Double(counts[Int(second)])))
    }

    /// The weakest association between the two parts of the n-gram, over all split points (`all`), and
    /// over the splits that leave at least two characters on each side (`words`, for four characters or
    /// more): a very frequent single character (工 in this corpus) drags `all` down for 工匠精神, while
    /// `words` still tells a fixed expression (工匠|精神) from a free combination (工会|工作).
    private func cohesion(_ id: Int, length: Int) -> (all: Double, words: Double) {
        // prefixes[k] is the id of the first k characters, suffixes[k] of the last k.
        var prefixes = [Int](repeating: id, count: length + 1)
        var suffixes = prefixes
        var k = length - 1
        while k >= 1 {
            prefixes[k] = Int(prefix[prefixes[k + 1]])
            suffixes[k] = Int(suffix[suffixes[k + 1]])
            k -= 1
        }
        let total = Double(sample.symbols.count)
        let whole = Double(counts[id])
        var weakest = Double.infinity
        var weakestBetweenWords = Double.infinity
        for split in 1..<length {
            let left = Double(counts[prefixes[split]])
            let right = Double(counts[suffixes[length - split]])
            let value = log2(whole * total / (left * right))
            weakest = min(weakest, value)
            if split >= 2 && length - split >= 2 { weakestBetweenWords = min(weakestBetweenWords, value) }
        }
        return (weakest, length >= 4 ? weakestBetweenWords : weakest)
    }
}
