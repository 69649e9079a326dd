import SpeechText

/// A date as precise as the editor knows it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Editors often know only the year of a speech, so month and day are optional. Partial dates sort before
/// full dates of the same period (2023 < 2023-01 < 2023-01-01) so ordering is total and stable.
public struct SpeechDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...TextDateParser.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits only, zero-padded month and day).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        self.init(year: year, month: month, day: day)
    }

    /// The ISO form the editor wrote: `2023`, `2023-10` or `2023-10-23`.
    public var description: String {
        var text = padded(year, width: 4)
        if let month { text += "-" + padded(month, width: 2) }
        if let day { text += "-" + padded(day, width: 2) }
        return text
    }

    /// A full RFC 3339 timestamp for feeds and sitemaps; unknown parts become the first month or day.
    public var rfc3339: String {
        "\(padded(year, width: 4))-\(padded(month ?? 1, width: 2))-\(padded(day ?? 1, width: 2))T00:00:00Z"
    }

    public static func < (lhs: SpeechDate, rhs: SpeechDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

}

/// Zero-padded decimal digits, without Foundation's formatters.
private func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension SpeechDate {
    /// A date as an editor writes it in a field (front matter, `--date`): `2024-04-28`, `2024-4-28`,
    /// `2024.04.28`, `2024/04/28`, `2024年4月28日`, `二〇二四年四月二十八日`, or as far as it is known (`2024`,
    /// `2024-04`, `2024年4月`). The forms are SpeechText's, which reads dates in speeches' texts.
    static func reading(field text: String) throws(ContentError) -> SpeechDate {
        switch TextDateParser.parse(field: text) {
        case .date(let date)?:
            guard let speechDate = SpeechDate(year: date.year, month: date.month, day: date.day) else { throw .badDate(text) }
            return speechDate
        case let .impossible(year, month, day)?:
            throw .impossibleDate(text, year: year, month: month, day: day)
        case nil:
            throw .badDate(text)
        }
    }
}
