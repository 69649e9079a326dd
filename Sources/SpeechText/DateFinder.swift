/// The speech's date and where it came from.
struct DateFinding {
    var date: TextDate?
    var source: ValueSource?
}

/// Finds the date: the header's (date line, subtitle, a date after the title) wins; else the one
/// date of the lines after the header that are nothing but a date (a date under the text). Several
/// different such lines give no date and a check; no date gives a check with the years the text
/// mentions, as a hint.
enum DateFinder {
    static func find(header: HeaderReading, body: ArraySlice<TextLine>, checks: inout CheckList) -> DateFinding {
        var found: [(date: TextDate, line: Int)] = []
        for line in body {
            if let date = TextDateParser.parse(line: line.scalars) { found.append((date, line.number)) }
        }
        if let date = header.date {
            if let other = found.first(where: { $0.date != date }), let source = header.dateSource {
                checks.add(.dateLineDiffers(line: other.line, date: other.date, headerDate: date, headerSource: source))
            }
            return DateFinding(date: date, source: header.dateSource)
        }
        var distinct: [TextDate] = []
        for item in found where !distinct.contains(item.date) { distinct.append(item.date) }
        if distinct.count == 1, let first = found.first {
            return DateFinding(date: first.date, source: ValueSource(part: .bodyDateLine, lines: first.line...first.line))
        }
        if distinct.count > 1 {
            let shown = found.prefix(5).map { SpeechCheck.DatedLine(line: $0.line, date: $0.date) }
            checks.add(.severalDateLines(shown, more: found.count > 5))
            return DateFinding()
        }
        checks.add(.noDateLine(mentionedYears: mentionedYears(body)))
        return DateFinding()
    }

    /// Distinct years written as 2025年 in the text, first three, as a hint for the editor.
    private static func mentionedYears(_ lines: ArraySlice<TextLine>) -> [Int] {
        var years: [Int] = []
        for line in lines {
            let s = line.scalars
            var i = 4
            while i < s.count, years.count < 3 {
                if s[i] == "年", i < 5 || !Punctuation.isASCIIDigit(s[i - 5]) {
                    var value = 0
                    var ok = true
                    for c in s[(i - 4)..<i] {
                        guard Punctuation.isASCIIDigit(c) else { ok = false; break }
                        value = value * 10 + Int(c.value - 0x30)
                    }
                    if ok, (1949...2100).contains(value), !years.contains(value) { years.append(value) }
                }
                i += 1
            }
            if years.count >= 3 { break }
        }
        return years
    }
}
