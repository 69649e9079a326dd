import PortalSupport

/// What near-duplicate search keeps of one text, about a kilobyte whatever its length: a hash of all its
/// content, its length, and two MinHash signatures that follow the order of the text in two ways.
///
/// Only content counts: letters, digits and CJK characters (`CJKCharacters.isWordCharacter`); white space,
/// punctuation and Markdown syntax (`##`, `\`, `**`) are left out, so a `.txt` and the Markdown made from it
/// compare as equal.
/// - `lineSignature`: of the pairs of consecutive lines (by their content, with a start and an end mark). A
///   paragraph inserted or changed breaks two pairs; the same paragraphs in another order share few pairs.
/// - `sentenceSignature`: of each sentence together with where it stands in the text (which tenth, on two
///   grids half a tenth apart). A short text with a sentence changed keeps most of them, whatever its lines;
///   a text whose paragraphs were moved keeps few.
struct TextFingerprint: Sendable {
    /// The hash of every content character in order.
    let contentHash: UInt64
    /// The number of content characters.
    let contentLength: Int
    let lineSignature: [UInt64]
    let sentenceSignature: [UInt64]

    init(_ text: String, hashes: SignatureHashes) {
        var content = FNV(), line = FNV(), sentence = FNV()
        var lineHasContent = false
        var length = 0, sentenceStart = 0
        var previousLine = Self.start
        var lines = [UInt64](repeating: .max, count: hashes.count)
        var sentences: [(hash: UInt64, middle: Int)] = []
        func endLine() {
            guard lineHasContent else { return }
            hashes.update(&lines, with: previousLine &* 0x9E37_79B9_7F4A_7C15 ^ line.value)
            previousLine = line.value
            line = FNV()
            lineHasContent = false
        }
        func endSentence() {
            guard length > sentenceStart else { return }
            sentences.append((sentence.value, (sentenceStart + length) / 2))
            sentence = FNV()
            sentenceStart = length
        }
        for scalar in text.unicodeScalars {
            if CJKCharacters.isWordCharacter(scalar.value) {
                content.add(scalar.value)
                line.add(scalar.value)
                sentence.add(scalar.value)
                lineHasContent = true
                length += 1
            } else if scalar == "\n" || scalar == "\r" {
                endLine()
            } else if SentencePunctuation.endsSentenceOrClauseSeries(scalar) {
                endSentence()
            }
        }
        endLine()
        endSentence()
        hashes.update(&lines, with: previousLine &* 0x9E37_79B9_7F4A_7C15 ^ Self.end)
        var placed = [UInt64](repeating: .max, count: hashes.count)
        for (hash, middle) in sentences {
            let tenths = 20 * middle / max(length, 1)
            hashes.update(&placed, with: hash ^ SignatureHashes.mix(UInt64(tenths / 2) | 0x100))
            hashes.update(&placed, with: hash ^ SignatureHashes.mix(UInt64((tenths + 1) / 2) | 0x200))
        }
        contentHash = content.value
        contentLength = length
        lineSignature = lines
        sentenceSignature = placed
    }

    private static let start: UInt64 = 0x5354_4152_5400_0001
    private static let end: UInt64 = 0x454E_4400_0000_0002

    /// The larger share of signature positions two fingerprints agree on, of the two signatures: an estimate
    /// of the Jaccard similarity of their shingle sets.
    func estimatedSimilarity(to other: TextFingerprint) -> Double {
        max(Self.agreement(lineSignature, other.lineSignature), Self.agreement(sentenceSignature, other.sentenceSignature))
    }

    private static func agreement(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var same = 0
        for index in a.indices where a[index] == b[index] { same += 1 }
        return Double(same) / Double(max(a.count, 1))
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
