import PortalSupport

/// Finds texts that are identical or nearly identical to another, cheaply enough for 10,000 speeches and more.
///
/// 1. Every text gets a `TextFingerprint` (in parallel): its content hash and two MinHash signatures that
///    follow its order (pairs of consecutive lines; sentences with their place in the text).
/// 2. Texts with the same content hash are identical (white space, punctuation and Markdown aside).
/// 3. Locality-sensitive hashing: each signature is cut into `bands` bands of `rowsPerBand` values; texts
///    that agree on a whole band of either are candidates (likely when their shingle sets are at least half
///    the same).
/// 4. Each candidate pair is verified on the texts themselves: the share of their content that they have in
///    common *in the same order* (`SentenceSequence`: sentences aligned, then the sentences between compared
///    character by character) must reach `minimumSimilarity`. Texts made of the same paragraphs in another
///    order are not near-duplicates.
///
/// Each text is reported once, against the first text (in input order) it duplicates.
public enum NearDuplicateFinder {
    /// The share of two texts' content that must be the same, in the same order, for them to be reported.
    public static let minimumSimilarity = 0.95
    static let bands = 16
    static let rowsPerBand = 4
    static var signatureLength: Int { bands * rowsPerBand }
    /// Texts shorter than this (in content characters) are not compared: a greeting or a stub is not a speech.
    static let minimumLength = 50
    /// Members of one bucket compared with each other at most; a larger bucket is compared against its first
    /// members only, so a thousand copies of one text cost a thousand comparisons, not half a million.
    static let maximumBucketPairs = 16
    /// Candidates whose signatures agree on less than this share are not verified: the near-duplicates of
    /// make-corpus.py's speeches and of edited copies agree on 0.3 or more of at least one signature (measured: see the README).
    static let minimumEstimate = 0.3

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
        // Cheap first: an estimate far below what a near-duplicate gives is not worth reading the texts.
        let candidates = candidatePairs(representatives, fingerprints).filter {
            fingerprints[$0.0].estimatedSimilarity(to: fingerprints[$0.1]) >= minimumEstimate
        }
        let involved = Array(Set(candidates.flatMap { [$0.0, $0.1] })).sorted()
        let made = involved.parallelMap { SentenceSequence(texts[$0]) }
        let sequences = Dictionary(uniqueKeysWithValues: zip(involved, made))
        let similarities = candidates.parallelMap { sequences[$0.0]!.similarity(to: sequences[$0.1]!) }
        for ((first, second), similarity) in zip(candidates, similarities)
        where matched[second] == nil && similarity >= minimumSimilarity {
            matched[second] = Match(index: second, original: first, similarity: similarity)
        }
        return matched.values.sorted { $0.index < $1.index }
    }

    /// Pairs (earlier, later) of texts that agree on a whole band of their signatures, sorted.
    private static func candidatePairs(_ indices: [Int], _ fingerprints: [TextFingerprint]) -> [(Int, Int)] {
        var buckets: [UInt64: [Int]] = [:]
        for index in indices {
            let signatures = [fingerprints[index].lineSignature, fingerprints[index].sentenceSignature]
            for (kind, signature) in signatures.enumerated() {
                for band in 0..<bands {
                    var key = FNV()
                    key.add(UInt32(kind * bands + band))
                    for row in 0..<rowsPerBand {
                        let value = signature[band * rowsPerBand + row]
                        key.add(UInt32(truncatingIfNeeded: value))
                        key.add(UInt32(truncatingIfNeeded: value >> 32))
                    }
                    buckets[key.value, default: []].append(index)
                }
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

extension NearDuplicateFinder {
    /// The share of two texts' content that is the same, in the same order, as `find` verifies it (a bound
    /// below `minimumSimilarity`): for benchmarks and tests.
    public static func similarity(_ first: String, _ second: String) -> Double {
        SentenceSequence(first).similarity(to: SentenceSequence(second))
    }
}
