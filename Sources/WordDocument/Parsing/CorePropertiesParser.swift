import Foundation

/// Reads docProps/core.xml into `WordCoreProperties`.
final class CorePropertiesParser: XMLPartHandler {
    private(set) var properties = WordCoreProperties()
    private var text = ""

    func startElement(_ name: XMLName, attributes: XMLAttributes, parent: XMLName?) -> Bool {
        text = ""
        return true
    }

    func endElement(_ name: XMLName, parent: XMLName?) {
        guard name.namespace == .coreProperties else { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        text = ""
        guard !value.isEmpty else { return }
        switch name.local {
        case "title": properties.title = value
        case "subject": properties.subject = value
        case "creator": properties.creator = value
        case "keywords": properties.keywords = value
        case "created": properties.created = Self.date(value)
        case "modified": properties.modified = Self.date(value)
        default: break
        }
    }

    func characters(_ text: String, in element: XMLName) {
        self.text += text
    }

    /// A W3C date-time (`2024-01-15T08:30:00Z`, with fractions of seconds, or a bare `2024-01-15`
    /// or `2024`), as the schema of core.xml allows.
    static func date(_ value: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds], [.withFullDate],
        ] {
            formatter.formatOptions = options
            if let date = formatter.date(from: value) { return date }
        }
        guard value.count == 4, let year = Int(value) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(from: DateComponents(year: year, month: 1, day: 1))
    }
}
