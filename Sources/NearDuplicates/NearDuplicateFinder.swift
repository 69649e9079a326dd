import PortalSupport

/// Finds texts that are identical or nearly identical to another, cheaply enough for 10,000 speeches and more.
///
/// 1. Every text gets a `TextFingerprint` (in parallel): its content hash and a MinHash signature of the
///    pairs of consecutive lines.
/// 2. Texts with the same content hash are identical (white space, punctuation and Markdown aside).
/// 3. Locality-sensitive hashing: the signature is cut into `bands` bands of `rowsPerBand` values; texts that
///    agree on a whole band are candidates (likely when their shingle sets are at least half the same).
/// 4. Each candidate pair is verified on the texts themselves: the share of their sentences (by content
///    length) that they have in common *in the same order* (`SentenceSequence`) must reach
///    `minimumSimilarity`. Texts made of the same paragraphs in another order are not near-duplicates.
///
/// Each text is reported once, against the first text (in input order) it duplicates.
public enum NearDuplicateFinder {
    /// The share of two texts' content that must be the same, in the same order, for them to be reported.
    public static let minimumSimilarity = 0.9
    static let bands = 16
    static let rowsPerBand = 4
    static var signatureLength: Int { bands * rowsPerBand }
    /// Texts shorter than this (in content characters) are not compared: a greeting or a stub is not a speech.
    static let minimumLength = 50
    /// Members of one bucket compared with each other at most; a larger bucket is compared against its first
    /// members only, so a thousand copies of one text cost a thousand comparisons, not half a million.
    static let maximumBucketPairs = 16

    /// A text that is identical or nearly identical to an earlier one.
    public struct Match: Sendable, Equatable {
        /// The index of the text.
        public let index: Int
        /// The index of the earlier text it duplicates.
        public let original: Int
        /// The share of their content that is the same, in the same order, from 0.9 to 1; exactly 1 when the
        /// content is identical.
        public let similarity: Double
    }

    /// The texts of `texts` that duplicate an earlier one, in input order.
    public static func find(_ texts: [String]) -> [Match] {
        let hashes = SignatureHashes(count: signatureLength)
        let fingerprints = texts.parallelMap { TextFingerprint($0, hashes: hashes) }
        var matched: [Int: Match] = [:]
        var firstByContent: [UInt64: Int] = [:]
        var representatives: [Int] = []
        for (index, fingerprint) in fingerprints.enumerated() where fingerprint.contentLength >= minimumLength {
            if let original = firstByContent[fingerprint.contentHash] {
                matched[index] = Match(index: index, original: original, similarity: 1)
            } else {
                firstByContent[fingerprint.contentHash] = index
                representatives.append(index)
            }
        }
        var sentences: [Int: SentenceSequence] = [:]
        func sequence(_ index: Int) -> SentenceSequence {
            if let known = sentences[index] { return known }
            let made = SentenceSequence(texts[index])
            sentences[index] = made
            return made
        }
        for (first, second) in candidatePairs(representatives, fingerprints) where matched[second] == nil {
            // Cheap first: an estimate far below what a near-duplicate gives is not worth reading the texts.
            guard fingerprints[first].estimatedSimilarity(to: fingerprints[second]) >= 0.2 else { continue }
            let similarity = sequence(first).similarity(to: sequence(second))
            if similarity >= minimumSimilarity {
                matched[second] = Match(index: second, original: first, similarity: similarity)
            }
        }
        return matched.values.sorted { $0.index < $1.index }
    }

    /// Pairs (earlier, later) of texts that agree on a whole band of their signatures, sorted.
    private static func candidatePairs(_ indices: [Int], _ fingerprints: [TextFingerprint]) -> [(Int, Int)] {
        var buckets: [UInt64: [Int]] = [:]
        for index in indices {
            let signature = fingerprints[index].signature
            for band in 0..<bands {
                var key = FNV()
                key.add(UInt32(band))
                for row in 0..<rowsPerBand {
                    let value = signature[band * rowsPerBand + row]
                    key.add(UInt32(truncatingIfNeeded: value))
                    key.add(UInt32(truncatingIfNeeded: value >> 32))
                }
                buckets[key.value, default: []].append(index)
            }
        }
        var pairs: Set<Pair> = []
        for members in buckets.values where members.count > 1 {
            for (position, later) in members.enumerated().dropFirst() {
                for earlier in members[..<min(position, maximumBucketPairs)] {
                    pairs.insert(Pair(first: earlier, second: later))
                }
            }
        }
        return pairs.sorted { ($0.second, $0.first) < ($1.second, $1.first) }.map { ($0.first, $0.second) }
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
    }
}
