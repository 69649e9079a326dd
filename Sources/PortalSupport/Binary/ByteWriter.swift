/// Appends values in a compact binary form: LEB128 varints, zigzag for signed numbers, strings with
/// their length first. Read back by `ByteReader`.
package struct ByteWriter {
    /// What has been written.
    package private(set) var bytes: [UInt8]

    package init(_ prefix: [UInt8] = []) {
        bytes = prefix
    }

    /// A LEB128 varint: seven bits a byte, the high bit set on all but the last.
    package mutating func uint64(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A signed number, zigzag-encoded so small negative numbers stay short.
    package mutating func int64(_ value: Int64) {
        uint64(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// A count or size (never negative).
    package mutating func count(_ value: Int) {
        uint64(UInt64(max(0, value)))
    }

    /// A string as its UTF-8 length, then its bytes.
    package mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// Eight bytes, little-endian: for a checksum that ends the data.
    package mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }
}
