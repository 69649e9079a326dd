import PortalSupport
import Testing
@testable import PortalKit

@Suite struct YAMLFieldsTests {
    /// Front matter starts on the file's second line, under its `---`.
    private func fields(_ yaml: String) throws(Diagnostic) -> YAMLFields {
        try YAMLFields(yaml: yaml, file: "a.md", firstLine: 2)
    }

    private func error(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test func entriesKeepTheirOrderAndAnEmptyDocumentHasNone() throws {
        #expect(try fields("b: 1\na: 2\n").entries.map(\.key) == ["b", "a"])
        #expect(try fields("").entries.isEmpty)
        #expect(try fields("# only a comment\n").entries.isEmpty)
    }

    @Test func syntaxErrorsArePlacedInTheFile() {
        let broken = error { _ = try fields("title: a: b\n") }
        #expect(broken?.message.key == .yamlColonInValue)
        #expect(broken?.location == SourceLocation(file: "a.md", line: 2, column: 9))
        // What a person would not see as a mistake is left in the parser's words.
        let alias = error { _ = try fields("title: a\nb: *x\n") }
        #expect(alias?.message.key == .yamlReservedStart)
        let deep = error { _ = try fields("a:\n  - b\n - c\n") }
        #expect(deep?.message.key == .invalidYAML)
        let twice = error { _ = try fields("title: a\ndate: 2023\ntitle: b\n") }
        #expect(twice?.message.key == .duplicateField)
        #expect(twice?.description.contains("`title` is given twice") == true)
        // Yams reports a repeated key where its mapping starts.
        #expect(twice?.location?.line == 2)
        let list = error { _ = try fields("- a\n- b\n") }
        #expect(list?.message.key == .notMapping)
    }

    @Test func textValuesAcceptNumbersAndTrimSpaces() throws {
        let yaml = try fields("title: 2023\nname: \"\u{3000}工会 \"\nempty:\nlist: [a]\n")
        let values = Dictionary(uniqueKeysWithValues: yaml.entries.map { ($0.key, $0.value) })
        #expect(try yaml.string(values["title"]!, field: "title") == "2023")
        #expect(try yaml.string(values["name"]!, field: "name") == "工会")
        #expect(try yaml.string(values["empty"]!, field: "empty") == "")
        let empty = error { _ = try yaml.nonEmptyString(values["empty"]!, field: "empty") }
        #expect(empty?.description == "a.md:4:7: error: `empty` is empty\n  hint: give `empty` a value or remove the line")
        let notText = error { _ = try yaml.string(values["list"]!, field: "title") }
        #expect(notText?.description == "a.md:5:7: error: `title` must be text, but it is a list\n  hint: write it as `title: 在工会干部培训班上的讲话`")
    }

    @Test func typedValues() throws {
        let yaml = try fields("draft: yes\ncount: 12\nshare: 0.5\nwhole: 3\nbad: 也许\nauto: Auto\n")
        let values = Dictionary(uniqueKeysWithValues: yaml.entries.map { ($0.key, $0.value) })
        #expect(try yaml.bool(values["draft"]!, field: "draft"))
        #expect(try yaml.int(values["count"]!, field: "count") == 12)
        #expect(try yaml.numberOrAuto(values["share"]!, field: "share") == 0.5)
        #expect(try yaml.numberOrAuto(values["whole"]!, field: "whole") == 3)
        #expect(try yaml.numberOrAuto(values["auto"]!, field: "auto") == nil)
        #expect(error { _ = try yaml.int(values["bad"]!, field: "count") }?.description
            .hasPrefix("a.md:6:6: error: `count` must be a whole number, but it is `也许`") == true)
    }

    @Test func listsAreListsOrTextSplitAtCommas() throws {
        let yaml = try fields("a: [劳模精神, 工匠精神]\nb: 劳模精神、工匠精神，劳动精神\nc: ~\nd: [x, {k: v}]\n")
        let values = Dictionary(uniqueKeysWithValues: yaml.entries.map { ($0.key, $0.value) })
        #expect(try yaml.stringList(values["a"]!, field: "a") == ["劳模精神", "工匠精神"])
        #expect(try yaml.stringList(values["b"]!, field: "b") == ["劳模精神", "工匠精神", "劳动精神"])
        #expect(try yaml.stringList(values["c"]!, field: "c") == [])
        let nested = error { _ = try yaml.stringList(values["d"]!, field: "keywords") }
        #expect(nested?.description == "a.md:5:8: error: `keywords` must be a list of texts, but it is a list containing a group of fields\n"
            + "  hint: write it as `keywords: [劳模精神, 工匠精神]`")
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let long = String(repeating: "长", count: 40)
        let yaml = try fields("draft: \(long)\n")
        let shown = error { _ = try yaml.bool(yaml.entries[0].value, field: "draft") }?.description ?? ""
        #expect(shown.contains("but it is `\(String(repeating: "长", count: 30))…`"))
    }
}

/// Anchors and aliases may not multiply the work of a build: what aliases add is bounded.
@Suite struct YAMLExpansionTests {
    private func error(_ yaml: String) -> Diagnostic? {
        do {
            _ = try YAMLFields(yaml: yaml, file: "a.md", firstLine: 2, names: .speech)
            return nil
        } catch {
            return error
        }
    }

    @Test(.timeLimit(.minutes(1))) func manyAliasesOfALargeAnchorAreRefusedAtTheirField() {
        let anchor = String(repeating: "劳模精神", count: 30_000)  // 360 KB
        let yaml = "title: 锚点\nanchor: &s \(anchor)\nkeywords: [\(Array(repeating: "*s", count: 30_000).joined(separator: ", "))]\n"
        let refused = error(yaml)
        #expect(refused?.message.key == .yamlAliasExpansion)
        #expect(refused?.location == SourceLocation(file: "a.md", line: 4, column: 1))
        #expect(refused?.hint?.key == .yamlAliasExpansionHint)
    }

    @Test(.timeLimit(.minutes(1))) func nestedAnchorsAreRefusedBeforeTheyGrow() {
        // Ten levels of ten copies: 10^10 values written out.
        var lines = ["title: 锚点", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]")
        }
        #expect(error(lines.joined(separator: "\n") + "\n")?.message.key == .yamlAliasExpansion)
    }

    @Test(.timeLimit(.minutes(1))) func anAliasAsAFieldNameIsRefusedBeforeTheParserHashesIt() {
        var lines = ["title: 锚点", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]")
        }
        for key in ["? *a9\n: 1", "*a9 : 1", "[*a9]: 1", "b: {? *a9 : 1}"] {
            let refused = error((lines + [key]).joined(separator: "\n") + "\n")
            #expect(refused?.message.key == .yamlAliasKey, "\(key)")
            #expect(refused?.location?.line == 13, "\(key)")
        }
        // A `*` in text is no alias.
        #expect(error("title: 重点 *注意* 事项\nsummary: 5 * 3\n") == nil)
    }

    @Test func aFewAliasesAndLargeTextWithoutAliasesAreRead() throws {
        #expect(error("title: &t 讲话\nsummary: *t\nkeywords: [*t, *t]\n") == nil)
        let large = String(repeating: "工匠精神", count: 200_000)  // 2.4 MB, no alias
        #expect(error("title: 讲话\nsummary: \(large)\n") == nil)
    }
}
