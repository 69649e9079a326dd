import TemplateEngine

/// libFuzzer target for the template parser and renderer.
///
/// The input is read as UTF-8 (invalid bytes become U+FFFD, as a template file would not load at all). It is
/// loaded twice: once whole as the template "page", and, when it contains NUL bytes, split at them into several
/// templates so that partials, parents and blocks across templates are reached: the first piece is "page", each
/// later one is named by its first line and holds the rest. Whatever loads is rendered, strict and lenient.
///
/// Beyond "no crash", it checks the library's promises: errors point into the template they name, and strict
/// mode only reports names, never changes the output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    TemplateFuzzing.exercise(["page": text])
    if text.utf8.contains(0) {
        TemplateFuzzing.exercise(TemplateFuzzing.split(text))
    }
    return 0
}

enum TemplateFuzzing {
    /// Names the spec and the site's templates use, with values of every kind; lists are short so that nested
    /// sections over them stay cheap enough for the fuzzer to go on exploring.
    static let context: TemplateValue = [
        "a": true, "b": false, "c": ["a": "<c.a>", "b": ["c": 3]], "d": 1.5, "e": 0, "n": nil,
        "boolean": true, "bool": false, "list": [["item": "1"], ["item": "<2>"]], "empty": [],
        "name": "Joe & \"Jane\"", "value": 42, "string": "---", "text": "line\nnext", "title": "标题",
        "dynamic": "p", "template": "q", "content": "page", "data": ["a": ["b": "x"]], "person": ["name": "Ann"],
        "nodes": [["content": "x", "nodes": []], ["content": "y", "nodes": [["content": "z", "nodes": []]]]],
        "item": ["name": "i"], "foo": "foo", "bar": "bar", "baz": "baz", "planet": "World",
        "a.b": "dotted", ".": "dot",
    ]

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

    static func exercise(_ sources: [String: String]) {
        for policy in [MissingPartialPolicy.error, .renderEmpty] {
            let library: TemplateLibrary
            do {
                library = try TemplateLibrary(sources: sources, missingPartials: policy)
            } catch {
                check(error, sources)
                continue
            }
            for name in library.names {
                render(name, library, sources)
            }
            // Both policies parse alike; once one has loaded, the other adds nothing to render.
            return
        }
    }

    static func render(_ name: String, _ library: TemplateLibrary, _ sources: [String: String]) {
        var strictOutput = ""
        var unresolved: [UnresolvedName] = []
        var strictError: TemplateError?
        do {
            try library.render(name, context: context, into: &strictOutput, strict: true, unresolved: &unresolved)
        } catch {
            check(error, sources)
            strictError = error
        }
        var lenientOutput = ""
        var lenientUnresolved: [UnresolvedName] = []
        var lenientError: TemplateError?
        do {
            try library.render(
                name, context: context, into: &lenientOutput, strict: false, unresolved: &lenientUnresolved)
        } catch {
            check(error, sources)
            lenientError = error
        }
        require(lenientUnresolved.isEmpty, "a lenient render reported unresolved names", sources)
        require(strictError == lenientError, "strict and lenient renders failed differently", sources)
        if strictError == nil {
            require(strictOutput == lenientOutput, "strict mode changed the output of \(name)", sources)
        }
        for miss in unresolved {
            require(sources[miss.template] != nil && miss.line >= 1 && miss.column >= 1,
                    "unresolved name at no place: \(miss)", sources)
        }
    }

    /// The promises the site's error messages rely on: a place inside the named template, and words to show.
    static func check(_ error: TemplateError, _ sources: [String: String]) {
        guard let source = sources[error.file] else {
            return require(false, "error names no template: \(error)", sources)
        }
        // Line feeds counted as bytes: "\r\n" is one Character and would hide a line.
        let lineCount = source.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        require(error.line >= 1 && error.line <= lineCount && error.column >= 1, "error out of place: \(error)", sources)
        require(!error.message.isEmpty && !error.hint.isEmpty, "error without words: \(error)", sources)
    }

    /// A broken promise must stop the process, so that libFuzzer keeps the input as a crash.
    static func require(_ condition: Bool, _ message: @autoclosure () -> String, _ sources: [String: String]) {
        guard !condition else { return }
        fatalError("\(message())\nsources: \(sources.keys.sorted().map { "\($0): \(String(reflecting: sources[$0]!))" })")
    }
}
