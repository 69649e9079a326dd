/// A fast, deterministic 64-bit hash for content-addressed file names (not for security).
///
/// `Hasher` is seeded per process, so it cannot name files that must be the same across builds.
struct SearchHasher {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    private var length: UInt64 = 0

    init() {}

    mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in combine(raw) }
    }

    mutating func combine(_ raw: UnsafeRawBufferPointer) {
        var offset = 0
        let count = raw.count
        while offset + 8 <= count {
            mix(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(raw[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail ^ 0x80)
        length &+= UInt64(count)
    }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    /// The hash, with the bits spread so that any prefix of the hex form is as good as any other.
    func finalize() -> UInt64 {
        var value = state ^ length
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }

    /// The first `digits` lowercase hex digits of `value` (lowercase so that case-insensitive file systems
    /// cannot merge two names).
    static func hex(_ value: UInt64, digits: Int) -> String {
        let table = Array("0123456789abcdef".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(digits)
        for index in 0..<digits {
            bytes.append(table[Int((value >> UInt64(60 - 4 * index)) & 0xF)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Hashes one byte array.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = SearchHasher()
        hasher.combine(bytes)
        return hasher.finalize()
    }
}
