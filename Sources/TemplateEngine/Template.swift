/// One parsed template: its tree, parsed once and shared read-only by every render on every thread.
final class Template: Sendable {
    /// The name it is included by ("partials/header").
    let name: String
    let source: SourceText
    let nodes: [Node]
    /// Includes and block names, for load-time checks.
    let outline: Outline

    init(source: SourceText) throws(TemplateError) {
        self.name = source.name
        self.source = source
        (nodes, outline) = try Parser.parse(source)
    }

    /// The file as shown in messages.
    var file: String { source.file }

    /// An error located at a tag of this template.
    func error(
        _ kind: TemplateError.Kind, at place: Place, message: String, hint: String
    ) -> TemplateError {
        TemplateError(
            kind: kind, file: source.file, line: place.line, column: place.column,
            sourceLine: source.lineText(number: place.line), message: message, hint: hint)
    }
}
