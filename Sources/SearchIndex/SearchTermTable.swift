/// An open-addressing map from packed term keys to dense ids.
///
/// The builder looks up one character pair per character of the corpus (tens of millions), so this avoids
/// `Dictionary`'s generic hashing: keys are integers, each key sits next to its id in raw memory, probing is
/// linear, and the caller chooses the ids.
struct SearchTermTable: ~Copyable {
    private struct Entry {
        var key: UInt64
        var id: Int32
    }

    private static let empty = UInt64.max
    private var entries: UnsafeMutablePointer<Entry>
    private var size: Int
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.size = size
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Entry(key: Self.empty, id: -1), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    deinit { entries.deallocate() }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The id of `key`; an absent key is inserted with `nextID`, which is then returned.
    @inline(__always)
    mutating func id(for key: UInt64, nextID: Int32) -> Int32 {
        var index = slot(for: key)
        while true {
            let entry = entries[index]
            if entry.key == key { return entry.id }
            if entry.key == Self.empty { break }
            index = (index &+ 1) & (size &- 1)
        }
        entries[index] = Entry(key: key, id: nextID)
        count += 1
        if count * 2 > size { grow() }
        return nextID
    }

    private mutating func grow() {
        let old = entries
        let oldSize = size
        size *= 2
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Entry(key: Self.empty, id: -1), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for position in 0..<oldSize where old[position].key != Self.empty {
            var index = slot(for: old[position].key)
            while entries[index].key != Self.empty { index = (index + 1) & (size - 1) }
            entries[index] = old[position]
        }
        old.deallocate()
    }
}
