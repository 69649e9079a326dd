/// An open-addressing hash map from 64-bit keys to Int32 values, for n-gram counting.
///
/// Discovery looks up tens of millions of (prefix id, suffix id) pairs; `Dictionary` spends most of that
/// time hashing generically and checking uniqueness on every write, while this is two flat buffers and a
/// multiply. A class, so the hot loop never copies or re-checks it; it is only ever used by one thread.
final class NGramHashTable {
    private static let emptyKey = UInt64.max
    // Only one thread ever touches a table, so the runtime exclusivity checks on every write are waste.
    @exclusivity(unchecked) private var keys: UnsafeMutablePointer<UInt64>
    @exclusivity(unchecked) private var values: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var mask: Int
    @exclusivity(unchecked) private var shift: UInt64
    @exclusivity(unchecked) private(set) var count = 0

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 && capacity < 1 << 40 { capacity <<= 1 }
        self.capacity = capacity
        mask = capacity - 1
        shift = UInt64(64 - capacity.trailingZeroBitCount)
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: Self.emptyKey, count: capacity)
        values = .allocate(capacity: capacity)
        values.initialize(repeating: -1, count: capacity)
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        // Fibonacci hashing: the top bits of the product depend on all bits of the key.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or `newValue` after storing it when the key is absent.
    @inline(__always)
    func findOrInsert(_ key: UInt64, newValue: Int32) -> (value: Int32, inserted: Bool) {
        if count &* 2 >= capacity { grow() }
        var slot = Self.slot(key, shift)
        while true {
            let existing = keys[slot]
            if existing == key { return (values[slot], false) }
            if existing == Self.emptyKey {
                keys[slot] = key
                values[slot] = newValue
                count &+= 1
                return (newValue, true)
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// Counts one more `key`: its value becomes 1 when absent and grows by one otherwise.
    @inline(__always)
    func increment(_ key: UInt64) {
        if count &* 2 >= capacity { grow() }
        var slot = Self.slot(key, shift)
        while true {
            let existing = keys[slot]
            if existing == key {
                values[slot] &+= 1
                return
            }
            if existing == Self.emptyKey {
                keys[slot] = key
                values[slot] = 1
                count &+= 1
                return
            }
            slot = (slot &+ 1) & mask
        }
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        var slot = Self.slot(key, shift)
        while true {
            let existing = keys[slot]
            if existing == key { return values[slot] }
            if existing == Self.emptyKey { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// Every stored pair, in slot order (deterministic for the same insertions).
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for slot in 0..<capacity where keys[slot] != Self.emptyKey { body(keys[slot], values[slot]) }
    }

    private func grow() {
        let oldKeys = keys
        let oldValues = values
        let oldCapacity = capacity
        capacity *= 2
        mask = capacity - 1
        shift -= 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: Self.emptyKey, count: capacity)
        values = .allocate(capacity: capacity)
        values.initialize(repeating: -1, count: capacity)
        for index in 0..<oldCapacity where oldKeys[index] != Self.emptyKey {
            var slot = Self.slot(oldKeys[index], shift)
            while keys[slot] != Self.emptyKey { slot = (slot &+ 1) & mask }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
        oldKeys.deallocate()
        oldValues.deallocate()
    }

    /// Packs two non-negative ids into one key (never the empty key).
    @inline(__always)
    static func key(_ high: Int32, _ low: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
    }
}
