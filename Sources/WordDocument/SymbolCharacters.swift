/// Characters written with a symbol font (`w:sym`, bullet level texts): Word stores them as
/// code points of the font (often in the private-use range F020–F0FF), which no browser can
/// show. The common ones are mapped to their Unicode equivalents.
enum SymbolCharacters {
    /// The Unicode text for `code` in `font`; "□" for a private-use symbol that has no equivalent here.
    static func character(code: UInt32, font: String?) -> String {
        let isPrivate = (0xF000...0xF0FF).contains(code)
        let byte = isPrivate ? code - 0xF000 : code
        switch font?.lowercased() {
        case "symbol":
            if let mapped = symbol[byte] { return mapped }
            if let greek = greek(byte) { return greek }
        case let name? where name.hasPrefix("wingdings"):
            return wingdings[byte] ?? "□"
        default:
            break
        }
        if isPrivate {
            return (0x20...0x7E).contains(byte) ? String(UnicodeScalar(UInt8(byte))) : "□"
        }
        return UnicodeScalar(code).map { String(Character($0)) } ?? "□"
    }

    /// The Symbol font writes Greek letters at the positions of the Latin ones.
    private static func greek(_ byte: UInt32) -> String? {
        let upper = Array("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")
        let lower = Array("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")
        switch byte {
        case 0x41...0x5A: return String(upper[Int(byte - 0x41)])
        case 0x61...0x7A: return String(lower[Int(byte - 0x61)])
        case 0x20...0x7E: return String(UnicodeScalar(UInt8(byte)))
        default: return nil
        }
    }

    private static let symbol: [UInt32: String] = [
        0x22: "∀", 0x24: "∃", 0x2D: "−", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥",
        0xA3: "≤", 0xA5: "∞", 0xA7: "♣", 0xA8: "♦", 0xA9: "♥", 0xAA: "♠", 0xAB: "↔", 0xAC: "←", 0xAD: "↑",
        0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xB4: "×", 0xB7: "•", 0xB8: "÷", 0xB9: "≠",
        0xBA: "≡", 0xBB: "≈", 0xBC: "…", 0xD6: "√", 0xD7: "⋅", 0xE5: "∑", 0xDE: "⇒", 0xDB: "⇔",
    ]

    private static let wingdings: [UInt32: String] = [
        0x4A: "☺", 0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫", 0x75: "◆",
        0x76: "❖", 0x77: "⬥", 0x9F: "•", 0xA1: "○", 0xA7: "▪", 0xA8: "◻", 0xAB: "★", 0xD8: "➢", 0xE0: "➔",
        0xE8: "➔", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
    ]
}
