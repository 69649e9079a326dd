import PortalSupport

/// A text as the sequence of its sentences' content (ends at 。！？；… and their ASCII forms; line ends do not
/// count, so the same text wrapped or paragraphed differently gives the same sequence), each a hash and a
/// weight (its content characters), for the exact comparison of two candidates.
struct SentenceSequence: Sendable {
    private(set) var hashes: [UInt64] = []
    private(set) var weights: [Int32] = []
    private(set) var total = 0

    init(_ text: String) {
        var sentence = FNV()
        var weight: Int32 = 0
        for scalar in text.unicodeScalars {
            if CJKCharacters.isWordCharacter(scalar.value) {
                sentence.add(scalar.value)
                weight += 1
            } else if SentencePunctuation.endsSentenceOrClauseSeries(scalar), weight > 0 {
                append(sentence.value, weight)
                sentence = FNV()
                weight = 0
            }
        }
        if weight > 0 { append(sentence.value, weight) }
    }

    private mutating func append(_ hash: UInt64, _ weight: Int32) {
        hashes.append(hash)
        weights.append(weight)
        total += Int(weight)
    }

    /// How much of the two texts is the same, in the same order: twice the weight of their longest common
    /// subsequence of sentences over their total weight (1 for equal texts, about 0.5 for texts of the same
    /// paragraphs shuffled).
    func similarity(to other: SentenceSequence) -> Double {
        let sum = total + other.total
        guard sum > 0 else { return 1 }
        // The weight both share regardless of order bounds the ordered weight: most pairs stop here.
        guard 2 * Double(sharedWeight(with: other)) / Double(sum) >= NearDuplicateFinder.minimumSimilarity else { return 0 }
        return 2 * Double(commonSubsequenceWeight(with: other)) / Double(sum)
    }

    private func sharedWeight(with other: SentenceSequence) -> Int {
        var counts: [UInt64: Int] = [:]
        for hash in hashes { counts[hash, default: 0] += 1 }
        var shared = 0
        for (hash, weight) in zip(other.hashes, other.weights) where counts[hash, default: 0] > 0 {
            counts[hash]! -= 1
            shared += Int(weight)
        }
        return shared
    }

    /// The weight of the heaviest common subsequence: dynamic programming over two rows.
    private func commonSubsequenceWeight(with other: SentenceSequence) -> Int {
        var previous = [Int](repeating: 0, count: other.hashes.count + 1)
        var current = previous
        for i in hashes.indices {
            let hash = hashes[i], weight = Int(weights[i])
            for j in other.hashes.indices {
                current[j + 1] = hash == other.hashes[j] ? previous[j] + weight : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[other.hashes.count]
    }
}
