/// The control characters a speech text may not contain. Tab, line feed, vertical tab,
/// form feed and carriage return occur in real files; the others only in binary data.
enum ControlCharacters {
    static func isForbidden(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D: false
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        default: false
        }
    }

    /// Whether `bytes` may hold a forbidden control character: a byte below 0x20 other than tab to carriage
    /// return, 0x7F, or 0xC2 not followed by A0–BF (the C1 controls in UTF-8, or a cut-off character).
    /// False means none, for sure. Eight bytes at a time: this reads every byte of every speech.
    static func mayContainForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        let count = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // A byte of `word` is zero exactly where the word had the byte being looked for (the first such byte
        // is always flagged; later ones may be flagged falsely, which only sends the word to the exact check).
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // Below 0x20, or equal to 0x7F or 0xC2.
            let low = (word &- ones &* 0x20) & ~word & highs
            if low != 0 || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) {
                if hasForbidden(bytes, from: index, to: index + 8) { return true }
            }
            index += 8
        }
        return hasForbidden(bytes, from: index, to: count)
    }

    private static func hasForbidden(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        for index in start..<end {
            let byte = bytes[index]
            if byte == 0xC2, index + 1 >= bytes.count || bytes[index + 1] < 0xA0 { return true }
            if byte < 0x20 || byte == 0x7F, isForbidden(UInt32(byte)) { return true }
        }
        return false
    }

    /// Offset of the first forbidden control byte. In UTF-8 and GB18030 bytes below 0x80
    /// are always single characters, so a raw byte scan finds them exactly.
    static func firstForbiddenByte(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x20 || byte == 0x7F, isForbidden(UInt32(byte)) { return i }
            i += 1
        }
        return nil
    }
}
