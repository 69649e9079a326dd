/// Reads what `ByteWriter` wrote; every read returns nil rather than trap on short or malformed data.
package struct ByteReader {
    private let bytes: [UInt8]
    private var position: Int

    package init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { position == bytes.count }

    /// A LEB128 varint.
    package mutating func uint64() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// A zigzag-encoded signed varint.
    package mutating func int64() -> Int64? {
        guard let raw = uint64() else { return nil }
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A count or size: a varint no larger than `Int32.max`.
    package mutating func count() -> Int? {
        guard let raw = uint64(), raw <= UInt64(Int32.max) else { return nil }
        return Int(raw)
    }

    /// A UTF-8 string after its length; nil when it is not valid UTF-8.
    package mutating func string() -> String? {
        guard let length = count(), length <= bytes.count - position else { return nil }
        defer { position += length }
        return String(validating: bytes[position..<position + length], as: UTF8.self)
    }
}
