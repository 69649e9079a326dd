/// A corpus-wide character table that stores speech text in about half the bytes of UTF-8.
///
/// Chinese text costs three bytes per character in UTF-8. Browsers can only inflate compressed data
/// asynchronously and not in every engine the site targets, and the text must sit in JavaScript string
/// literals anyway, so instead each character gets a code by frequency: the 91 most frequent become one
/// printable ASCII character, the next 1,887 one character in U+00A1–U+07FF (two bytes in UTF-8). Rarer
/// characters from U+0800 up are written as themselves; a rare one below U+0800 follows `~` (the escape
/// code). The client (`search.js`, `decodeText`) reverses this with the table from the manifest.
struct SearchCharTable: Sendable {
    /// The printable ASCII codes, in table order: all but `"`, `\` and `<` (which would need escaping) and `~`.
    static let singleByteCodes: [UInt8] = (0x20...0x7D).filter { $0 != 0x22 && $0 != 0x3C && $0 != 0x5C }
    static let escape: UInt8 = 0x7E
    static let doubleByteFirst: UInt32 = 0xA1
    static let doubleByteLast: UInt32 = 0x7FF

    /// The characters that have codes, in code order.
    let characters: [UInt32]
    /// Code by code point; 0 means none.
    private let codes: [UInt16]

    /// Builds the table from occurrence counts by code point.
    init(counts: [UInt32: Int]) {
        var used: [(count: Int, scalar: UInt32)] = []
        for (scalar, count) in counts where count > 0 {
            used.append((count, scalar))
        }
        used.sort { $0.count != $1.count ? $0.count > $1.count : $0.scalar < $1.scalar }
        let capacity = Self.singleByteCodes.count + Int(Self.doubleByteLast - Self.doubleByteFirst + 1)
        var codes = [UInt16](repeating: 0, count: 0x11_0000)
        var characters: [UInt32] = []
        for (rank, entry) in used.prefix(capacity).enumerated() {
            characters.append(entry.scalar)
            if rank < Self.singleByteCodes.count {
                codes[Int(entry.scalar)] = UInt16(Self.singleByteCodes[rank])
            } else {
                codes[Int(entry.scalar)] = UInt16(Self.doubleByteFirst + UInt32(rank - Self.singleByteCodes.count))
            }
        }
        self.characters = characters
        self.codes = codes
    }

    /// The table as the manifest stores it: the characters in code order.
    var tableString: String {
        var text = ""
        for scalar in characters {
            if let value = Unicode.Scalar(scalar) { text.unicodeScalars.append(value) }
        }
        return text
    }

    /// Writes `text` encoded, as a quoted string.
    func write(_ text: String, into writer: inout SearchJSWriter) {
        var output = writer.takeBytes()
        var text = text
        text.withUTF8 { bytes in
            let start = output.count
            // Every character but an ASCII one without a code takes at most twice its UTF-8 length.
            let bound = 2 * bytes.count + 2
            output.reserveCapacity(start + bound)
            output.append(contentsOf: repeatElement(0, count: bound))
            let written = output.withUnsafeMutableBufferPointer { buffer in
                codes.withUnsafeBufferPointer { codes in
                    Self.encodeQuickly(bytes, codes: codes, into: buffer.baseAddress! + start)
                }
            }
            output.removeLast(bound - (written ?? 0))
            if written == nil { encodeCarefully(bytes, into: &output) }
        }
        writer.putBytes(output)
    }

    /// Writes the characters of `terms` one after the other, encoded, as a quoted string.
    func writeTerms(_ terms: [UInt64], into writer: inout SearchJSWriter) {
        writer.byte(UInt8(ascii: "\""))
        for key in terms {
            writeScalar(SearchTermKey.first(key), into: &writer)
            if SearchTermKey.isPair(key) { writeScalar(SearchTermKey.second(key), into: &writer) }
        }
        writer.byte(UInt8(ascii: "\""))
    }

    private func writeScalar(_ scalar: UInt32, into writer: inout SearchJSWriter) {
        let code = codes[Int(scalar)]
        if code != 0 {
            writer.scalar(UInt32(code))
        } else {
            if scalar < 0x800 { writer.byte(Self.escape) }
            writer.scalar(scalar)
        }
    }

    /// Encodes `bytes` with quotes into `target`, returning the byte count, or `nil` (having written garbage)
    /// when a character needs the escape code.
    private static func encodeQuickly(
        _ bytes: UnsafeBufferPointer<UInt8>, codes: UnsafeBufferPointer<UInt16>, into target: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        var out = 0
        target[out] = UInt8(ascii: "\"")
        out &+= 1
        var index = 0
        let length = bytes.count
        while index < length {
            // Strings hold valid UTF-8, so the lead byte alone gives the length.
            let lead = UInt32(bytes[index])
            var scalar = lead
            var width = 1
            if lead >= 0xF0 {
                scalar = (lead & 0x07) << 18 | UInt32(bytes[index &+ 1] & 0x3F) << 12
                    | UInt32(bytes[index &+ 2] & 0x3F) << 6 | UInt32(bytes[index &+ 3] & 0x3F)
                width = 4
            } else if lead >= 0xE0 {
                scalar = (lead & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6 | UInt32(bytes[index &+ 2] & 0x3F)
                width = 3
            } else if lead >= 0x80 {
                scalar = (lead & 0x1F) << 6 | UInt32(bytes[index &+ 1] & 0x3F)
                width = 2
            }
            let code = codes[Int(scalar)]
            if code != 0 {
                if code < 0x80 {
                    target[out] = UInt8(truncatingIfNeeded: code)
                    out &+= 1
                } else {
                    target[out] = UInt8(truncatingIfNeeded: 0xC0 | code &>> 6)
                    target[out &+ 1] = UInt8(truncatingIfNeeded: 0x80 | code & 0x3F)
                    out &+= 2
                }
            } else if scalar >= 0x800 && scalar != 0x2028 && scalar != 0x2029 {
                for offset in 0..<width { target[out &+ offset] = bytes[index &+ offset] }
                out &+= width
            } else {
                return nil
            }
            index &+= width
        }
        target[out] = UInt8(ascii: "\"")
        return out &+ 1
    }

    /// The general path, for text with characters that need escaping.
    private func encodeCarefully(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var writer = SearchJSWriter(capacity: bytes.count * 2)
        writer.byte(UInt8(ascii: "\""))
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars { writeScalar(scalar.value, into: &writer) }
        writer.byte(UInt8(ascii: "\""))
        output += writer.bytes
    }
}
