import Testing
import TemplateEngine

@Suite("Mustache spec")
struct MustacheSpecTests {
    @Test("spec case", arguments: MustacheSpec.cases)
    func specCase(_ spec: SpecCase) throws {
        let output = try Self.render(spec)
        #expect(output == spec.expected, "template: \(String(reflecting: spec.template))")
    }

    @Test("all spec files run, and all pass")
    func wholeSpec() throws {
        var passed = 0
        for spec in MustacheSpec.cases where (try? Self.render(spec)) == spec.expected {
            passed += 1
        }
        #expect(MustacheSpec.cases.count >= 184, "expected every test of the 8 spec files")
        #expect(passed == MustacheSpec.cases.count)
        print("mustache spec: \(passed) of \(MustacheSpec.cases.count) cases from \(MustacheSpec.files.count) files passed")
    }

    static func render(_ spec: SpecCase) throws -> String {
        var sources = spec.partials
        let name = "(spec template)"
        sources[name] = spec.template
        let library = try TemplateLibrary(sources: sources, missingPartials: .renderEmpty)
        return try library.render(name, context: spec.data)
    }
}
