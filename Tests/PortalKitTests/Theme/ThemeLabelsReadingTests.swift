import PortalSupport
import Testing
@testable import PortalKit

@Suite struct ThemeLabelsReadingTests {
    /// Every label, each with a text of its own placeholders.
    static var complete: String {
        ThemeLabels.Key.allCases.map { key in
            "\(key.rawValue): \"\(key.rawValue)" + key.placeholders.sorted().map { " {\($0)}" }.joined() + "\""
        }.joined(separator: "\n") + "\n"
    }

    @Test func readsEveryLabelAndFillsItsPlaceholders() throws {
        let (labels, diagnostics) = ThemeLabels.read(yaml: Self.complete, file: "templates/labels.yml")
        #expect(diagnostics.isEmpty)
        let read = try #require(labels)
        #expect(read.text(.home) == "home")
        #expect(read.text(.keywordDescription, ["term": "T", "speeches": "2", "mentions": "5"]) == "keyword_description 5 2 T")
        #expect(read.date(SpeechDate(year: 2023, month: 10, day: 23)!) == "date_day 23 10 2023")
        #expect(read.date(SpeechDate(year: 2023, month: 10)!) == "date_month 10 2023")
        #expect(read.year(nil) == "undated")
    }

    @Test func aMissingLabelIsAnErrorNamingIt() {
        let yaml = Self.complete.split(separator: "\n").filter { !$0.hasPrefix("undated:") && !$0.hasPrefix("month:") }
            .joined(separator: "\n")
        let (labels, diagnostics) = ThemeLabels.read(yaml: yaml, file: "templates/labels.yml")
        #expect(labels == nil)
        #expect(diagnostics.map(\.description) == [
            "templates/labels.yml: error: labels.yml has no `month`, `undated`\n  hint: give every label a text; portalgen's own templates/labels.yml lists them all with their Chinese words",
        ])
    }

    @Test func aPlaceholderTheLabelDoesNotHaveIsAnErrorAtItsPlace() {
        let yaml = Self.complete.replacingOccurrences(of: "keyword_link_title: \"keyword_link_title {term}\"",
                                                       with: "keyword_link_title: \"{titel}\"")
        let (labels, diagnostics) = ThemeLabels.read(yaml: yaml, file: "templates/labels.yml")
        #expect(labels == nil)
        let error = diagnostics.first
        #expect(error?.location?.file == "templates/labels.yml" && error?.location?.column == 21)
        #expect(error?.description.contains("names `{titel}`, which it does not have") == true)
        #expect(error?.description.contains("can name {term}") == true)
    }

    @Test func anUnknownLabelIsAWarningWithASuggestion() throws {
        let (labels, diagnostics) = ThemeLabels.read(yaml: Self.complete + "serach: 查找\n", file: "templates/labels.yml")
        #expect(labels != nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.description.contains("did you mean `search`?") == true)
    }
}
