import PortalTestSupport
import TemplateEngine
import Testing

/// Random and mutated template sources must load or fail with a located error, never crash; whatever loads must
/// render or fail with a located error.
@Suite("Parser robustness")
struct ParserRobustnessTests {
    static let pieces = [
        "{{", "}}", "{{{", "}}}", "{{#", "{{/", "{{^", "{{>", "{{<", "{{$", "{{!", "{{=", "=}}", "{{&", "{{>*", "{{<*",
        "a", "b", "c", "p", "q", "a.b", "c.a", ".", "..", " ", "  ", "\n", "\r\n", "\r", "\t", "<% %>", "<%", "%>",
        "*", "|", "=", "x", "标题", "{", "}", "#", "/", "^", "é", "e\u{301}", "\u{0}", "{{a}}", "{{#a}}", "{{/a}}",
        "{{^b}}", "{{/b}}", "{{>p}}", "{{<q}}", "{{/q}}", "{{$a}}", "{{/a}}", "{{=| |=}}", "|a|", "|#a|", "|/a|",
    ]

    static let contexts: [TemplateValue] = [
        ["a": true, "b": [1, 2], "c": ["a": "<x>"], "p": "p", "q": "q"],
        ["a": ["a": ["b": "z"]], "b": false, "c": nil],
        "string",
        [],
    ]

    static func randomSource(_ generator: inout SeededRandom) -> String {
        var text = ""
        for _ in 0..<generator.below(40) { text += generator.pick(pieces) }
        return text
    }

    /// Mostly well-formed templates (matched sections, parents with blocks, partials, delimiter switches) with
    /// occasional noise, so that many load and the renderer is exercised as well as the parser.
    static func structuredSource(_ generator: inout SeededRandom, depth: Int = 0) -> String {
        let names = ["a", "b", "c", "a.b", "c.a", "."]
        var text = ""
        for _ in 0..<generator.below(depth == 0 ? 8 : 4) {
            switch generator.below(depth < 4 ? 12 : 6) {
            case 0: text += generator.pick([" ", "\n", "  ", "\r\n", "\t", "x", "标题", "e\u{301}"])
            case 1: text += "{{" + generator.pick(names) + "}}"
            case 2: text += "{{{" + generator.pick(names) + "}}}"
            case 3: text += generator.pick(["{{! note }}", "{{>p}}", "  {{>q}}\n", "{{>*p}}", "{{$a}}d{{/a}}"])
            case 4: text += "{{=<% %>=}}<%a%><%={{ }}=%>"
            case 5: text += generator.pick(pieces)
            case 6, 7, 8:
                let name = generator.pick(names)
                let sigil = generator.pick(["#", "^", "$"])
                let inner = structuredSource(&generator, depth: depth + 1)
                let breakAfter = generator.pick(["", "\n", "  \n"])
                text += "{{\(sigil)\(name)}}\(breakAfter)\(inner){{/\(name)}}\(generator.pick(["", "\n"]))"
            default:
                let target = generator.pick(["p", "q", "*c"])
                let block = generator.pick(["a", "b"])
                let inner = structuredSource(&generator, depth: depth + 1)
                text += "{{<\(target)}}\n{{$\(block)}}\(inner){{/\(block)}}\n{{/\(target)}}\n"
            }
        }
        return text
    }

    /// Loads and renders; a thrown error must point into the source it names. Returns how many loads succeeded.
    @discardableResult
    static func exercise(_ sources: [String: String]) -> Int {
        var loaded = 0
        for policy in [MissingPartialPolicy.error, .renderEmpty] {
            let library: TemplateLibrary
            do {
                library = try TemplateLibrary(sources: sources, missingPartials: policy)
            } catch {
                check(error, sources)
                continue
            }
            loaded += 1
            for name in library.names {
                for context in contexts {
                    var output = ""
                    var unresolved: [UnresolvedName] = []
                    do {
                        try library.render(name, context: context, into: &output, strict: true, unresolved: &unresolved)
                    } catch {
                        check(error, sources)
                    }
                }
            }
        }
        return loaded
    }

    static func check(_ error: TemplateError, _ sources: [String: String]) {
        let source = sources[error.file] ?? ""
        // Count line feeds as bytes: "\r\n" is a single Character and would hide a line break.
        let lineCount = source.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
        #expect(error.line >= 1 && error.line <= lineCount, "\(error) in \(sources)")
        #expect(error.column >= 1, "\(error) in \(sources)")
        #expect(!error.message.isEmpty && !error.hint.isEmpty)
        #expect(error.description.contains(error.sourceLine))
    }

    @Test func randomTemplates() {
        var generator = SeededRandom(seed: 20_250_101)
        var loaded = 0
        for round in 0..<3_000 {
            let page = round % 2 == 0 ? Self.randomSource(&generator) : Self.structuredSource(&generator)
            loaded += Self.exercise([
                "page": page, "p": Self.structuredSource(&generator) + "{{$a}}{{/a}}{{$b}}{{/b}}",
                "q": Self.structuredSource(&generator) + "{{$a}}{{/a}}{{$b}}{{/b}}",
            ])
        }
        // Random soup is mostly invalid; enough must load for rendering to be exercised too.
        print("parser robustness: \(loaded) of 6000 random loads succeeded")
        #expect(loaded > 600)
    }

    @Test func mutatedSpecTemplates() {
        var generator = SeededRandom(seed: 42)
        let seeds = MustacheSpec.cases.flatMap { [$0.template] + $0.partials.values }.filter { !$0.isEmpty }
        try? #require(!seeds.isEmpty)
        var loaded = 0
        for _ in 0..<3_000 {
            var characters = Array(generator.pick(seeds))
            for _ in 0...generator.below(4) {
                let at = generator.below(characters.count + 1)
                switch generator.below(4) {
                case 0 where !characters.isEmpty:
                    characters.remove(at: min(at, characters.count - 1))
                case 1:
                    characters.insert(contentsOf: generator.pick(Self.pieces), at: at)
                case 2 where at < characters.count:
                    let end = min(characters.count, at + generator.below(12))
                    characters.insert(contentsOf: characters[at..<end], at: generator.below(characters.count + 1))
                default:
                    if characters.count > 1 {
                        characters.swapAt(generator.below(characters.count), generator.below(characters.count))
                    }
                }
            }
            loaded += Self.exercise(["page": String(characters), "p": "{{>q}}", "q": generator.pick(seeds)])
        }
        print("parser robustness: \(loaded) of 6000 mutated loads succeeded")
        #expect(loaded > 1_000)
    }

    @Test func pathologicalInputs() {
        let inputs = [
            String(repeating: "{{#a}}", count: 100_000),
            String(repeating: "{{/a}}", count: 1_000),
            String(repeating: "{{", count: 10_000),
            String(repeating: "}}", count: 10_000),
            String(repeating: "{{=<% %>=}}", count: 1_000),
            String(repeating: "{{<p}}", count: 500) + String(repeating: "{{/p}}", count: 500),
            String(repeating: "{{$a}}", count: 99) + String(repeating: "{{/a}}", count: 99),
            String(repeating: "{{<q}}{{$a}}", count: 49) + String(repeating: "{{/a}}{{/q}}", count: 49),
            String(repeating: "x{{a}}", count: 20_000),
            String(repeating: "标题 ", count: 10_000) + "{{",
            "{{=", "{{!", "{{{", "{{>", "{{>*}}", "{{<*}}", "{{/*}}", "{{=}}", "{{= =}}", "{{=a=}}", "\u{FEFF}{{a}}",
        ]
        for input in inputs {
            Self.exercise(["page": input, "p": "{{>q}}", "q": "{{$a}}{{/a}}"])
        }
    }
}
