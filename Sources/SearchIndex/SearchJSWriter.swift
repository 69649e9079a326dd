/// Builds index files: JavaScript statements whose only content is a call of the client's registration
/// function with literal data (strings, numbers, arrays, `null`).
///
/// Every string is escaped so that the data stays data whatever the speech text holds: quotes and
/// backslashes, control characters, U+2028/U+2029 (line terminators in older engines), and every `<` (so no
/// `</script` or `<!--` can appear, even if a file is ever inlined into HTML). The output is also valid JSON.
struct SearchJSWriter {
    /// The global function that index files call (defined by `search.js`).
    static let registrationFunction = "portalgenSearchData"

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Starts `portalgenSearchData("<id>",`.
    mutating func beginCall(id: String) {
        raw(Self.registrationFunction)
        bytes.append(UInt8(ascii: "("))
        string(id)
        bytes.append(UInt8(ascii: ","))
    }

    /// Ends the call and the line.
    mutating func endCall() {
        raw(");\n")
    }

    /// Appends trusted ASCII syntax (punctuation, numbers, names); never data.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Hands the bytes to a hot loop that appends to a local array (cheaper than appending through `self`);
    /// `putBytes` gives them back.
    mutating func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }

    mutating func putBytes(_ newBytes: [UInt8]) { bytes = newBytes }

    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func null() { raw("null") }

    /// A quoted, escaped string.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A quoted string or `null`.
    mutating func optionalString(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    /// A quoted string whose bytes are known to need no escaping (base64url characters).
    mutating func plainString(_ characters: [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: characters)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends valid UTF-8 with the escapes described on the type, without quotes.
    mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "<"): raw("\\u003c")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x00..<0x20: unicodeEscape(UInt32(byte))
            case 0xE2 where index + 2 < count && utf8[index + 1] == 0x80
                && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
            default: bytes.append(byte)
            }
            index += 1
        }
    }

    /// One code point written so that no escaping is needed around it, as its UTF-8 or as `\uXXXX`.
    @inline(__always)
    mutating func scalar(_ value: UInt32) {
        switch value {
        case 0x22, 0x5C, 0x3C, 0..<0x20, 0x2028, 0x2029: unicodeEscape(value)
        case 0..<0x80: bytes.append(UInt8(value))
        case 0..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case 0..<0x10000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    private mutating func unicodeEscape(_ value: UInt32) {
        let digits = Array("0123456789abcdef".utf8)
        raw("\\u")
        for shift in [12, 8, 4, 0] { bytes.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
