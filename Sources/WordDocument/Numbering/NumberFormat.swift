/// Writes a list counter the way Word does for a `w:numFmt` value.
enum NumberFormat {
    /// `value` in the format named `format` (`decimal`, `chineseCounting`, `upperLetter` …);
    /// formats not listed here are written as decimal numbers.
    static func text(_ value: Int, format: String) -> String {
        switch format {
        case "none": return ""
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : "\(value)"
        case "upperLetter": return letters(value, base: "A")
        case "lowerLetter": return letters(value, base: "a")
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "ordinal": return ordinal(value)
        case "chineseCounting", "taiwaneseCounting": return chineseCounting(value)
        case "chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCounting":
            return ChineseCounting.grouped(value, digits: ChineseCounting.lowerDigits, units: ChineseCounting.lowerUnits)
        case "chineseLegalSimplified":
            return ChineseCounting.grouped(value, digits: ChineseCounting.legalDigits, units: ChineseCounting.legalUnits,
                                           keepsLeadingOne: true)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            return ChineseCounting.digitByDigit(value)
        case "ideographTraditional": return cyclic(value, "甲乙丙丁戊己庚辛壬癸")
        case "ideographZodiac": return cyclic(value, "子丑寅卯辰巳午未申酉戌亥")
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(UnicodeScalar($0.value + 0xFEE0) ?? $0) })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosedCircle(value)
        case "decimalEnclosedFullstop": return enclosed(value, first: 0x2488)
        case "decimalEnclosedParen": return enclosed(value, first: 0x2474)
        default: return String(value)
        }
    }

    /// 1–99 grouped with 十 (十一, 二十), larger numbers digit by digit (一〇〇), as Word writes chineseCounting.
    private static func chineseCounting(_ value: Int) -> String {
        guard (1...99).contains(value) else { return ChineseCounting.digitByDigit(value) }
        return ChineseCounting.grouped(value, digits: ChineseCounting.lowerDigits, units: ChineseCounting.lowerUnits)
    }

    /// A, B, … Z, AA, BB, …: Word repeats the letter rather than counting in base 26.
    private static func letters(_ value: Int, base: Character) -> String {
        guard value > 0, let start = base.asciiValue else { return String(value) }
        let letter = Character(UnicodeScalar(start + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: min((value - 1) / 26 + 1, 50))
    }

    private static func roman(_ value: Int) -> String {
        guard (1...3999).contains(value) else { return String(value) }
        let numerals: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                text += numeral
                rest -= amount
            }
        }
        return text
    }

    private static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 10, value % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }

    private static func cyclic(_ value: Int, _ symbols: String) -> String {
        guard value > 0 else { return String(value) }
        let list = Array(symbols)
        return String(list[(value - 1) % list.count])
    }

    /// ①–⑳, ㉑–㉟, ㊱–㊿; decimal beyond 50.
    private static func enclosedCircle(_ value: Int) -> String {
        switch value {
        case 1...20: return scalar(0x2460 + value - 1)
        case 21...35: return scalar(0x3251 + value - 21)
        case 36...50: return scalar(0x32B1 + value - 36)
        default: return String(value)
        }
    }

    /// ⒈–⒛ or ⑴–⒇; decimal beyond 20.
    private static func enclosed(_ value: Int, first: Int) -> String {
        (1...20).contains(value) ? scalar(first + value - 1) : String(value)
    }

    private static func scalar(_ value: Int) -> String {
        UnicodeScalar(UInt32(value)).map { String(Character($0)) } ?? ""
    }
}
