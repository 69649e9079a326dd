/// What a subtitle or a dated header line says: a date, an occasion, or both.
///
/// Forms (the dash is already removed by the caller):
/// - `在全市工会工作会议上的讲话`, `2017年3月5日在第十二届全国人民代表大会第五次会议上`
/// - `（一九五五年七月六日在第一届全国人民代表大会第二次会议上）`
/// - `（2024年1月15日市总工会十五届三次全委会议通过）`: a resolution
/// - `在……上的讲话（2024年1月15日）`: a date in a final bracket
struct DatedPhrase: Equatable {
    var date: TextDate?
    var occasion: String?

    /// Reads `s[range]`; nil when it is neither dated nor names an occasion.
    static func parse(_ s: [Unicode.Scalar], _ range: Range<Int>) -> DatedPhrase? {
        var start = range.lowerBound, end = range.upperBound
        if end - start > 2, isOpening(s[start]), isClosing(s[end - 1]) {
            start += 1
            end -= 1
        }
        var phrase = DatedPhrase()
        if let (date, after) = TextDateParser.leadingDate(s, from: start), after <= end {
            phrase.date = date
            start = after
            while start < end, Punctuation.isLineSpace(s[start]) || s[start] == "，" || s[start] == "," { start += 1 }
        } else if let (date, open) = trailingDate(s, start..<end) {
            phrase.date = date
            end = open
        }
        let rest = s[start..<end]
        phrase.occasion = OccasionParser.occasion(inPhrase: rest)
            ?? (phrase.date != nil ? OccasionParser.occasion(inAdoption: rest) : nil)
        if phrase.date == nil && phrase.occasion == nil { return nil }
        // A date must be the whole line or followed by an occasion: 2017年是… is a sentence.
        if phrase.date != nil && phrase.occasion == nil && start < end { return nil }
        return phrase
    }

    /// A final bracket holding nothing but a date: （2024年1月15日）.
    private static func trailingDate(_ s: [Unicode.Scalar], _ range: Range<Int>) -> (TextDate, Int)? {
        guard let last = range.last, isClosing(s[last]),
              let open = s[range].lastIndex(where: isOpening), open > range.lowerBound,
              let date = TextDateParser.parse(line: Array(s[open...last])) else { return nil }
        var end = open
        while end > range.lowerBound, Punctuation.isLineSpace(s[end - 1]) { end -= 1 }
        return (date, end)
    }

    static func isOpening(_ s: Unicode.Scalar) -> Bool { s == "（" || s == "(" || s == "【" || s == "〔" || s == "[" }
    static func isClosing(_ s: Unicode.Scalar) -> Bool { s == "）" || s == ")" || s == "】" || s == "〕" || s == "]" }
}
