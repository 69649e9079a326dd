import PortalSupport

/// A text as the sequence of its sentences' content (ends at 。！？；… and their ASCII forms; line ends do not
/// count, so the same text wrapped or paragraphed differently gives the same sequence), for the exact
/// comparison of two candidates.
struct SentenceSequence: Sendable {
    /// Every content character, in order.
    private var content: [UInt32] = []
    /// Where each sentence starts in `content`; the last entry is `content.count`.
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// The sentences' hashes with their weights, sorted by hash, to compare two texts' sentences in any order.
    private var sorted: [(hash: UInt64, weight: Int32)] = []

    init(_ text: String) {
        var sentence = FNV()
        for scalar in text.unicodeScalars {
            if CJKCharacters.isWordCharacter(scalar.value) {
                content.append(scalar.value)
                sentence.add(scalar.value)
            } else if SentencePunctuation.endsSentenceOrClauseSeries(scalar), content.count > starts.last! {
                hashes.append(sentence.value)
                starts.append(content.count)
                sentence = FNV()
            }
        }
        if content.count > starts.last! {
            hashes.append(sentence.value)
            starts.append(content.count)
        }
        sorted = hashes.indices.map { (hashes[$0], Int32(starts[$0 + 1] - starts[$0])) }.sorted { $0.hash < $1.hash }
    }

    private var count: Int { hashes.count }
    private func weight(_ index: Int) -> Int { starts[index + 1] - starts[index] }

    /// Cells of the alignment table up to which sentences that differ are compared character by character.
    static let maximumCells = 16_000_000
    /// A gap between aligned sentences is compared character by character only when it is short on both
    /// sides (an edited sentence or two, not a moved paragraph)…
    static let maximumGapCharacters = 240
    /// …and its characters count only when this share of the longer side is common: an edited sentence keeps
    /// most of its characters, while two unrelated sentences of the same vocabulary share a third or so.
    static let minimumGapShare = 0.6

    /// How much of the two texts is the same, in the same order: twice the number of content characters of
    /// their longest common subsequence over their total (1 for equal texts, about 0.5 for texts of the same
    /// paragraphs shuffled). Whole sentences are aligned first; between two aligned sentences, the sentences
    /// that differ are compared character by character when they are short and mostly the same (an edited
    /// sentence), so a changed word costs that word, not its sentence.
    /// Below `NearDuplicateFinder.minimumSimilarity` the value is only a bound: 0 when the texts do not even
    /// share enough sentences in any order.
    func similarity(to other: SentenceSequence) -> Double {
        let total = content.count + other.content.count
        guard total > 0 else { return 1 }
        guard Self.reaches(sharedUpperBound(with: other), of: total) else { return 0 }
        // Whole sentences first, in two rows; the gaps are read only when they could decide or give the value.
        let sentences = sentenceWeightOnly(with: other)
        let rest = min(content.count, other.content.count) - sentences
        guard Self.reaches(sentences + rest, of: total), count * other.count <= Self.maximumCells else {
            return 2 * Double(sentences) / Double(total)
        }
        return 2 * Double(commonCharacters(with: other)) / Double(total)
    }

    /// Characters the texts can have in common at most: the sentences both have, in any order, plus the
    /// characters the other sentences have in common, in any order (counted only when the sentences leave
    /// the bound in doubt).
    private func sharedUpperBound(with other: SentenceSequence) -> Int {
        let shared = sharedSentences(with: other, listingOthers: false).weight
        let rest = min(content.count - shared, other.content.count - shared)
        guard rest > 0, Self.reaches(shared + rest, of: content.count + other.content.count) else { return shared + rest }
        let unmatched = sharedSentences(with: other, listingOthers: true)
        return shared + Self.commonCharacters(self, unmatched.mine, other, unmatched.theirs)
    }

    /// The weight of the sentences both texts have, in any order, and (when asked) the hashes of the others.
    private func sharedSentences(with other: SentenceSequence, listingOthers: Bool)
        -> (weight: Int, mine: [UInt64], theirs: [UInt64]) {
        var result: (weight: Int, mine: [UInt64], theirs: [UInt64]) = (0, [], [])
        var i = 0, j = 0
        while i < sorted.count || j < other.sorted.count {
            if j == other.sorted.count || (i < sorted.count && sorted[i].hash < other.sorted[j].hash) {
                if listingOthers { result.mine.append(sorted[i].hash) }
                i += 1
            } else if i == sorted.count || other.sorted[j].hash < sorted[i].hash {
                if listingOthers { result.theirs.append(other.sorted[j].hash) }
                j += 1
            } else {
                result.weight += Int(sorted[i].weight); i += 1; j += 1
            }
        }
        return result
    }

    /// Whether `common` characters of `total` (both texts together) reach the threshold.
    private static func reaches(_ common: Int, of total: Int) -> Bool {
        2 * Double(common) >= NearDuplicateFinder.minimumSimilarity * Double(total)
    }

    /// The characters two sets of sentences (by hash) can have in common, in any order: counted in 4,096
    /// buckets by character, so characters that share a bucket may count too; never fewer than the truth.
    private static func commonCharacters(_ mine: SentenceSequence, _ mineHashes: [UInt64],
                                         _ theirs: SentenceSequence, _ theirHashes: [UInt64]) -> Int {
        var buckets = [Int32](repeating: 0, count: 4096)
        let wanted = Set(mineHashes)
        for index in mine.hashes.indices where wanted.contains(mine.hashes[index]) {
            for character in mine.content[mine.starts[index]..<mine.starts[index + 1]] { buckets[Int(character & 4095)] += 1 }
        }
        var common = 0
        let theirWanted = Set(theirHashes)
        for index in theirs.hashes.indices where theirWanted.contains(theirs.hashes[index]) {
            for character in theirs.content[theirs.starts[index]..<theirs.starts[index + 1]] where buckets[Int(character & 4095)] > 0 {
                buckets[Int(character & 4095)] -= 1
                common += 1
            }
        }
        return common
    }

    /// The longest common subsequence: of sentences (weighted by their characters), then of characters in the
    /// gaps between aligned sentences.
    private func commonCharacters(with other: SentenceSequence) -> Int {
        let n = count, m = other.count
        let width = m + 1
        var table = [Int32](repeating: 0, count: (n + 1) * width)
        for i in 0..<n {
            let hash = hashes[i], weight = Int32(self.weight(i))
            for j in 0..<m {
                table[(i + 1) * width + j + 1] = hash == other.hashes[j]
                    ? table[i * width + j] + weight : max(table[i * width + j + 1], table[(i + 1) * width + j])
            }
        }
        // Walk back, comparing the gap before each aligned sentence character by character.
        var total = Int(table[n * width + m])
        var i = n, j = m, gapEndA = n, gapEndB = m
        while i > 0 && j > 0 {
            if hashes[i - 1] == other.hashes[j - 1], table[i * width + j] == table[(i - 1) * width + j - 1] + Int32(weight(i - 1)) {
                total += gapCharacters(i..<gapEndA, other, j..<gapEndB)
                i -= 1; j -= 1
                gapEndA = i; gapEndB = j
            } else if table[(i - 1) * width + j] >= table[i * width + j - 1] {
                i -= 1
            } else {
                j -= 1
            }
        }
        return total + gapCharacters(0..<gapEndA, other, 0..<gapEndB)
    }

    private func gapCharacters(_ mine: Range<Int>, _ other: SentenceSequence, _ theirs: Range<Int>) -> Int {
        guard !mine.isEmpty, !theirs.isEmpty else { return 0 }
        let a = content[starts[mine.lowerBound]..<starts[mine.upperBound]]
        let b = other.content[other.starts[theirs.lowerBound]..<other.starts[theirs.upperBound]]
        // Too long, or too different in length to be mostly the same.
        guard max(a.count, b.count) <= Self.maximumGapCharacters,
              Double(min(a.count, b.count)) >= Self.minimumGapShare * Double(max(a.count, b.count)) else { return 0 }
        var previous = [Int32](repeating: 0, count: b.count + 1), current = previous
        for x in a {
            for (k, y) in b.enumerated() {
                current[k + 1] = x == y ? previous[k] + 1 : max(previous[k + 1], current[k])
            }
            swap(&previous, &current)
        }
        let common = Int(previous[b.count])
        return Double(common) >= Self.minimumGapShare * Double(max(a.count, b.count)) ? common : 0
    }

    /// The weight of the heaviest common subsequence of whole sentences, in two rows.
    private func sentenceWeightOnly(with other: SentenceSequence) -> Int {
        var previous = [Int](repeating: 0, count: other.count + 1), current = previous
        for i in 0..<count {
            for j in 0..<other.count {
                current[j + 1] = hashes[i] == other.hashes[j] ? previous[j] + weight(i) : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[other.count]
    }
}
