import Testing
@testable import WordDocument

/// Counter values in each `w:numFmt`, as Word writes them.
struct NumberFormatTests {
    @Test(arguments: [
        ("chineseCounting", 1, "一"), ("chineseCounting", 10, "十"), ("chineseCounting", 11, "十一"),
        ("chineseCounting", 20, "二十"), ("chineseCounting", 99, "九十九"), ("chineseCounting", 100, "一〇〇"),
        ("chineseCountingThousand", 10, "十"), ("chineseCountingThousand", 15, "十五"),
        ("chineseCountingThousand", 100, "一百"), ("chineseCountingThousand", 105, "一百〇五"),
        ("chineseCountingThousand", 110, "一百一十"), ("chineseCountingThousand", 1000, "一千"),
        ("chineseCountingThousand", 10005, "一万〇五"), ("chineseLegalSimplified", 12, "壹拾贰"),
        ("ideographDigital", 105, "一〇五"), ("ideographTraditional", 1, "甲"), ("ideographTraditional", 11, "甲"),
        ("ideographZodiac", 2, "丑"), ("decimal", 7, "7"), ("decimalZero", 5, "05"), ("decimalZero", 12, "12"),
        ("upperLetter", 1, "A"), ("upperLetter", 27, "AA"), ("lowerLetter", 28, "bb"),
        ("upperRoman", 14, "XIV"), ("lowerRoman", 4, "iv"), ("ordinal", 2, "2nd"), ("ordinal", 13, "13th"),
        ("decimalEnclosedCircle", 1, "①"), ("decimalEnclosedCircleChinese", 21, "㉑"),
        ("decimalEnclosedCircle", 50, "㊿"), ("decimalEnclosedCircle", 51, "51"),
        ("decimalEnclosedParen", 3, "⑶"), ("decimalEnclosedFullstop", 2, "⒉"), ("decimalFullWidth", 12, "１２"),
        ("none", 3, ""), ("cardinalText", 3, "3"),
    ])
    func format(_ format: String, _ value: Int, _ expected: String) {
        #expect(NumberFormat.text(value, format: format) == expected)
    }
}
