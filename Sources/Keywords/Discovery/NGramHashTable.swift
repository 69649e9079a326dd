/// An open-addressing hash map from 64-bit keys to Int32 values, for n-gram counting.
///
/// Discovery looks up tens of millions of (prefix id, suffix id) pairs; `Dictionary` spends most of that
/// time hashing generically and checking uniqueness on every write, while this is two flat buffers and a
/// multiply. A key and its value share a slot, so a lookup reads one cache line. A class, so the hot loop never
/// copies or re-checks it; it is only ever used by one thread.
final class NGramHashTable {
    private static let emptyKey = UInt64.max
    private struct Slot {
        var key: UInt64
        var value: Int32
    }
    // Only one thread ever touches a table, so the runtime exclusivity checks on every write are waste.
    @exclusivity(unchecked) private var slots: UnsafeMutablePointer<Slot>
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
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: Self.emptyKey, value: -1), count: capacity)
    }

    deinit {
        slots.deallocate()
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
            let existing = slots[slot].key
            if existing == key { return (slots[slot].value, false) }
            if existing == Self.emptyKey {
                slots[slot] = Slot(key: key, value: newValue)
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
            let existing = slots[slot].key
            if existing == key {
                slots[slot].value &+= 1
                return
            }
            if existing == Self.emptyKey {
                slots[slot] = Slot(key: key, value: 1)
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
            let existing = slots[slot].key
            if existing == key { return slots[slot].value }
            if existing == Self.emptyKey { return nil }
            slot = (slot &+ 1) & mask
        }
    }

    /// Every stored pair, in slot order (deterministic for the same insertions).
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for slot in 0..<capacity where slots[slot].key != Self.emptyKey { body(slots[slot].key, slots[slot].value) }
    }

    private func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        mask = capacity - 1
        shift -= 1
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: Self.emptyKey, value: -1), count: capacity)
        for index in 0..<oldCapacity where old[index].key != Self.emptyKey {
            var slot = Self.slot(old[index].key, shift)
            while slots[slot].key != Self.emptyKey { slot = (slot &+ 1) & mask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }

    /// Packs two non-negative ids into one key (never the empty key).
    @inline(__always)
    static func key(_ high: Int32, _ low: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: high)) << 32 | UInt64(UInt32(bitPattern: low))
    }
}
