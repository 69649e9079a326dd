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
