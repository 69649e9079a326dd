import Testing
import TemplateEngine

/// Behaviour beyond the spec's tests: escaping, value formatting, truthiness, layouts, the library API.
@Suite("Rendering")
struct RenderingTests {
    static func render(_ template: String, _ context: TemplateValue, partials: [String: String] = [:]) throws -> String {
        var sources = partials
        sources["page"] = template
        return try TemplateLibrary(sources: sources).render("page", context: context)
    }

    @Test func escapesTheFiveHTMLCharacters() throws {
        let context: TemplateValue = ["text": "<a href=\"x\">Tom & Jerry's</a>"]
        #expect(try Self.render("{{text}}", context) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(try Self.render("{{{text}}}|{{& text}}", context) == "<a href=\"x\">Tom & Jerry's</a>|<a href=\"x\">Tom & Jerry's</a>")
        #expect(try Self.render("{{text}}", ["text": "标题“引号”&"]) == "标题“引号”&amp;")
    }

    /// Escaping reads eight bytes at a time where it can: a special character is escaped at every offset, next
    /// to Chinese text, digits and other ASCII below 0x40 that the word-wide test also stops at.
    @Test func escapesAtEveryOffset() throws {
        for special in ["&", "<", ">", "\"", "'"] {
            let escaped = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][special] ?? ""
            for before in 0...17 {
                let head = String(repeating: "劳", count: before / 3) + String(repeating: "9", count: before % 3)
                let tail = "模精神 2024年，(1)"
                let rendered = try Self.render("{{text}}", ["text": .string(head + special + tail + special)])
                #expect(rendered == head + escaped + tail + escaped)
            }
        }
    }

    @Test func whitespaceBeforeTheSigil() throws {
        #expect(try Self.render("{{ #items }}({{ . }}){{ /items }}{{ ^items }}none{{ /items }}", ["items": [1, 2]]) == "(1)(2)")
        #expect(try Self.render("{{ = <% %> = }}<% name %>{{name}}", ["name": "n"]) == "n{{name}}")
        #expect(try Self.render("{{ ! note }}{{ > p }}", nil, partials: ["p": "P"]) == "P")
    }

    @Test func formatsValues() throws {
        let context: TemplateValue = [
            "int": 85, "negative": -3, "decimal": 1.210, "whole": 1000.0, "yes": true, "no": false,
            "list": [1, 2], "map": ["a": 1], "nothing": nil,
        ]
        let output = try Self.render("{{int}} {{negative}} {{decimal}} {{whole}} {{yes}} {{no}} [{{list}}] [{{map}}] [{{nothing}}]", context)
        #expect(output == "85 -3 1.21 1000 true false [] [] []")
    }

    @Test func truthiness() throws {
        let template = "{{#v}}T{{/v}}{{^v}}F{{/v}}"
        let cases: [(TemplateValue, String)] = [
            (nil, "F"), (false, "F"), (true, "T"), (0, "F"), (7, "T"), (0.0, "F"), (0.5, "T"), ("", "F"), ("x", "T"),
            ([], "F"), (["a"], "T"), ([:], "T"),
        ]
        for (value, expected) in cases {
            #expect(try Self.render(template, ["v": value]) == expected, "\(value)")
        }
    }

    @Test func layoutWithBlocksAndIndentedPartials() throws {
        let sources = [
            "layout": "<body>\n  {{>partials/header}}\n  <main>\n    {{$content}}\n    {{/content}}\n  </main>\n</body>\n",
            "partials/header": "<header>\n  <h1>{{title}}</h1>\n\n</header>\n",
            "page": "{{<layout}}\n{{$content}}\n<p>{{text}}</p>\n<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n{{/content}}\n{{/layout}}\n",
        ]
        let output = try TemplateLibrary(sources: sources).render("page", context: ["title": "T", "text": "a\nb", "items": [1, 2]])
        #expect(output == """
            <body>
              <header>
                <h1>T</h1>

              </header>
              <main>
                <p>a
            b</p>
                <ul>
                  <li>1</li>
                  <li>2</li>
                </ul>
              </main>
            </body>

            """)
    }

    @Test func blockDefaultsRenderAsWritten() throws {
        let layout = "<title>{{$title}}{{site}}{{/title}}</title>\n  {{$nav}}<nav>\n  </nav>{{/nav}}\n"
        #expect(try TemplateLibrary(sources: ["layout": layout]).render("layout", context: ["site": "S"])
            == "<title>S</title>\n  <nav>\n  </nav>\n")
    }

    @Test func dynamicPartials() throws {
        let sources = ["page": "{{#items}}{{>*kind}}{{/items}}", "text": "<p>{{content}}</p>", "image": "<img src=\"{{url}}\">"]
        let context: TemplateValue = ["items": [["kind": "text", "content": "hi"], ["kind": "image", "url": "a.png"], ["kind": "video"]]]
        #expect(try TemplateLibrary(sources: sources).render("page", context: context) == "<p>hi</p><img src=\"a.png\">")
        let parents = ["page": "{{<*layout}}{{$body}}B{{/body}}{{/*layout}}", "wide": "[{{$body}}{{/body}}]", "narrow": "({{$body}}{{/body}})"]
        let library = try TemplateLibrary(sources: parents)
        #expect(try library.render("page", context: ["layout": "wide"]) == "[B]")
        #expect(try library.render("page", context: ["layout": "narrow"]) == "(B)")
    }

    @Test func missingPartialPolicies() throws {
        #expect(throws: TemplateError.self) { try TemplateLibrary(sources: ["page": "{{>nope}}"]) }
        let lenient = try TemplateLibrary(sources: ["page": "[{{>nope}}][{{<nope}}{{/nope}}]"], missingPartials: .renderEmpty)
        #expect(try lenient.render("page", context: nil) == "[][]")
    }

    @Test func renderAppendsToTheBuffer() throws {
        let library = try TemplateLibrary(sources: ["b": "{{x}}", "a": "A"])
        #expect(library.names == ["a", "b"])
        #expect(library.contains("a") && !library.contains("c"))
        #expect(library.file(of: "a") == "a")
        var output = "<!-- -->"
        var unresolved: [UnresolvedName] = []
        try library.render("b", context: ["x": 1], into: &output, strict: false, unresolved: &unresolved)
        try library.render("a", context: nil, into: &output, strict: false, unresolved: &unresolved)
        #expect(output == "<!-- -->1A")
    }

    @Test func valueLiteralsAndDescription() {
        let value: TemplateValue = ["title": "讲话", "count": 2, "ratio": 0.5, "draft": false, "tags": ["a"], "none": nil]
        #expect(value["title"] == .string("讲话"))
        #expect(value["missing"] == nil)
        #expect(value.description == "[\"count\": 2, \"draft\": false, \"none\": null, \"ratio\": 0.5, \"tags\": [\"a\"], \"title\": \"讲话\"]")
    }
}
