import PortalSupport

/// The fixed character table that stores speech text in about 55% of the bytes of UTF-8.
///
/// Chinese text costs three bytes per character in UTF-8. Browsers can only inflate compressed data
/// asynchronously and not in every engine the site targets, and the text must sit in JavaScript string
/// literals anyway, so instead the most frequent characters of Chinese text get short codes: the first 91 of
/// `SearchCharRanking` one printable ASCII character, the next 1,887 one character in U+00A1–U+07FF (two bytes
/// in UTF-8). Other characters from U+0800 up are written as themselves; any other below U+0800 (ASCII
/// included) follows `~` (the escape code). The client (`search-index.js`, `decodeText`) holds the same table.
///
/// The table belongs to the format, not to the site: editing a speech never changes the codes of the others,
/// so their stored text stays byte for byte the same.
struct SearchCharTable: Sendable {
    /// The printable ASCII codes, in table order: all but `"`, `\` and `<` (which would need escaping) and `~`.
    static let singleByteCodes: [UInt8] = (0x20...0x7D).filter { $0 != 0x22 && $0 != 0x3C && $0 != 0x5C }
    static let escape: UInt8 = 0x7E
    static let doubleByteFirst: UInt32 = 0xA1
    static let doubleByteLast: UInt32 = 0x7FF

    /// The one table.
    static let shared = SearchCharTable(characters: SearchCharRanking.characters.unicodeScalars.map(\.value))

    /// The characters that have codes, in code order.
    let characters: [UInt32]
    /// Code by code point; 0 means none.
    private let codes: [UInt16]

    /// A table giving `characters` codes in order (at most 1,978 of them).
    init(characters: [UInt32]) {
        let capacity = Self.singleByteCodes.count + Int(Self.doubleByteLast - Self.doubleByteFirst + 1)
        var codes = [UInt16](repeating: 0, count: 0x11_0000)
        for (rank, scalar) in characters.prefix(capacity).enumerated() {
            if rank < Self.singleByteCodes.count {
                codes[Int(scalar)] = UInt16(Self.singleByteCodes[rank])
            } else {
                codes[Int(scalar)] = UInt16(Self.doubleByteFirst + UInt32(rank - Self.singleByteCodes.count))
            }
        }
        self.characters = Array(characters.prefix(capacity))
        self.codes = codes
    }

    /// A checksum of the table (32-bit FNV-1a of its UTF-16 code units, 8 hex digits): the manifest carries
    /// it, and the client refuses an index written with another table.
    var checksum: String {
        var hash: UInt32 = 0x811C_9DC5
        for scalar in characters {
            for unit in String(Unicode.Scalar(scalar)!).utf16 { hash = (hash ^ UInt32(unit)) &* 0x0100_0193 }
        }
        return StableHasher.hex(UInt64(hash) << 32, digits: 8)
    }

    /// Writes `text` encoded, as a quoted string.
    func write(_ text: String, into writer: inout SearchJSWriter) {
        var text = text
        text.withUTF8 { write(utf8: $0, into: &writer) }
    }

    /// Writes the text whose valid UTF-8 is `bytes` encoded, as a quoted string.
    func write(utf8 bytes: UnsafeBufferPointer<UInt8>, into writer: inout SearchJSWriter) {
        var output = writer.takeBytes()
        do {
            let start = output.count
            // Every character but an ASCII one without a code takes at most twice its UTF-8 length.
            let bound = 2 * bytes.count + 2
            // Appending grows the array geometrically; an exact `reserveCapacity` here would copy the whole
            // output once per section, quadratic in the sections of a long speech.
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
    /// when a character needs more than the escape code (a JSON escape, or one below U+0800 beyond ASCII).
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
            } else if scalar >= 0x20 && scalar < 0x7F && scalar != 0x22 && scalar != 0x5C && scalar != 0x3C {
                target[out] = escape
                target[out &+ 1] = UInt8(truncatingIfNeeded: scalar)
                out &+= 2
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
