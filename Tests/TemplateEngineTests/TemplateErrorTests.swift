import Testing
import TemplateEngine

/// Every load-time error kind: its message, line and column (in Characters), source line and hint.
@Suite("Template errors")
struct TemplateErrorTests {
    /// The error loading `sources` throws, or nil when they load.
    static func loadError(_ sources: [String: String]) -> TemplateError? {
        do {
            _ = try TemplateLibrary(sources: sources)
            return nil
        } catch {
            return error
        }
    }

    static func loadError(_ template: String) -> TemplateError? {
        loadError(["page": template])
    }

    @Test func unclosedSection() throws {
        let error = try #require(Self.loadError("<ul>\n  {{#keywords}}\n  <li>{{.}}</li>\n</ul>\n"))
        #expect(error.kind == .unclosedSection(name: "keywords", opening: "{{#keywords}}"))
        #expect(error.message == "unclosed section {{#keywords}}")
        #expect(error.hint == "add {{/keywords}} after the section's content, or remove the {{#keywords}} tag")
        #expect((error.file, error.line, error.column) == ("page", 2, 3))
        #expect(error.sourceLine == "  {{#keywords}}")
    }

    @Test func unclosedInvertedSectionParentAndBlock() throws {
        let inverted = try #require(Self.loadError("{{^draft}}published"))
        #expect(inverted.message == "unclosed inverted section {{^draft}}")
        let parent = try #require(Self.loadError("x\n{{<layout}}\n{{$title}}T{{/title}}\n"))
        #expect(parent.message == "unclosed parent {{<layout}}")
        #expect((parent.line, parent.column) == (2, 1))
        let block = try #require(Self.loadError("<title>{{$title}}Default"))
        #expect(block.message == "unclosed block {{$title}}")
        #expect(block.hint == "add {{/title}} after the block's content, or remove the {{$title}} tag")
        #expect((block.line, block.column) == (1, 8))
    }

    @Test func mismatchedCloseTag() throws {
        let error = try #require(Self.loadError("{{#speeches}}\n  {{#keywords}}{{name}}\n{{/speeches}}\n"))
        #expect(error.kind == .mismatchedClose(expected: "{{/keywords}}", found: "{{/speeches}}", openLine: 2, openColumn: 3))
        #expect(error.message == "{{/speeches}} does not match the open section {{#keywords}} (line 2, column 3)")
        #expect(error.hint == "close {{#keywords}} with {{/keywords}} before this tag, or correct this tag to {{/keywords}}")
        #expect((error.line, error.column) == (3, 1))
    }

    @Test func closeTagWithoutOpen() throws {
        let error = try #require(Self.loadError("<p>{{title}}</p>\n<p>{{/title}}</p>"))
        #expect(error.kind == .unexpectedClose(name: "title"))
        #expect(error.message == "{{/title}} closes nothing: no section \"title\" is open here")
        #expect((error.line, error.column) == (2, 4))
    }

    @Test func badSetDelimiterTags() throws {
        let three = try #require(Self.loadError("a\nb {{=<% %> x=}}"))
        #expect(three.kind == .badSetDelimiters(content: "{{=<% %> x=}}"))
        #expect(three.message == "bad set-delimiter tag {{=<% %> x=}}")
        #expect(three.hint.contains("e.g. {{=<% %>=}}"))
        #expect((three.line, three.column) == (2, 3))
        let one = try #require(Self.loadError("{{=<%=}}"))
        #expect(one.kind == .badSetDelimiters(content: "{{=<%=}}"))
        let equals = try #require(Self.loadError("{{=<= =>=}}"))
        #expect(equals.message.hasPrefix("bad set-delimiter tag"))
        let unterminated = try #require(Self.loadError("x {{=<% %>}}"))
        #expect(unterminated.message == "bad set-delimiter tag {{=<% %>}}: it must end with \"=}}\"")
        #expect((unterminated.line, unterminated.column) == (1, 3))
    }

    @Test func unclosedTags() throws {
        let atEnd = try #require(Self.loadError("Hello {{name"))
        #expect(atEnd.kind == .unclosedTag(opening: "{{", closing: "}}"))
        #expect(atEnd.message == "unclosed tag: \"{{\" has no matching \"}}\"")
        #expect((atEnd.line, atEnd.column) == (1, 7))
        let runsOn = try #require(Self.loadError("<h1>{{title}</h1>\n<p>{{summary}}</p>"))
        #expect(runsOn.kind == .unclosedTag(opening: "{{", closing: "}}"))
        #expect((runsOn.line, runsOn.column) == (1, 5))
        let triple = try #require(Self.loadError("{{{body}}"))
        #expect(triple.kind == .unclosedTag(opening: "{{{", closing: "}}}"))
        let custom = try #require(Self.loadError("{{=<% %>=}}\n<%name"))
        #expect(custom.kind == .unclosedTag(opening: "<%", closing: "%>"))
        #expect((custom.line, custom.column) == (2, 1))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(Self.loadError("标题：{{#titel}}"))
        #expect((error.line, error.column) == (1, 4))
        #expect(error.description.hasSuffix("|       ^\n  hint: add {{/titel}} after the section's content, or remove the {{#titel}} tag"))
    }

    @Test func emptyAndInvalidNames() throws {
        let empty = try #require(Self.loadError("a {{ }} b"))
        #expect(empty.kind == .emptyTagName(tag: "{{}}"))
        #expect(empty.message == "empty tag {{}}: a tag needs a name")
        #expect((empty.line, empty.column) == (1, 3))
        let section = try #require(Self.loadError("\n\n  {{#}}{{/}}"))
        #expect(section.kind == .emptyTagName(tag: "{{#}}"))
        #expect((section.line, section.column) == (3, 3))
        let spaced = try #require(Self.loadError("{{first name}}"))
        #expect(spaced.kind == .invalidTagName(name: "first name"))
        #expect(spaced.hint == "a name cannot contain spaces; did you mean {{first_name}}?")
        let dots = try #require(Self.loadError("x{{speech..title}}"))
        #expect(dots.kind == .invalidTagName(name: "speech..title"))
        #expect((dots.line, dots.column) == (1, 2))
    }

    @Test func unknownPartialSuggestsNearestNames() throws {
        let error = try #require(Self.loadError([
            "speech": "<body>\n  {{>partials/heade}}\n</body>",
            "partials/header": "<header></header>", "partials/footer": "<footer></footer>",
        ]))
        #expect(error.kind == .unknownPartial(name: "partials/heade", suggestions: ["partials/header"]))
        #expect(error.message == "unknown partial \"partials/heade\"")
        #expect(error.hint.hasPrefix("did you mean \"partials/header\"?"))
        #expect((error.file, error.line, error.column) == ("speech", 2, 3))
        let bare = try #require(Self.loadError(["page": "{{>header}}", "partials/header": ""]))
        #expect(bare.kind == .unknownPartial(name: "header", suggestions: ["partials/header"]))
        let none = try #require(Self.loadError(["page": "{{>sidebar}}", "partials/header": ""]))
        #expect(none.kind == .unknownPartial(name: "sidebar", suggestions: []))
        #expect(none.hint == "create sidebar, or use the name of an existing template")
    }

    @Test func unknownParent() throws {
        let error = try #require(Self.loadError(["speech": "{{<layuot}}\n{{$title}}T{{/title}}\n{{/layuot}}", "layout": ""]))
        #expect(error.kind == .unknownParent(name: "layuot", suggestions: ["layout"]))
        #expect(error.message == "unknown parent \"layuot\"")
        #expect((error.line, error.column) == (1, 1))
    }

    @Test func blockPassedUnderANameTheParentNeverShows() throws {
        let sources = [
            "layout": "<title>{{$title}}{{/title}}</title>\n{{>partials/main}}",
            "partials/main": "<main>{{$content}}{{/content}}</main>",
            "speech": "{{<layout}}\n{{$titel}}讲话{{/titel}}\n{{$content}}…{{/content}}\n{{/layout}}",
        ]
        let error = try #require(Self.loadError(sources))
        #expect(error.kind == .unknownBlock(name: "titel", parent: "layout", suggestions: ["title"]))
        #expect(error.message == "block \"titel\" is not a block of parent \"layout\"")
        #expect(error.hint == "did you mean \"title\"? (the blocks of layout: content, title)")
        #expect((error.file, error.line, error.column) == ("speech", 2, 1))
        var dynamic = sources
        dynamic["layout"] = "{{$title}}{{/title}}{{>*main}}"
        #expect(Self.loadError(dynamic) == nil)
    }

    @Test func partialThatIncludesItselfWithoutEnd() throws {
        let direct = try #require(Self.loadError(["page": "<p>\n  {{>page}}\n</p>"]))
        #expect(direct.kind == .recursiveInclude(cycle: ["page", "page"]))
        #expect(direct.message == "partial \"page\" includes itself without end")
        #expect(direct.hint.contains("inside a section that ends the recursion"))
        #expect((direct.line, direct.column) == (2, 3))
        let indirect = try #require(Self.loadError(["a": "{{>b}}", "b": "x\n {{>c}}", "c": "{{#x}}{{/x}}{{>a}}"]))
        #expect(indirect.kind == .recursiveInclude(cycle: ["a", "b", "c", "a"]))
        #expect(indirect.message == "partial \"a\" includes itself without end: a → b → c → a")
        #expect((indirect.file, indirect.line, indirect.column) == ("c", 1, 13))
        let parent = try #require(Self.loadError(["layout": "{{<layout}}{{/layout}}"]))
        #expect(parent.kind == .recursiveInclude(cycle: ["layout", "layout"]))
    }

    @Test func recursionGuardedBySectionOrBlockLoads() throws {
        _ = try TemplateLibrary(sources: ["node": "<li>{{name}}{{#children}}<ul>{{>node}}</ul>{{/children}}</li>"])
        _ = try TemplateLibrary(sources: ["a": "{{$more}}{{>b}}{{/more}}", "b": "{{<a}}{{$more}}end{{/more}}{{/a}}"])
    }

    @Test func recursionThatNeverEndsAtRunTimeThrows() throws {
        let library = try TemplateLibrary(sources: ["node": "x\n{{#more}}\n  {{>node}}\n{{/more}}"])
        #expect(throws: TemplateError.self) { try library.render("node", context: ["more": true]) }
        do {
            _ = try library.render("node", context: ["more": true])
        } catch {
            #expect(error.kind == .includeDepthExceeded(limit: 64, name: "node"))
            #expect((error.file, error.line, error.column) == ("node", 3, 3))
            #expect(error.sourceLine == "  {{>node}}")
            #expect(error.message == "partials, parents and blocks nested more than 64 deep when including \"node\"")
        }
        let dynamic = try TemplateLibrary(sources: ["a": "{{>*next}}"])
        #expect(throws: TemplateError.self) { try dynamic.render("a", context: ["next": "a"]) }
    }

    @Test func deepRecursionStopsBeforeTheStackOverflows() throws {
        let deepSections = String(repeating: "{{#a}}", count: 99) + "{{>*next}}" + String(repeating: "{{/a}}", count: 99)
        let deepBlocks = String(repeating: "{{$a}}", count: 99) + "{{>*next}}" + String(repeating: "{{/a}}", count: 99)
        let library = try TemplateLibrary(sources: ["sections": deepSections, "blocks": deepBlocks])
        for (name, context) in [("sections", ["a": true, "next": "sections"]), ("blocks", ["next": "blocks"])] as [(String, TemplateValue)] {
            do {
                _ = try library.render(name, context: context)
                Issue.record("\(name) rendered without end")
            } catch {
                #expect(error.kind == .nestingTooDeep(limit: 256))
                #expect(error.message == "sections, partials and blocks nested more than 256 deep while rendering")
                #expect(error.line == 1)
            }
        }
    }

    @Test func tagsDirectlyInsideAParent() throws {
        let error = try #require(Self.loadError(["page": "{{<layout}}\n  {{title}}\n{{/layout}}", "layout": ""]))
        #expect(error.kind == .tagInsideParent(tag: "{{title}}", parent: "{{<layout}}"))
        #expect(error.message == "{{title}} directly inside {{<layout}}…{{/layout}} would be ignored")
        #expect((error.line, error.column) == (2, 3))
    }

    @Test func nestingLimit() throws {
        let deep = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
        let error = try #require(Self.loadError(deep))
        #expect(error.kind == .nestingTooDeep(limit: 100))
        #expect((error.line, error.column) == (1, 601))
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(Self.loadError(fine) == nil)
    }

    @Test func descriptionPointsAtTheTag() throws {
        let text = String(repeating: "\n", count: 11) + "<ul>{{#keywords}}"
        let error = try #require(Self.loadError(text))
        #expect(error.description == """
            page:12:5: error: unclosed section {{#keywords}}
              12 | <ul>{{#keywords}}
                 |     ^
              hint: add {{/keywords}} after the section's content, or remove the {{#keywords}} tag
            """)
    }

    @Test func unknownTemplateAtRender() throws {
        let library = try TemplateLibrary(sources: ["speech": "x"])
        #expect(throws: TemplateError.self) { try library.render("speach", context: nil) }
        do {
            _ = try library.render("speach", context: nil)
        } catch {
            #expect(error.kind == .unknownTemplate(name: "speach", suggestions: ["speech"]))
        }
    }
}
