/// Speech texts reduced to what n-gram statistics read: one symbol per Chinese character.
///
/// Every position holds a character's dense id, or −1 where a run of Chinese characters ends (punctuation,
/// Latin letters, digits, line ends, the end of a speech), so that no n-gram ever spans a boundary.
/// Redaction placeholders (X, x, *, ＊, ×) are −2: they end runs too, but they stand for hidden words, so
/// boundary statistics must not take them for punctuation.
struct CJKTextSample {
    static let boundary: Int32 = -1
    static let placeholder: Int32 = -2

    /// Symbol per position; position 0 and the last position are always −1.
    private(set) var symbols: [Int32] = [-1]
    /// Speech index per position, for counting in how many speeches an n-gram occurs.
    private(set) var speechOfPosition: [Int32] = [-1]
    /// The character behind each symbol id.
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var speechCount = 0
    /// Symbol id of each character that occurs.
    private(set) var symbolOfScalar: [Unicode.Scalar: Int32] = [:]

    init(texts: [String]) {
        // Ids are handed out in reading order, so the same texts always give the same ids.
        var bmpIDs = [Int32](repeating: -1, count: 0x10000)
        var astralIDs: [UInt32: Int32] = [:]
        for (speech, text) in texts.enumerated() {
            let speechID = Int32(truncatingIfNeeded: speech)
            var iterator = text.utf8.makeIterator()
            var decoder = UTF8()
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar):
                    let value = scalar.value
                    guard KeywordDiscovery.isHanScalar(value) else {
                        if KeywordDiscovery.isPlaceholderScalar(scalar) { appendPlaceholder() } else { appendBoundary() }
                        continue
                    }
                    var id = value < 0x10000 ? bmpIDs[Int(value)] : (astralIDs[value] ?? -1)
                    if id < 0 {
                        id = Int32(scalars.count)
                        scalars.append(scalar)
                        if value < 0x10000 { bmpIDs[Int(value)] = id } else { astralIDs[value] = id }
                    }
                    symbols.append(id)
                    speechOfPosition.append(speechID)
                case .error:
                    appendBoundary()
                case .emptyInput:
                    break decoding
                }
            }
            appendBoundary()
        }
        if symbols.last != Self.boundary { appendBoundary() }
        speechCount = texts.count
        for (id, scalar) in scalars.enumerated() { symbolOfScalar[scalar] = Int32(id) }
    }

    private mutating func appendBoundary() {
        if symbols.last != Self.boundary {
            symbols.append(Self.boundary)
            speechOfPosition.append(-1)
        }
    }

    private mutating func appendPlaceholder() {
        if symbols.last != Self.placeholder {
            symbols.append(Self.placeholder)
            speechOfPosition.append(-1)
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
