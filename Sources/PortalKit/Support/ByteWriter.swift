/// Appends values in a compact binary form: LEB128 varints, zigzag for signed numbers, strings with
/// their length first. Read back by `ByteReader`.
struct ByteWriter {
    private(set) var bytes: [UInt8]

    init(_ prefix: [UInt8] = []) {
        bytes = prefix
    }

    mutating func uint64(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int64(_ value: Int64) {
        uint64(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func count(_ value: Int) {
        uint64(UInt64(max(0, value)))
    }

    mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// Eight bytes, little-endian: for a checksum that ends the data.
    mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }
}

/// Reads what `ByteWriter` wrote; every read returns nil rather than trap on short or malformed data.
struct ByteReader {
    private let bytes: [UInt8]
    private var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func uint64() -> UInt64? {
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

    mutating func int64() -> Int64? {
        guard let raw = uint64() else { return nil }
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    mutating func count() -> Int? {
        guard let raw = uint64(), raw <= UInt64(Int32.max) else { return nil }
        return Int(raw)
    }

    mutating func string() -> String? {
        guard let length = count(), length <= bytes.count - position else { return nil }
        defer { position += length }
        return String(validating: bytes[position..<position + length], as: UTF8.self)
    }
}
