import PortalSupport

/// Speech texts reduced to what n-gram statistics read: one symbol per Chinese character.
///
/// Every position holds a character's dense id, or −1 where a run of Chinese characters ends (punctuation,
/// Latin letters, digits, line ends, the end of a speech), so that no n-gram ever spans a boundary.
/// Redaction placeholders (X, x, *, ＊, ×) are −2: they end runs too, but they stand for hidden words, so
/// boundary statistics must not take them for punctuation.
struct CJKTextSample {
    static let boundary: Int32 = -1
    static let placeholder: Int32 = -2
    /// Positions are Int32 further on; text beyond this many characters is not read (the default sample
    /// is two million).
    static let maxPositions = 1 << 28

    /// Symbol per position; the first and the last position are always −1.
    let symbols: [Int32]
    /// Speech index per position (−1 on separators), for counting in how many speeches an n-gram occurs.
    let speechOfPosition: [Int32]
    /// The character behind each symbol id.
    let scalars: [Unicode.Scalar]
    let speechCount: Int
    /// Symbol id of each character that occurs.
    let symbolOfScalar: [Unicode.Scalar: Int32]

    init(texts: [String]) {
        // Ids are handed out in reading order, so the same texts always give the same ids.
        var bmpIDs = [Int32](repeating: -1, count: 0x10000)
        var astralIDs: [UInt32: Int32] = [:]
        var symbols: [Int32] = [Self.boundary]
        var speechOf: [Int32] = [-1]
        var scalars: [Unicode.Scalar] = []
        let expected = texts.reduce(0) { $0 + $1.utf8.count } / 3 + texts.count + 2
        symbols.reserveCapacity(expected)
        speechOf.reserveCapacity(expected)
        for (speech, text) in texts.enumerated() where symbols.count < Self.maxPositions {
            let speechID = Int32(truncatingIfNeeded: speech)
            Self.forEachScalar(in: text) { value in
                guard symbols.count < Self.maxPositions else { return }
                guard CJKCharacters.isIdeograph(value) else {
                    // A run of separators takes one position.
                    let mark = Unicode.Scalar(value).map(KeywordDiscovery.isPlaceholderScalar) == true
                        ? Self.placeholder : Self.boundary
                    if symbols.last != mark {
                        symbols.append(mark)
                        speechOf.append(-1)
                    }
                    return
                }
                var id = value < 0x10000 ? bmpIDs[Int(value)] : (astralIDs[value] ?? -1)
                if id < 0 {
                    guard let scalar = Unicode.Scalar(value) else { return }
                    id = Int32(truncatingIfNeeded: scalars.count)
                    scalars.append(scalar)
                    if value < 0x10000 { bmpIDs[Int(value)] = id } else { astralIDs[value] = id }
                }
                symbols.append(id)
                speechOf.append(speechID)
            }
            if symbols.last != Self.boundary {
                symbols.append(Self.boundary)
                speechOf.append(-1)
            }
        }
        var symbolOfScalar: [Unicode.Scalar: Int32] = [:]
        for (id, scalar) in scalars.enumerated() { symbolOfScalar[scalar] = Int32(truncatingIfNeeded: id) }
        self.symbols = symbols
        self.speechOfPosition = speechOf
        self.scalars = scalars
        self.speechCount = texts.count
        self.symbolOfScalar = symbolOfScalar
    }

    /// Calls `body` with each scalar value of `text`, decoding its UTF-8 directly (a String's UTF-8 is
    /// valid; a truncated sequence is reported as U+FFFD rather than trusted).
    private static func forEachScalar(in text: String, _ body: (UInt32) -> Void) {
        func decode(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    body(lead)
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                guard length > 1, index + length <= count else {
                    body(0xFFFD)
                    index += 1
                    continue
                }
                var value = lead & (0xFF >> UInt32(length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                body(value)
                index += length
            }
        }
        if text.utf8.withContiguousStorageIfAvailable(decode) == nil {
            Array(text.utf8).withUnsafeBufferPointer(decode)
        }
    }

    /// The text of `length` symbols starting at `position`.
    func string(at position: Int, length: Int) -> String {
        var result = String.UnicodeScalarView()
        for index in position..<(position + length) where index < symbols.count && symbols[index] >= 0 {
            result.append(scalars[Int(symbols[index])])
        }
        return String(result)
    }
}
