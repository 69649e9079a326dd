/// Terms packed into integers: a character pair is `first << 32 | second`, a single character is
/// `character << 32 | 0xFFFF_FFFF` (no code point is that large). Sorting the integers gives the index its
/// (arbitrary but stable) term order.
enum SearchTermKey {
    private static let single: UInt64 = 0xFFFF_FFFF

    @inline(__always)
    static func pair(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(second) }

    @inline(__always)
    static func character(_ scalar: UInt32) -> UInt64 { UInt64(scalar) << 32 | single }

    @inline(__always)
    static func isPair(_ key: UInt64) -> Bool { key & single != single }

    @inline(__always)
    static func first(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) }

    @inline(__always)
    static func second(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key & single) }

    /// 32-bit FNV-1a over the term's UTF-16 code units: its shard, as `search.js` computes it.
    static func shardHash(_ key: UInt64) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        func mix(_ scalar: UInt32) {
            if scalar >= 0x10000 {
                hash = (hash ^ (0xD800 + ((scalar - 0x10000) >> 10))) &* 0x0100_0193
                hash = (hash ^ (0xDC00 + ((scalar - 0x10000) & 0x3FF))) &* 0x0100_0193
            } else {
                hash = (hash ^ scalar) &* 0x0100_0193
            }
        }
        mix(first(key))
        if isPair(key) { mix(second(key)) }
        return hash
    }
}
