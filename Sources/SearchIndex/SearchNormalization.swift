/// The one-to-one character folding that the index and the browser client (`search.js`, `fold`) apply alike.
///
/// Folding maps each code point to exactly one code point, so positions in folded text are positions in the
/// original text: the client matches on folded text and highlights the original.
enum SearchNormalization {
    /// Full-width ASCII to ASCII, the ideographic space to a space, A–Z to a–z.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt32 {
        var value = scalar
        if value >= 0xFF01 && value <= 0xFF5E {
            value -= 0xFEE0
        } else if value == 0x3000 {
            return 0x20
        }
        if value >= 0x41 && value <= 0x5A { value += 0x20 }
        return value
    }

    /// The characters JavaScript's `\s` matches. Queries are split at them, so no term contains one and the
    /// index skips every character pair that does.
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }
}
