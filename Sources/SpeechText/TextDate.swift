/// A date as precise as the text makes it: a year, a year and month, or a full date.
public struct TextDate: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The year, e.g. 2023.
    public let year: Int
    /// The month 1–12, when known.
    public let month: Int?
    /// The day of the month, when known (only together with `month`).
    public let day: Int?

    /// Creates a date; a day without a month is dropped.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// The front-matter form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var text = String(year)
        if let month { text += "-" + two(month) }
        if let day { text += "-" + two(day) }
        return text
    }
}

/// A date as an editor wrote it in a field: a date of the calendar, or one that is written like a date but
/// names no day (`2024-02-30`, month 13), so the message can say what to fix.
public enum WrittenDate: Sendable, Equatable {
    case date(TextDate)
    /// `month` is 0 when it is missing (a day without a month cannot be written in any of the forms).
    case impossible(year: Int, month: Int, day: Int?)
}
