/// Writes bits as base64url text (see `SearchCharBuffer`): posting lists travel inside JavaScript string
/// literals (the index must load from `file://` through `<script>` tags), and these 64 characters need no
/// escaping there. Callers know an upper bound of the number of bits in advance (from the Rice parameter
/// choice), so the room is reserved once and written through a pointer.
struct SearchBitWriter {
    private let output: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0
    /// Bits written so far.
    private(set) var bitCount = 0
    private var buffer: UInt64 = 0
    private var bufferedBits = 0

    /// A writer of at most `capacity` characters at `output`.
    init(output: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.output = output
        self.capacity = capacity
    }

    /// Appends to `buffer` the bits written by `body`, which writes at most `bits` bits.
    static func write(into buffer: SearchCharBuffer, bits: Int, _ body: (inout SearchBitWriter) -> Void) -> SearchBitSlice {
        let capacity = max(1, (bits + 5) / 6)
        var writer = SearchBitWriter(output: buffer.reserve(capacity), capacity: capacity)
        body(&writer)
        writer.finish()
        let slice = SearchBitSlice(start: buffer.count, characters: writer.count, bits: writer.bitCount)
        buffer.commit(writer.count)
        return slice
    }

    /// Appends the bits of `slice` in `buffer`.
    mutating func append(_ slice: SearchBitSlice, from buffer: SearchCharBuffer) {
        let characters = buffer.characters(slice)
        var remaining = slice.bits
        var index = 0
        // Five characters (30 bits) per write while they last.
        while remaining >= 30 {
            var value: UInt32 = 0
            for offset in 0..<5 { value = value << 6 | SearchCharBuffer.value(characters[index + offset]) }
            write(value, bits: 30)
            index += 5
            remaining -= 30
        }
        while remaining > 0 {
            let bits = min(6, remaining)
            write(SearchCharBuffer.value(characters[index]) >> UInt32(6 - bits), bits: bits)
            index += 1
            remaining -= bits
        }
    }

    /// The base64url character for a 6-bit value.
    @inline(__always)
    static func character(_ value: UInt64) -> UInt8 {
        switch value {
        case 0..<26: UInt8(65 + value)
        case 26..<52: UInt8(71 + value)
        case 52..<62: UInt8(value - 4)
        case 62: UInt8(ascii: "-")
        default: UInt8(ascii: "_")
        }
    }

    @inline(__always)
    private mutating func emit(_ value: UInt64) {
        // The bit count is computed exactly by the caller; the check only guards memory if it were not.
        guard count < capacity else { return }
        output[count] = Self.character(value)
        count &+= 1
    }

    /// Appends the low `bits` bits of `value` (at most 32).
    @inline(__always)
    mutating func write(_ value: UInt32, bits: Int) {
        buffer = buffer &<< UInt64(bits) | UInt64(value) & ((1 &<< UInt64(bits)) &- 1)
        bufferedBits &+= bits
        bitCount &+= bits
        // Fewer than 30 bits stay buffered, so the next write of up to 32 bits still fits in 64.
        if bufferedBits >= 30 { drain() }
    }

    @inline(__always)
    private mutating func drain() {
        while bufferedBits >= 6 {
            bufferedBits &-= 6
            emit((buffer &>> UInt64(bufferedBits)) & 0x3F)
        }
        buffer &= (1 &<< UInt64(bufferedBits)) &- 1
    }

    /// `quotient` one bits, then a zero bit.
    @inline(__always)
    mutating func writeUnary(_ quotient: Int) {
        var remaining = quotient
        while remaining >= 24 {
            write(0xFF_FFFF, bits: 24)
            remaining -= 24
        }
        write(UInt32((1 << remaining) - 1) << 1, bits: remaining + 1)
    }

    /// A Rice code: `value >> k` in unary, then the low `k` bits.
    @inline(__always)
    mutating func writeRice(_ value: UInt32, k: Int) {
        let quotient = Int(value &>> UInt32(k))
        if quotient &+ k < 31 {
            // Ones, a zero and the remainder in one write: the common case of a short code.
            let ones = ((1 &<< UInt32(quotient)) &- 1) &<< UInt32(k &+ 1)
            write(ones | value & ((1 &<< UInt32(k)) &- 1), bits: quotient &+ 1 &+ k)
        } else {
            writeUnary(quotient)
            write(value, bits: k)
        }
    }

    /// An Elias gamma code of `value` (at least 1): as many zeros as the value has bits after the first, then
    /// the value.
    mutating func writeGamma(_ value: UInt32) {
        let width = Self.gammaWidth(value)
        write(0, bits: width - 1)
        write(max(value, 1), bits: width)
    }

    /// Writes the last, partial character.
    mutating func finish() {
        drain()
        if bufferedBits > 0 { emit((buffer &<< UInt64(6 - bufferedBits)) & 0x3F) }
        bufferedBits = 0
    }

    /// The number of significant bits of `value` (at least 1).
    static func gammaWidth(_ value: UInt32) -> Int { 32 - max(value, 1).leadingZeroBitCount }
}
