import PortalSupport

/// Recognises a line that is nothing but a date, the way speeches print one under the
/// title or after the text: 2023年3月5日, （2023年3月）, 二〇二三年三月五日, 2023-03-05,
/// 2023.3.5. Dates inside sentences are never taken: 研究部署2025年全市工会工作 says what
/// the speech is about, not when it was given.
///
/// The same forms are what editors write in a date field (`date: 2024年4月28日`): `parse(field:)`.
public enum TextDateParser {
    /// A date as written: year, and month and day as far as they are written; not yet checked.
    typealias Parts = (year: Int, month: Int?, day: Int?)

    static func parse(line: [Unicode.Scalar]) -> TextDate? {
        // The longest form, （二〇二三年十二月三十一日）, has 15 scalars; most lines are far longer.
        guard line.count <= 16, let first = line.first,
              Punctuation.digitValue(first) != nil || ChineseNumeral.digit(first) != nil || isOpening(first) else {
            return nil
        }
        var s = line[...]
        if let first = s.first, let last = s.last, isOpening(first), isClosing(last), s.count > 2 {
            s = s.dropFirst().dropLast()
        }
        let text = Array(s)
        guard let parts = chineseStyle(text) ?? separatorStyle(text), (1900...2100).contains(parts.year) else { return nil }
        return validated(parts)
    }

    /// A date an editor wrote in a field: `2024-04-28`, `2024-4-28`, `2024.04.28`, `2024/04/28`,
    /// `2024年4月28日`, `二〇二四年四月二十八日` (〇 or 零, full-width digits too), or as far as it is known
    /// (`2024`, `2024-04`, `2024年4月`). Nil for text that is not written as a date; `.impossible` for one
    /// that is, but names no day of the calendar (`2024-02-30`, `2024-13-01`).
    public static func parse(field text: String) -> WrittenDate? {
        let s = Array(text.trimmingWhitespace().unicodeScalars)
        guard s.count <= 16,
              let parts = chineseStyle(s) ?? separatorStyle(s) ?? (s.count == 4 ? yearValue(s[...]).map { ($0, nil, nil) } : nil),
              (1...9999).contains(parts.year)
        else { return nil }
        if let date = validated(parts) { return .date(date) }
        return .impossible(year: parts.year, month: parts.month ?? 0, day: parts.day)
    }

    /// The last day of `month` in `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// A date that opens `s` at `start`, as subtitles and dated lines write it (2017年3月5日在…,
    /// 一九五五年七月六日在…): the date and the index just after it. Year, month and day as far
    /// as they are written.
    static func leadingDate(_ s: [Unicode.Scalar], from start: Int) -> (date: TextDate, end: Int)? {
        guard start + 5 <= s.count, s[start + 4] == "年", let year = yearValue(s[start..<(start + 4)]),
              (1900...2100).contains(year) else { return nil }
        let afterYear = start + 5
        guard let (month, afterMonth) = unit(s, from: afterYear, markers: ["月"]) else {
            return validated((year, nil, nil)).map { ($0, afterYear) }
        }
        if let (day, afterDay) = unit(s, from: afterMonth, markers: ["日", "号"]), let date = validated((year, month, day)) {
            return (date, afterDay)
        }
        return validated((year, month, nil)).map { ($0, afterMonth) }
    }

    /// A number of one to three characters followed by one of `markers`: its value and the index after the marker.
    private static func unit(_ s: [Unicode.Scalar], from start: Int, markers: Set<Unicode.Scalar>) -> (Int, Int)? {
        for length in 1...3 where start + length < s.count && markers.contains(s[start + length]) {
            if let value = smallNumber(s[start..<(start + length)]) { return (value, start + length + 1) }
        }
        return nil
    }

    private static func isOpening(_ s: Unicode.Scalar) -> Bool { "（(【〔[".unicodeScalars.contains(s) }
    private static func isClosing(_ s: Unicode.Scalar) -> Bool { "）)】〕]".unicodeScalars.contains(s) }

    /// 2023年3月5日 with ASCII, full-width or Chinese digits; month and day optional.
    private static func chineseStyle(_ s: [Unicode.Scalar]) -> Parts? {
        guard let nian = s.firstIndex(of: "年"), nian == 4, let year = yearValue(s[0..<4]) else { return nil }
        var i = nian + 1
        if i == s.count { return (year, nil, nil) }
        guard let yue = s[i...].firstIndex(of: "月"), let month = smallNumber(s[i..<yue]) else { return nil }
        i = yue + 1
        if i == s.count { return (year, month, nil) }
        guard let ri = s[i...].firstIndex(where: { $0 == "日" || $0 == "号" }), ri == s.count - 1,
              let day = smallNumber(s[i..<ri]) else { return nil }
        return (year, month, day)
    }

    /// 2023-03-05, 2023.3.5, 2023/3/5, 2023-03.
    private static func separatorStyle(_ s: [Unicode.Scalar]) -> Parts? {
        let parts = s.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "." || $0 == "/" || $0 == "．" }
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
              let year = yearValue(parts[0]) else { return nil }
        var numbers: [Int] = []
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), let value = arabicValue(part) else { return nil }
            numbers.append(value)
        }
        return (year, numbers[0], numbers.count > 1 ? numbers[1] : nil)
    }

    private static func yearValue(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        if let value = arabicValue(s) { return value }
        var value = 0
        for c in s {
            guard let digit = ChineseNumeral.digit(c) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func arabicValue(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard !s.isEmpty else { return nil }
        var value = 0
        for c in s {
            guard let digit = Punctuation.digitValue(c) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// 1–31 in Arabic digits or as a Chinese numeral (三, 十二, 三十一).
    private static func smallNumber(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        guard (1...3).contains(s.count) else { return nil }
        if let value = arabicValue(s) { return value }
        let array = Array(s)
        guard let (value, length) = ChineseNumeral.parse(array, at: 0, end: array.count),
              length == array.count else { return nil }
        return value
    }

    /// The date, when it is one of the calendar: a month 1–12, a day of that month.
    private static func validated(_ parts: Parts) -> TextDate? {
        if let month = parts.month, !(1...12).contains(month) { return nil }
        if let month = parts.month, let day = parts.day {
            guard (1...daysIn(month: month, year: parts.year)).contains(day) else { return nil }
        }
        return TextDate(year: parts.year, month: parts.month, day: parts.day)
    }
}
