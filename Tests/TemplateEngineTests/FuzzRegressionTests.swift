import Foundation
import Testing
import TemplateEngine

/// Inputs the template fuzzer (Fuzz/Sources/FuzzTemplate, `script/fuzz`) found or that reach rare paths, kept in
/// Tests/Fixtures/fuzz-regressions/template and run through the same calls: load whole and, when the input has
/// NUL bytes, split into named templates; render whatever loads, strict and lenient.
@Suite struct TemplateFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions/template")

    static let names: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// The harness's context: names the spec and the site use, values of every kind.
    static let context: TemplateValue = [
        "a": true, "b": false, "c": ["a": "<c.a>", "b": ["c": 3]], "d": 1.5, "e": 0, "n": nil,
        "boolean": true, "bool": false, "list": [["item": "1"], ["item": "<2>"]], "empty": [],
        "name": "Joe & \"Jane\"", "value": 42, "string": "---", "text": "line\nnext", "title": "标题",
        "dynamic": "p", "template": "q", "content": "page", "data": ["a": ["b": "x"]], "person": ["name": "Ann"],
        "nodes": [["content": "x", "nodes": []], ["content": "y", "nodes": [["content": "z", "nodes": []]]]],
        "item": ["name": "i"], "foo": "foo", "bar": "bar", "baz": "baz", "planet": "World",
        "a.b": "dotted", ".": "dot",
    ]

    /// The first piece is "page"; each later one is named by its first line and holds the rest.
    static func split(_ text: String) -> [String: String] {
        var sources: [String: String] = [:]
        for (index, piece) in text.split(separator: "\0", omittingEmptySubsequences: false).enumerated() {
            if index == 0 {
                sources["page"] = String(piece)
            } else if let newline = piece.firstIndex(of: "\n") {
                sources[String(piece[..<newline])] = String(piece[piece.index(after: newline)...])
            } else {
                sources[String(piece)] = ""
            }
        }
        return sources
    }

    @Test func thereAreRegressions() {
        #expect(Self.names.count >= 3, "no inputs in \(Self.folder.path)")
    }

    @Test(arguments: names)
    func loadsAndRendersOrFailsInPlace(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let text = String(decoding: bytes, as: UTF8.self)
        var variants = [["page": text]]
        if text.utf8.contains(0) { variants.append(Self.split(text)) }
        for sources in variants {
            for policy in [MissingPartialPolicy.error, .renderEmpty] {
                let library: TemplateLibrary
                do {
                    library = try TemplateLibrary(sources: sources, missingPartials: policy)
                } catch {
                    Self.check(error, sources, name)
                    continue
                }
                for template in library.names {
                    Self.render(template, library, sources, name)
                }
                break
            }
        }
    }

    static func render(_ template: String, _ library: TemplateLibrary, _ sources: [String: String], _ label: String) {
        var results: [(output: String, error: TemplateError?)] = []
        for strict in [true, false] {
            var output = ""
            var unresolved: [UnresolvedName] = []
            var failure: TemplateError?
            do {
                try library.render(template, context: context, into: &output, strict: strict, unresolved: &unresolved)
            } catch {
                check(error, sources, label)
                failure = error
            }
            if !strict { #expect(unresolved.isEmpty, "\(label): a lenient render reported \(unresolved)") }
            for miss in unresolved {
                #expect(sources[miss.template] != nil && miss.line >= 1 && miss.column >= 1, "\(label): \(miss)")
            }
            results.append((output, failure))
        }
        #expect(results[0].error == results[1].error, "\(label): strict and lenient renders of \(template) failed differently")
        if results[0].error == nil {
            #expect(results[0].output == results[1].output, "\(label): strict mode changed the output of \(template)")
        }
    }

    static func check(_ error: TemplateError, _ sources: [String: String], _ label: String) {
        guard let source = sources[error.file] else {
            Issue.record("\(label): \(error) names no template")
            return
        }
        // Line feeds counted as bytes: "\r\n" is one Character and would hide a line.
        let lineCount = source.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        #expect(error.line >= 1 && error.line <= lineCount && error.column >= 1, "\(label): \(error)")
        #expect(!error.message.isEmpty && !error.hint.isEmpty, "\(label): \(error)")
    }
}
