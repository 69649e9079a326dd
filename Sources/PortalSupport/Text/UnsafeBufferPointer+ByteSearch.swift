extension UnsafeBufferPointer where Element == UInt8 {
    /// Where `needle` first starts at or after `start` (Boyer–Moore–Horspool: the byte under the needle's end
    /// says how far it can move, so most of the text is never read; the generic `firstRange(of:)` is two
    /// orders of magnitude slower on a whole site's text, and a scan for the first byte stops at every
    /// character that shares it, such as every `<` of an HTML body).
    package func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        let length = needle.count
        guard length > 0, start >= 0, count - start >= length, let base = baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { needle -> Int? in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { shift -> Int? in
                shift.initialize(repeating: length)
                for index in 0..<length - 1 { shift[Int(needle[index])] = length - 1 - index }
                let lastByte = needle[length - 1]
                var position = start
                let lastStart = count - length
                while position <= lastStart {
                    let byte = base[position + length - 1]
                    if byte == lastByte {
                        var matched = 0
                        while matched < length - 1, base[position + matched] == needle[matched] { matched += 1 }
                        if matched == length - 1 { return position }
                    }
                    position += shift[Int(byte)]
                }
                return nil
            }
        }
    }
}
