import Testing
import TemplateEngine

/// Strict mode reports names a template reads but the context never provides, with their places.
@Suite("Strict mode")
struct StrictModeTests {
    static func unresolved(
        _ sources: [String: String], _ name: String = "page", context: TemplateValue
    ) throws -> (output: String, names: [UnresolvedName]) {
        let library = try TemplateLibrary(sources: sources)
        var output = ""
        var names: [UnresolvedName] = []
        try library.render(name, context: context, into: &output, strict: true, unresolved: &names)
        return (output, names)
    }

    @Test func misspeltNameInASection() throws {
        let (output, names) = try Self.unresolved(
            ["page": "{{#speech}}\n<h1>{{titel}}</h1>\n{{/speech}}\n"], context: ["speech": ["title": "讲话"]])
        #expect(output == "<h1></h1>\n")
        #expect(names == [UnresolvedName(name: "titel", template: "page", line: 2, column: 5)])
    }

    @Test func misspeltSectionName() throws {
        let (_, names) = try Self.unresolved(
            ["page": "<ul>{{#keywrds}}<li>{{.}}</li>{{/keywrds}}</ul>"], context: ["keywords": ["a"]])
        #expect(names == [UnresolvedName(name: "keywrds", template: "page", line: 1, column: 5)])
    }

    @Test func misspeltNameInAPartial() throws {
        let (_, names) = try Self.unresolved(
            ["page": "{{#speech}}\n  {{>partials/meta}}\n{{/speech}}", "partials/meta": "<dl>\n  <dd>{{speker}}</dd>\n</dl>"],
            context: ["speech": ["speaker": "主席"]])
        #expect(names == [UnresolvedName(name: "speker", template: "partials/meta", line: 2, column: 7)])
    }

    @Test func dottedNameWhoseFirstPartResolves() throws {
        let (_, names) = try Self.unresolved(
            ["page": "{{speech.title}}\n{{speech.titel}}\n{{site.title}}\n{{speech.title.text}}"],
            context: ["speech": ["title": "讲话"]])
        #expect(names == [
            UnresolvedName(name: "speech.titel", template: "page", line: 2, column: 1),
            UnresolvedName(name: "site.title", template: "page", line: 3, column: 1),
            UnresolvedName(name: "speech.title.text", template: "page", line: 4, column: 1),
        ])
    }

    @Test func nullIsProvided() throws {
        let (_, names) = try Self.unresolved(
            ["page": "{{summary}}{{#date}}{{date}}{{/date}}{{^place}}-{{/place}}{{meta.source}}{{.}}"],
            context: ["summary": nil, "date": nil, "place": nil, "meta": nil])
        #expect(names.isEmpty)
    }

    @Test func recordedOncePerPlace() throws {
        let (_, names) = try Self.unresolved(
            ["page": "{{#items}}{{nmae}},{{/items}}{{nmae}}"], context: ["items": [["name": "a"], ["name": "b"]]])
        #expect(names == [
            UnresolvedName(name: "nmae", template: "page", line: 1, column: 11),
            UnresolvedName(name: "nmae", template: "page", line: 1, column: 30),
        ])
        let library = try TemplateLibrary(sources: ["page": "{{missing}}"])
        var output = ""
        var collected: [UnresolvedName] = []
        for _ in 0..<3 {
            try library.render("page", context: [:], into: &output, strict: true, unresolved: &collected)
        }
        #expect(collected.count == 1)
    }

    @Test func blocksPassedToAParentReportTheirOwnTemplate() throws {
        let (output, names) = try Self.unresolved(
            ["layout": "<title>{{$title}}{{site.title}}{{/title}}</title>",
             "page": "{{<layout}}\n{{$title}}{{speech.titel}}{{/title}}\n{{/layout}}"],
            context: ["speech": ["title": "讲话"], "site": ["title": "园地"]])
        #expect(output == "<title></title>")
        #expect(names == [UnresolvedName(name: "speech.titel", template: "page", line: 2, column: 11)])
    }

    @Test func dynamicPartialNamingNoTemplate() throws {
        let (_, names) = try Self.unresolved(["page": "{{>*kind}}{{>*missing}}", "text": "t"], context: ["kind": "txet"])
        #expect(names == [
            UnresolvedName(name: ">txet", template: "page", line: 1, column: 1),
            UnresolvedName(name: "missing", template: "page", line: 1, column: 11),
        ])
    }

    @Test func lenientRenderRecordsNothing() throws {
        let library = try TemplateLibrary(sources: ["page": "{{missing}}"])
        var output = ""
        var names: [UnresolvedName] = []
        try library.render("page", context: [:], into: &output, strict: false, unresolved: &names)
        #expect(names.isEmpty)
    }
}
