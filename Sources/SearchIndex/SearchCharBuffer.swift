/// A growable run of base64url characters holding the bit strings of many terms one after another (one
/// buffer per merge chunk), so that encoding a term allocates nothing: a real corpus has hundreds of thousands
/// of terms, and an array per list would cost more than the list itself.
///
/// Bits are six per character, most significant first, the last character of each string padded with zeros;
/// a `SearchBitSlice` says where a string starts and where its bits end. A class so that the layout can read
/// the strings after the merging thread is done; nothing writes to it after that, which is why sharing it is
/// safe.
final class SearchCharBuffer: @unchecked Sendable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(16, capacity)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// Room for `characters` more characters at the end; write them, then `commit`.
    func reserve(_ characters: Int) -> UnsafeMutablePointer<UInt8> {
        if count + characters > capacity {
            var grown = capacity * 2
            while count + characters > grown { grown *= 2 }
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
            moved.update(from: storage, count: count)
            storage.deallocate()
            storage = moved
            capacity = grown
        }
        return storage + count
    }

    func commit(_ characters: Int) { count += characters }

    /// The characters of `slice`.
    func characters(_ slice: SearchBitSlice) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + slice.start, count: slice.characters)
    }

    /// The 6-bit value of a base64url character.
    @inline(__always)
    static func value(_ character: UInt8) -> UInt32 {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(character) - 65
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(character) - 71
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(character) + 4
        case UInt8(ascii: "-"): 62
        default: 63
        }
    }
}

/// Where a bit string sits in a `SearchCharBuffer`.
struct SearchBitSlice: Sendable {
    var start = 0
    var characters = 0
    var bits = 0
}
