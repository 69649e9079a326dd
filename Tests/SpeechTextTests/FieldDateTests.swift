import SpeechText
import Testing

/// A date field (front matter, `--date`) is read with the same forms as a date line of a speech, and says
/// when a date is written right but names no day of the calendar.
@Suite struct FieldDateTests {
    @Test(arguments: [
        ("2024-04-28", TextDate(year: 2024, month: 4, day: 28)), ("2024-4-8", TextDate(year: 2024, month: 4, day: 8)),
        ("2024.04.28", TextDate(year: 2024, month: 4, day: 28)), ("2024/04/28", TextDate(year: 2024, month: 4, day: 28)),
        ("2024年4月28日", TextDate(year: 2024, month: 4, day: 28)), ("二〇二四年四月二十八日", TextDate(year: 2024, month: 4, day: 28)),
        ("二零二四年四月二十八日", TextDate(year: 2024, month: 4, day: 28)), ("２０２４年４月２８日", TextDate(year: 2024, month: 4, day: 28)),
        ("2024年4月", TextDate(year: 2024, month: 4)), ("2024-04", TextDate(year: 2024, month: 4)), ("2024年", TextDate(year: 2024)),
        ("2024", TextDate(year: 2024)), ("二〇二四", TextDate(year: 2024)), ("  2024-04-28\u{3000}", TextDate(year: 2024, month: 4, day: 28)),
        // A field is a date on purpose: years outside those of date lines in texts count.
        ("1890-01-01", TextDate(year: 1890, month: 1, day: 1)), ("2024-02-29", TextDate(year: 2024, month: 2, day: 29)),
    ])
    func datesInEveryForm(_ text: String, _ date: TextDate) {
        #expect(TextDateParser.parse(field: text) == .date(date))
    }

    @Test func impossibleDatesAreToldApart() {
        #expect(TextDateParser.parse(field: "2023-02-29") == .impossible(year: 2023, month: 2, day: 29))
        #expect(TextDateParser.parse(field: "2024年13月1日") == .impossible(year: 2024, month: 13, day: 1))
        #expect(TextDateParser.parse(field: "2024-04-31") == .impossible(year: 2024, month: 4, day: 31))
        #expect(TextDateParser.parse(field: "2024-00") == .impossible(year: 2024, month: 0, day: nil))
    }

    @Test(arguments: ["", "明年", "2024年4月下旬", "04/28/2024", "28.04.2024", "2024-04-28T10:00", "20240428"])
    func otherTextIsNoDate(_ text: String) {
        #expect(TextDateParser.parse(field: text) == nil)
    }

    @Test func theDaysOfAMonth() {
        #expect(TextDateParser.daysIn(month: 2, year: 2024) == 29)
        #expect(TextDateParser.daysIn(month: 2, year: 1900) == 28)
        #expect(TextDateParser.daysIn(month: 2, year: 2000) == 29)
        #expect(TextDateParser.daysIn(month: 4, year: 2023) == 30)
    }
}
