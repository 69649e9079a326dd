/// A 64-bit hash that is the same in every process and on every run (Swift's `Hasher` is seeded randomly
/// per process), for the build cache: page fingerprints and file contents. Not for security.
struct StableHasher {
    private var state: UInt64
    private var length: UInt64 = 0

    init(seed: UInt64 = 0x5851_F42D_4C95_7F2D) {
        state = seed
    }

    mutating func combine(_ value: UInt64) {
        state = Self.mix(state ^ value)
        length &+= 8
    }

    mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }

    mutating func combine(_ value: Bool) { combine(value ? 0x9E37_79B9 : 0x7F4A_7C15 as UInt64) }

    mutating func combine(_ text: String) {
        var copy = text
        copy.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(bytes: UnsafeRawBufferPointer) {
        var index = 0
        // Eight bytes at a time, then the tail; the length goes in too, so "ab" + "c" differs from "a" + "bc".
        while index + 8 <= bytes.count {
            combine(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        combine(tail ^ (UInt64(bytes.count) << 56))
    }

    func finalize() -> UInt64 {
        Self.mix(state ^ length)
    }

    /// A strong 64-bit mixer (the finaliser of SplitMix64): every input bit affects every output bit.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.finalize()
    }

    static func hash(bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}
