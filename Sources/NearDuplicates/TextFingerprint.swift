import PortalSupport

/// What near-duplicate search keeps of one text, a few hundred bytes whatever its length: a hash of all its
/// content, its length, and a MinHash signature of the pairs of consecutive lines.
///
/// Only content counts: letters, digits and CJK characters (`CJKCharacters.isWordCharacter`); white space,
/// punctuation and Markdown syntax (`##`, `\`, `**`) are left out, so a `.txt` and the Markdown made from it
/// compare as equal. A line's hash is the hash of its content; the shingles are the pairs of consecutive
/// lines that have content (with a start and an end mark), so the signature follows the order of the
/// paragraphs: two texts made of the same paragraphs in another order share few shingles.
struct TextFingerprint: Sendable {
    /// The hash of every content character in order.
    let contentHash: UInt64
    /// The number of content characters.
    let contentLength: Int
    /// The smallest value of each of `NearDuplicateFinder.signatureLength` hash functions over the shingles.
    let signature: [UInt64]

    init(_ text: String, hashes: SignatureHashes) {
        var content = FNV()
        var line = FNV()
        var lineHasContent = false
        var length = 0
        var previous = Self.start
        var minimums = [UInt64](repeating: .max, count: hashes.count)
        func shingle(_ next: UInt64) {
            hashes.update(&minimums, with: previous &* 0x9E37_79B9_7F4A_7C15 ^ next)
            previous = next
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if lineHasContent { shingle(line.value) }
                line = FNV()
                lineHasContent = false
            } else if CJKCharacters.isWordCharacter(scalar.value) {
                content.add(scalar.value)
                line.add(scalar.value)
                lineHasContent = true
                length += 1
            }
        }
        if lineHasContent { shingle(line.value) }
        shingle(Self.end)
        contentHash = content.value
        contentLength = length
        signature = minimums
    }

    private static let start: UInt64 = 0x5354_4152_5400_0001
    private static let end: UInt64 = 0x454E_4400_0000_0002

    /// The share of signature positions two fingerprints agree on: an estimate of the Jaccard similarity of
    /// their shingle sets.
    func estimatedSimilarity(to other: TextFingerprint) -> Double {
        var same = 0
        for index in signature.indices where signature[index] == other.signature[index] { same += 1 }
        return Double(same) / Double(max(signature.count, 1))
    }
}

/// The hash functions of a MinHash signature: `h_i(x) = mix(x ^ seed_i)`, with fixed seeds so results never
/// depend on the run.
struct SignatureHashes: Sendable {
    private let seeds: [UInt64]

    init(count: Int) {
        var state: UInt64 = 0x1405_2026
        seeds = (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            return SignatureHashes.mix(state)
        }
    }

    var count: Int { seeds.count }

    func update(_ minimums: inout [UInt64], with shingle: UInt64) {
        for index in seeds.indices {
            let value = Self.mix(shingle ^ seeds[index])
            if value < minimums[index] { minimums[index] = value }
        }
    }

    /// SplitMix64's finaliser: every bit of the input affects every bit of the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// 64-bit FNV-1a over Unicode scalar values.
struct FNV {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ scalar: UInt32) {
        value = (value ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
    }
}
