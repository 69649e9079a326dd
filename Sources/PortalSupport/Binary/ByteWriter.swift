/// Appends values in a compact binary form: LEB128 varints, zigzag for signed numbers, strings with
/// their length first. Read back by `ByteReader`.
package struct ByteWriter {
    package private(set) var bytes: [UInt8]

    package init(_ prefix: [UInt8] = []) {
        bytes = prefix
    }

    package mutating func uint64(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func int64(_ value: Int64) {
        uint64(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    package mutating func count(_ value: Int) {
        uint64(UInt64(max(0, value)))
    }

    package mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    /// Eight bytes, little-endian: for a checksum that ends the data.
    package mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }
}
