/// All templates of a site, parsed and checked once, then shared by all threads: it is an immutable value and
/// rendering never re-parses or copies a template.
public struct TemplateLibrary: Sendable {
    let templates: [String: Template]
    let missingPartials: MissingPartialPolicy
    /// Template names, sorted.
    public let names: [String]

    /// The extension of a template file: the template `partials/header` is `partials/header.mustache`.
    public static let fileExtension = ".mustache"

    /// Loads every template `loader` names; a template's name is its file's path below the templates folder
    /// without the extension ("speech", "partials/header"). Checks syntax, that every static partial
    /// `{{>name}}` and parent `{{<name}}` exists, and that no partial or parent includes itself without end.
    /// `displayRoot` is the prefix for file names in error messages (e.g. "templates/").
    public init(loader: some TemplateLoader, displayRoot: String) throws(TemplateError) {
        let root = displayRoot.isEmpty || displayRoot.hasSuffix("/") ? displayRoot : displayRoot + "/"
        let sources = try TemplateFiles.read(loader, displayRoot: root)
        try self.init(sources: sources, missingPartials: .error) { root + $0 + Self.fileExtension }
    }

    /// Same as `init(loader:displayRoot:)`, from in-memory sources (name → text); errors name the template.
    /// `missingPartials: .renderEmpty` gives the spec's behaviour (an unknown partial renders as ""); `.error`
    /// is what the site uses.
    public init(sources: [String: String], missingPartials: MissingPartialPolicy = .error) throws(TemplateError) {
        try self.init(sources: sources, missingPartials: missingPartials) { $0 }
    }

    private init(
        sources: [String: String], missingPartials: MissingPartialPolicy, file: (String) -> String
    ) throws(TemplateError) {
        var templates: [String: Template] = [:]
        let names = sources.keys.sorted()
        for name in names {
            let source = SourceText(name: name, file: file(name), text: sources[name] ?? "")
            templates[name] = try Template(source: source)
        }
        self.templates = templates
        self.names = names
        self.missingPartials = missingPartials
        try checkIncludes()
    }

    public func contains(_ name: String) -> Bool {
        templates[name] != nil
    }

    /// The file a template was loaded from, as error messages show it ("templates/speech.mustache"); for in-memory
    /// sources, the name itself.
    public func file(of name: String) -> String? {
        templates[name]?.file
    }

    /// Renders `name` with `context`, appending to `output`.
    ///
    /// Throws only for a name the library does not have and at run-time limits (partials, parents and blocks
    /// nested more than 64 deep, or anything nested more than 256 deep, which only dynamic names or recursion
    /// guarded by a section can reach), with the place of the tag. In strict mode, every name the template reads
    /// that the context does not provide is appended to `unresolved`, once per place (see `UnresolvedName`).
    public func render(
        _ name: String, context: TemplateValue, into output: inout [UInt8], strict: Bool,
        unresolved: inout [UnresolvedName]
    ) throws(TemplateError) {
        guard let template = templates[name] else {
            let suggestions = Suggestions.nearest(to: name, in: names)
            throw TemplateError(
                kind: .unknownTemplate(name: name, suggestions: suggestions), file: name, line: 0, column: 0,
                sourceLine: "", message: "no template named \"\(name)\"",
                hint: suggestions.isEmpty ? "known templates: \(names.prefix(10).joined(separator: ", "))"
                    : Suggestions.phrase(suggestions))
        }
        var renderer = Renderer(library: self, template: template, context: context, strict: strict)
        swap(&renderer.output, &output)
        swap(&renderer.unresolved, &unresolved)
        do throws(TemplateError) {
            try renderer.render(template.nodes)
        } catch {
            swap(&renderer.output, &output)
            swap(&renderer.unresolved, &unresolved)
            throw error
        }
        swap(&renderer.output, &output)
        swap(&renderer.unresolved, &unresolved)
    }

    /// `render(_:context:into:strict:unresolved:)`, appending to a string.
    public func render(
        _ name: String, context: TemplateValue, into output: inout String, strict: Bool,
        unresolved: inout [UnresolvedName]
    ) throws(TemplateError) {
        var bytes: [UInt8] = []
        try render(name, context: context, into: &bytes, strict: strict, unresolved: &unresolved)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Renders `name` with `context` into a new string, without strict checks.
    public func render(_ name: String, context: TemplateValue) throws(TemplateError) -> String {
        var output: [UInt8] = []
        var unresolved: [UnresolvedName] = []
        try render(name, context: context, into: &output, strict: false, unresolved: &unresolved)
        return String(decoding: output, as: UTF8.self)
    }
}
