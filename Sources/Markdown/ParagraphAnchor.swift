import PortalSupport

/// The ids of a speech's paragraphs, which search results, keyword pages, compilations and readers' citations
/// link to: `p-` and six characters of a hash of the paragraph's own words (`p-k3x9q2`).
///
/// An id depends on nothing but its paragraph, so inserting, removing, moving or editing one paragraph changes
/// that paragraph's id only, and links to the others keep landing on their passage. The words are normalised
/// first: only letters and digits count (full-width ones as ASCII, A–Z as a–z), so a fixed comma, a new line
/// break or bold type keeps the id. Paragraphs with the same words (or, rarely, the same hash) share a base;
/// the first on the page gets it and the later ones `-2`, `-3`, … in order (`AnchorAllocator`).
///
/// Before, paragraphs were numbered `p1`, `p2`, … by position. A speech page answers such an old link with
/// the paragraph now at that position (its script; see `legacyNumber`), and `portalgen check` accepts it.
public enum ParagraphAnchor {
    /// Characters of the hash in an id: 30 bits, so two different paragraphs of a 500-paragraph speech share
    /// a base about once in 10,000 speeches (and then still get different ids).
    static let hashLength = 6
    /// Crockford's base 32 in lower case: no i, l, o or u, which are easily misread when an address is copied.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// The base id of a paragraph with this text, before telling equal paragraphs apart.
    public static func base(forText text: String) -> String {
        var hasher = StableHasher()
        normalisedUTF8(text).withUnsafeBytes { hasher.combine(bytes: $0) }
        var value = hasher.finalize()
        var id: [UInt8] = Array("p-".utf8)
        for _ in 0..<hashLength {
            id.append(alphabet[Int(value & 31)])
            value >>= 5
        }
        return String(decoding: id, as: UTF8.self)
    }

    /// The words an id is made from, in UTF-8: the text's letters and digits, full-width forms as ASCII, A–Z
    /// as a–z. A paragraph without any (`……`, `※ ※ ※`) keeps its other characters but white space.
    static func normalisedUTF8(_ text: String) -> [UInt8] {
        var words: [UInt8] = []
        var others: [UInt8] = []
        words.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            guard let folded = Unicode.Scalar(value) else { continue }
            if CJKCharacters.isWordCharacter(value) {
                words.append(contentsOf: folded.utf8)
            } else if words.isEmpty, !folded.properties.isWhitespace {
                others.append(contentsOf: folded.utf8)
            }
        }
        return words.isEmpty ? others : words
    }

    /// Whether `id` is a paragraph's (`p-k3x9q2`, `p-k3x9q2-2`): headings never get such an id.
    public static func isParagraphAnchor(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        let baseLength = 2 + hashLength
        guard bytes.count >= baseLength, bytes[0] == UInt8(ascii: "p"), bytes[1] == UInt8(ascii: "-"),
              bytes[2..<baseLength].allSatisfy(alphabet.contains)
        else { return false }
        if bytes.count == baseLength { return true }
        let suffix = bytes[(baseLength + 1)...]
        return bytes[baseLength] == UInt8(ascii: "-") && !suffix.isEmpty && suffix.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// The position an old-style id names (`p12` → 12), or nil for any other id.
    public static func legacyNumber(_ id: String) -> Int? {
        guard id.first == "p", id.count > 1, id.count < 8, id.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(id.dropFirst()), number > 0
        else { return nil }
        return number
    }
}
