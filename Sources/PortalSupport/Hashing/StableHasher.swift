/// A 64-bit hash that is the same in every process and on every run (Swift's `Hasher` is seeded randomly
/// per process), for the build cache: page fingerprints and file contents. Not for security.
package struct StableHasher {
    private var state: UInt64
    private var length: UInt64 = 0

    package init(seed: UInt64 = 0x5851_F42D_4C95_7F2D) {
        state = seed
    }

    /// Mixes in eight bytes.
    package mutating func combine(_ value: UInt64) {
        state = Self.mix(state ^ value)
        length &+= 8
    }

    /// Mixes in a number.
    package mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }

    /// Mixes in a flag.
    package mutating func combine(_ value: Bool) { combine(value ? 0x9E37_79B9 : 0x7F4A_7C15 as UInt64) }

    /// Mixes in a text's UTF-8 bytes.
    package mutating func combine(_ text: String) {
        var copy = text
        copy.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Mixes in raw bytes.
    package mutating func combine(bytes: UnsafeRawBufferPointer) {
        var index = 0
        // Long inputs (page bodies) go through four independent lanes, as xxHash does, so the multiplies of
        // one lane overlap with the others'; several times faster than one chain.
        if bytes.count >= 64 {
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (state &+ Self.prime1 &+ Self.prime2, state &+ Self.prime2, state, state &- Self.prime1)
            while index + 32 <= bytes.count {
                lanes.0 = Self.round(lanes.0, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                lanes.1 = Self.round(lanes.1, bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
                lanes.2 = Self.round(lanes.2, bytes.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
                lanes.3 = Self.round(lanes.3, bytes.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
                index += 32
            }
            combine(lanes.0)
            combine(lanes.1)
            combine(lanes.2)
            combine(lanes.3)
        }
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

    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F

    @inline(__always)
    private static func round(_ accumulator: UInt64, _ word: UInt64) -> UInt64 {
        let sum = accumulator &+ word &* prime2
        return ((sum << 31) | (sum >> 33)) &* prime1
    }

    /// The hash of everything combined so far.
    package func finalize() -> UInt64 {
        Self.mix(state ^ length)
    }

    /// A strong 64-bit mixer (the finaliser of SplitMix64): every input bit affects every output bit.
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The hash of one text.
    package static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.finalize()
    }

    /// The hash of a byte array.
    package static func hash(bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }

    /// The first `digits` lowercase hex digits of `value`, for content-addressed file names (lowercase, so a
    /// case-insensitive file system cannot merge two names).
    package static func hex(_ value: UInt64, digits: Int) -> String {
        let table = Array("0123456789abcdef".utf8)
        return String(decoding: (0..<min(digits, 16)).map { table[Int((value >> UInt64(60 - 4 * $0)) & 0xF)] }, as: UTF8.self)
    }
}
