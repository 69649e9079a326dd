import Testing
import TemplateEngine

/// One library, shared by many tasks at once, renders the same pages as it does alone.
@Suite("Concurrency")
struct ConcurrencyTests {
    static let sources = [
        "layout": "<html>\n  <title>{{$title}}{{site}}{{/title}}</title>\n  <body>\n    {{$content}}\n    {{/content}}\n  </body>\n</html>\n",
        "partials/item": "<li>{{name}} ({{count}})</li>\n",
        "page": "{{<layout}}\n{{$title}}{{title}}{{/title}}\n{{$content}}\n<h1>{{title}}</h1>\n<ul>\n  {{#items}}\n  {{>partials/item}}\n  {{/items}}\n</ul>\n{{/content}}\n{{/layout}}\n",
    ]

    static func context(_ page: Int) -> TemplateValue {
        .map([
            "site": "园地", "title": .string("第\(page)页 <&>"),
            "items": .list((0..<20).map { .map(["name": .string("条目\($0)"), "count": .int($0 * page)]) }),
        ])
    }

    @Test func manyTasksRenderTheSameLibrary() async throws {
        let library = try TemplateLibrary(sources: Self.sources)
        let expected = try (0..<8).map { try library.render("page", context: Self.context($0)) }
        #expect(expected[3].contains("    <h1>第3页 &lt;&amp;&gt;</h1>\n    <ul>\n      <li>条目0 (0)</li>\n"))
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<32 {
                group.addTask {
                    var wrong = 0
                    var output = ""
                    var unresolved: [UnresolvedName] = []
                    for round in 0..<200 {
                        let page = (task + round) % 8
                        output.removeAll(keepingCapacity: true)
                        do {
                            try library.render(
                                "page", context: Self.context(page), into: &output, strict: true, unresolved: &unresolved)
                        } catch {
                            wrong += 1
                        }
                        if output != expected[page] || !unresolved.isEmpty { wrong += 1 }
                    }
                    return wrong
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
