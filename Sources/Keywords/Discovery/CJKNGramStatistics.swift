import Foundation

/// Corpus statistics over runs of Chinese characters: which strings are frequent, whole words at both ends
/// and cohesive, that is, look like terms rather than fragments or phrases.
///
/// Counting is level-wise (Apriori): an n-gram is counted only where its (n−1)-character prefix and
/// suffix are both frequent, and it is identified by the pair (prefix id, suffix id). One array of ids per
/// text position carries each level to the next, so a level is one pass over the sample with one hash
/// lookup per surviving position, and the counts of all substrings (for cohesion and the edge tests) are
/// reachable through the prefix and suffix links.
struct CJKNGramStatistics {
    /// A string that passed every test of the counting stage.
    struct Candidate: Sendable {
        var id: Int
        var term: String
        var count: Int
        var speechCount: Int
        /// Weakest association between two parts, in bits (see `cohesion(_:length:)`).
        var cohesion: Double
        /// Branching entropy of the neighbours on each side, in bits.
        var leftEntropy: Double
        var rightEntropy: Double
        /// The largest share of its uses that one character follows, a particle counted as a free boundary
        /// included: near 1, the string is not whole at its end (碳达峰碳中|和).
        var rightFixedShare: Double
    }

    let sample: CJKTextSample
    let options: KeywordDiscovery.Options
    // Per n-gram id; ids below the number of symbols are the single characters themselves.
    var counts: [Int32] = []
    var speeches: [Int32] = []
    var prefix: [Int32] = []
    var suffix: [Int32] = []
    var firstPosition: [Int32] = []
    /// Distinct neighbours on each side, counted up to `Options.freeWordVariety`, for ids of two to four
    /// characters (0 for the others): whether a string is a free word on that side.
    var leftVariety: [UInt8] = []
    var rightVariety: [UInt8] = []
    /// Whether the string passed every test (set level by level, so longer strings can ask about their parts).
    var isCandidate: [Bool] = []
    /// Per candidate id: its uses right after a governing word, when it has any (see `isVerbPhrase`).
    var governedUses: [Int: Int32] = [:]
    // Per symbol.
    var particle: [Bool] = []
    var wordForming: [Bool] = []
    var phraseCharacter: [Bool] = []
    var determiner: [Bool] = []
    /// A particle that makes a free boundary (see `neighbour(at:symbols:)`).
    var boundaryParticle: [Bool] = []
    let functionWords: FunctionWords
    // Per position.
    /// Length of the shortest governing word (`Options.boundaryWords`) starting here, 0 if none.
    var boundaryWordLength: [UInt8] = []
    /// Whether a governing word ends here: a string starting after it has a free left boundary.
    var endsWord: [Bool] = []
    /// Per symbol: its number among the boundary particles, −1 for other characters; and per particle and
    /// following (preceding) symbol, whether the two form a word (`bindParticlesToWords`).
    var particleIndex: [Int32] = []
    var particleBindsNext: [Bool] = []
    var particleBindsPrevious: [Bool] = []
    static let placeholderNeighbour = Int32.max

    /// What counting found: the candidates, shortest first, then in order of first occurrence, and where
    /// each occurs.
    struct Counted {
        var candidates: [Candidate] = []
        /// Per length: the positions where a candidate of that length starts, ascending, and which one.
        var positions: [Int: [Int32]] = [:]
        var indices: [Int: [Int32]] = [:]
    }

    /// The strings of `sample` that pass the counting stage's tests, with their occurrences.
    static func count(_ sample: CJKTextSample, options: KeywordDiscovery.Options) -> Counted {
        var statistics = CJKNGramStatistics(sample: sample, options: options)
        return statistics.run()
    }

    /// The longest string counted: occurrences are tallied with a bit per length.
    static let longestCounted = 32

    private init(sample: CJKTextSample, options: KeywordDiscovery.Options) {
        self.sample = sample
        self.options = options
        let characters = sample.scalars.map(Character.init)
        particle = characters.map { KeywordDiscovery.particles.contains($0) }
        wordForming = characters.map { KeywordDiscovery.wordFormingFunctionCharacters.contains($0) }
        phraseCharacter = characters.map { KeywordDiscovery.phraseCharacters.contains($0) }
        determiner = characters.map { KeywordDiscovery.determiners.contains($0) }
        boundaryParticle = characters.map { KeywordDiscovery.boundaryParticles.contains($0) }
        functionWords = FunctionWords(sample: sample)
        markNeighbours()
        bindParticlesToWords()
    }

    func isFrequent(_ id: Int) -> Bool {
        Int(counts[id]) >= options.minCount && Int(speeches[id]) >= options.minSpeeches
    }

    private mutating func run() -> Counted {
        let symbols = sample.symbols
        let positionCount = symbols.count
        let symbolCount = sample.scalars.count
        let maxLength = min(options.maxLength, Self.longestCounted)
        var counted = Counted()
        guard maxLength >= 2, positionCount >= 2 else { return counted }

        // Level 1: the characters themselves; their ids are the symbol ids.
        counts = [Int32](repeating: 0, count: symbolCount)
        speeches = counts
        prefix = [Int32](repeating: -1, count: symbolCount)
        suffix = prefix
        firstPosition = prefix
        leftVariety = [UInt8](repeating: 0, count: symbolCount)
        rightVariety = leftVariety
        isCandidate = [Bool](repeating: false, count: symbolCount)
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
        // Level by level: `previous` holds the ids of the level below at its positions (`starts`), ids that
        // begin at `previousFirstID`; the symbols are the ids of level 1. Whatever else it holds is below
        // `previousFirstID`, so neither array is ever cleared.
        var previous = symbols
        var previousFirstID: Int32 = 0
        var frequent = (0..<symbolCount).map { isFrequent($0) }
        var starts = (0..<positionCount).compactMap { position -> Int32? in
            symbols[position] >= 0 && frequent[Int(symbols[position])] ? Int32(truncatingIfNeeded: position) : nil
        }
        var current = [Int32](repeating: -1, count: positionCount)
        for length in 2...maxLength where !starts.isEmpty {
            let base = counts.count
            // Ids are Int32: stop rather than wrap on a gigantic sample.
            guard base + starts.count < Int(Int32.max) else { break }
            let level = starts.withUnsafeBufferPointer { starts in
                previous.withUnsafeBufferPointer { previous in
                    frequent.withUnsafeBufferPointer { frequent in
                        current.withUnsafeMutableBufferPointer { current in
                            sample.speechStarts.withUnsafeBufferPointer { speechStarts in
                                NGramLevel(
                                    counting: starts, previous: previous, previousFirstID: previousFirstID, frequent: frequent,
                                    into: current, speechStarts: speechStarts, firstID: Int32(truncatingIfNeeded: base))
                            }
                        }
                    }
                }
            }
            let tallies = UnsafeBufferPointer(start: level.tallies, count: level.count)
            counts += tallies.lazy.map(\.count)
            speeches += tallies.lazy.map(\.speeches)
            prefix += UnsafeBufferPointer(start: level.prefixes, count: level.count)
            suffix += UnsafeBufferPointer(start: level.suffixes, count: level.count)
            firstPosition += UnsafeBufferPointer(start: level.firstPositions, count: level.count)
            leftVariety += repeatElement(0, count: level.count)
            rightVariety += repeatElement(0, count: level.count)
            isCandidate += repeatElement(false, count: level.count)
            frequent = (base..<counts.count).map { isFrequent($0) }
            if length <= 4 {
                countVariety(length: length, positions: level.positions, idAt: current, firstID: base, frequent: frequent)
            }
            if length >= max(options.statisticalMinLength, options.minLength, 2) {
                let level = evaluate(length: length, ids: base..<counts.count, positions: level.positions, idAt: current)
                for (candidate, governed) in zip(level.candidates, level.governedUses) {
                    isCandidate[candidate.id] = true
                    if governed > 0 { governedUses[candidate.id] = governed }
                }
                let offset = Int32(counted.candidates.count)
                counted.positions[length] = level.positions
                counted.indices[length] = level.indices.map { $0 + offset }
                counted.candidates += level.candidates
            }
            swap(&previous, &current)
            previousFirstID = Int32(truncatingIfNeeded: base)
            starts = frequent.contains(true) ? level.positions : []
        }
        return counted
    }

    /// Distinct left and right neighbours of the frequent strings of one level (two to four characters),
    /// each side counted up to `freeWordVariety`; the end of a run is a new neighbour every time.
    private mutating func countVariety(length: Int, positions: [Int32], idAt: [Int32], firstID: Int, frequent: [Bool]) {
        let cap = UInt8(clamping: options.freeWordVariety)
        guard cap > 0 else { return }
        // Each side of a frequent string inserts at most `cap` neighbours.
        let seen = NGramHashTable(expectedCount: min(positions.count / 4, frequent.count(where: { $0 }) * 2 * Int(cap)))
        let symbols = sample.symbols
        for position32 in positions {
            let position = Int(position32)
            let id = Int(idAt[position])
            guard frequent[id &- firstID] else { continue }
            if leftVariety[id] < cap {
                let left = symbols[position - 1]
                if left < 0 || seen.findOrInsert(NGramHashTable.key(Int32(id) &* 2, left), newValue: 0).inserted {
                    leftVariety[id] &+= 1
                }
            }
            if rightVariety[id] < cap {
                let right = symbols[position + length]
                if right < 0 || seen.findOrInsert(NGramHashTable.key(Int32(id) &* 2 &+ 1, right), newValue: 0).inserted {
                    rightVariety[id] &+= 1
                }
            }
        }
    }
}
