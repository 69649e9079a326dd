import PortalSupport

/// Speech texts reduced to what n-gram statistics read: one symbol per Chinese character.
///
/// Every position holds a character's dense id, or −1 where a run of Chinese characters ends (punctuation,
/// Latin letters, digits, line ends, the end of a speech), so that no n-gram ever spans a boundary.
/// Redaction placeholders (X, x, *, ＊, ×) are −2: they end runs too, but they stand for hidden words, so
/// boundary statistics must not take them for punctuation.
///
/// Each speech is also cut into **blocks**: consecutive paragraphs, a block closed at the first line end after
/// `blockCharacters` Chinese characters. Blocks are the units over which spread is measured (a word spread
/// over them like a function word names no topic); there are hundreds even in five speeches.
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
    /// Per speech, the position its text starts at (ascending): the speech of a position without reading
    /// `speechOfPosition`, for scans in text order.
    let speechStarts: [Int32]
    /// The character behind each symbol id.
    let scalars: [Unicode.Scalar]
    let speechCount: Int
    /// Symbol id of each character that occurs.
    let symbolOfScalar: [Unicode.Scalar: Int32]
    /// Block per position (−1 on separators).
    let blockOfPosition: [Int32]
    /// Chinese characters per block.
    let blockLengths: [Int32]
    /// The characters of every block together (the sum of `blockLengths`).
    let blockCharacterCount: Int
    /// Per speech, the UTF-8 offset in its text where each of its blocks starts, and its first block's id.
    let blockStarts: [[Int]]
    let firstBlock: [Int]
    /// Separator positions that are a lone enumeration comma between the two runs of a two-item list
    /// (资源节约型、环境友好型社会; not the commas of 劳模精神、劳动精神、工匠精神).
    let pairComma: [Bool]

    init(texts: [String], blockCharacters: Int = 400) {
        // Ids are handed out in reading order, so the same texts always give the same ids.
        var bmpIDs = [Int32](repeating: -1, count: 0x10000)
        var astralIDs: [UInt32: Int32] = [:]
        var blockLengths: [Int32] = []
        var blockStarts: [[Int]] = []
        var firstBlock: [Int] = []
        var speechStarts: [Int32] = []
        var scalars: [Unicode.Scalar] = []
        // A position per scalar at most, and one per text for its end.
        var columns = Columns(capacity: min(texts.reduce(2) { $0 + $1.utf8.count + 1 }, Self.maxPositions + 2))
        columns.append(Self.boundary, loneComma: false, speech: -1, block: -1)
        for (speech, text) in texts.enumerated() {
            let speechID = Int32(truncatingIfNeeded: speech)
            speechStarts.append(Int32(truncatingIfNeeded: columns.count))
            firstBlock.append(blockLengths.count)
            var starts = [0]
            blockLengths.append(0)
            Self.forEachScalar(in: text) { value, offset in
                guard columns.count < Self.maxPositions else { return }
                guard CJKCharacters.isIdeograph(value) else {
                    if value == 0x0A, blockLengths[blockLengths.count - 1] >= blockCharacters {
                        starts.append(offset + 1)
                        blockLengths.append(0)
                    }
                    // A run of separators takes one position.
                    let mark = Unicode.Scalar(value).map(KeywordDiscovery.isPlaceholderScalar) == true
                        ? Self.placeholder : Self.boundary
                    if columns.last != mark {
                        columns.append(mark, loneComma: value == 0x3001, speech: -1, block: -1)
                    } else {
                        columns.clearLastComma()
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
                columns.append(id, loneComma: false, speech: speechID, block: Int32(truncatingIfNeeded: blockLengths.count - 1))
                blockLengths[blockLengths.count - 1] += 1
            }
            if columns.last != Self.boundary {
                columns.append(Self.boundary, loneComma: false, speech: -1, block: -1)
            } else {
                columns.clearLastComma()
            }
            blockStarts.append(starts)
        }
        var symbolOfScalar: [Unicode.Scalar: Int32] = [:]
        for (id, scalar) in scalars.enumerated() { symbolOfScalar[scalar] = Int32(truncatingIfNeeded: id) }
        // Each column freed as soon as it is copied, so that the copies add one column at a time.
        symbols = columns.take(columns.symbols)
        speechOfPosition = columns.take(columns.speechOf)
        blockOfPosition = columns.take(columns.blockOf)
        self.speechStarts = speechStarts
        self.scalars = scalars
        self.speechCount = texts.count
        self.symbolOfScalar = symbolOfScalar
        self.blockLengths = blockLengths
        blockCharacterCount = blockLengths.reduce(0) { $0 + Int($1) }
        self.blockStarts = blockStarts
        self.firstBlock = firstBlock
        pairComma = Self.pairCommas(
            symbols: symbols, loneComma: UnsafeBufferPointer(start: columns.loneComma, count: columns.count))
        columns.loneComma.deallocate()
    }

    /// The per-position columns while they are read, in memory sized for the most positions the texts can
    /// give (about three times what Chinese text uses, but memory never written costs nothing): appending is a
    /// store, where arrays would check their size and uniqueness millions of times.
    private struct Columns {
        private(set) var count = 0
        let symbols: UnsafeMutablePointer<Int32>
        let speechOf: UnsafeMutablePointer<Int32>
        let blockOf: UnsafeMutablePointer<Int32>
        /// Whether the separator there is one enumeration comma (、) alone.
        let loneComma: UnsafeMutablePointer<Bool>

        init(capacity: Int) {
            symbols = .allocate(capacity: capacity)
            speechOf = .allocate(capacity: capacity)
            blockOf = .allocate(capacity: capacity)
            loneComma = .allocate(capacity: capacity)
        }

        var last: Int32 { symbols[count - 1] }

        @inline(__always)
        mutating func append(_ symbol: Int32, loneComma lone: Bool, speech: Int32, block: Int32) {
            symbols[count] = symbol
            loneComma[count] = lone
            speechOf[count] = speech
            blockOf[count] = block
            count += 1
        }

        func clearLastComma() {
            loneComma[count - 1] = false
        }

        /// The column as an array; its memory is freed.
        func take(_ column: UnsafeMutablePointer<Int32>) -> [Int32] {
            defer { column.deallocate() }
            return Array(UnsafeBufferPointer(start: column, count: count))
        }
    }

    /// The lone commas whose neighbouring runs are bounded by something else than another lone comma.
    private static func pairCommas(symbols: [Int32], loneComma: UnsafeBufferPointer<Bool>) -> [Bool] {
        var pair = [Bool](repeating: false, count: symbols.count)
        var previous = -1
        var current = -1
        for position in symbols.indices where symbols[position] < 0 {
            // `current` is a comma between runs ending at `position`: check both neighbouring separators.
            if current > 0, loneComma[current], current - previous > 1, position - current > 1,
               !(previous >= 0 && loneComma[previous]), !loneComma[position] {
                pair[current] = true
            }
            previous = current
            current = position
        }
        return pair
    }

    /// The block holding UTF-8 offset `offset` of speech `speech`'s text.
    func block(ofSpeech speech: Int, offset: Int) -> Int {
        let starts = blockStarts[speech]
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return firstBlock[speech] + low
    }

    /// Calls `body` with each scalar value of `text` and its UTF-8 offset, decoding the UTF-8 directly (a
    /// String's UTF-8 is valid; a truncated sequence is reported as U+FFFD rather than trusted).
    private static func forEachScalar(in text: String, _ body: (UInt32, Int) -> Void) {
        func decode(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    body(lead, index)
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                guard length > 1, index + length <= count else {
                    body(0xFFFD, index)
                    index += 1
                    continue
                }
                var value = lead & (0xFF >> UInt32(length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                body(value, index)
                index += length
            }
        }
        text.withUTF8Bytes(decode)
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
