/// Where a tag stands in its template: 1-based line and Character column.
struct Place: Sendable, Hashable {
    let line: Int
    let column: Int
}

/// A name as written in a tag, split once at parse time so rendering never splits strings.
struct Name: Sendable {
    /// As written: "speech.title", or "." for the implicit iterator.
    let text: String
    /// The first dotted part, looked up on the context stack; nil for ".".
    let head: String?
    /// The other parts, each looked up in the value before it.
    let tail: [String]

    init(_ text: String) {
        self.text = text
        let parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.head = parts.first
        self.tail = Array(parts.dropFirst())
    }
}

/// One element of a parsed template. Payloads are immutable classes so the tree is shared, never copied,
/// between threads and renders.
enum Node: Sendable {
    case text(TextNode)
    case value(ValueNode)
    case section(SectionNode)
    case partial(PartialNode)
    case parent(ParentNode)
    case block(BlockNode)
}

/// Literal text, merged across lines.
final class TextNode: Sendable {
    /// One line of the text, for rendering inside an indented partial or block.
    struct Line: Sendable {
        let text: String
        let bytes: [UInt8]
        /// Nothing but a line break: an empty line gets no indentation (no trailing spaces in the output).
        let isBlank: Bool
        /// Ends with a line break, so what follows starts a line.
        let endsLine: Bool
    }

    let text: String
    /// `text` as UTF-8, as the renderer writes it.
    let bytes: [UInt8]
    /// The same text cut after each line break, used only when a standalone partial or block indents its lines.
    let lines: [Line]

    init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        var lines: [Line] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" {
                lines.append(Line(text: current, bytes: Array(current.utf8), isBlank: current.count == 1, endsLine: true))
                current = ""
            }
        }
        if !current.isEmpty { lines.append(Line(text: current, bytes: Array(current.utf8), isBlank: false, endsLine: false)) }
        self.lines = lines
    }
}

/// `{{name}}`, `{{{name}}}` or `{{&name}}`.
final class ValueNode: Sendable {
    let name: Name
    let escaped: Bool
    let place: Place

    init(name: Name, escaped: Bool, place: Place) {
        self.name = name
        self.escaped = escaped
        self.place = place
    }
}

/// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`.
final class SectionNode: Sendable {
    let name: Name
    let inverted: Bool
    let body: [Node]
    let place: Place

    init(name: Name, inverted: Bool, body: [Node], place: Place) {
        self.name = name
        self.inverted = inverted
        self.body = body
        self.place = place
    }
}

/// How a partial or parent names its template.
enum TemplateReference: Sendable {
    /// `{{>partials/header}}`: a template name.
    case fixed(String)
    /// `{{>*kind}}`: the template name is the value of `kind` in the context.
    case dynamic(Name)
}

/// `{{>name}}` or `{{>*name}}`.
final class PartialNode: Sendable {
    let reference: TemplateReference
    /// Whitespace before a standalone tag, put before every line of the partial.
    let indentation: String
    let place: Place

    init(reference: TemplateReference, indentation: String, place: Place) {
        self.reference = reference
        self.indentation = indentation
        self.place = place
    }
}

/// The content a parent tag passes for one block, and the template it was written in (for strict-mode places).
final class Argument: Sendable {
    let body: [Node]
    let template: String

    init(body: [Node], template: String) {
        self.body = body
        self.template = template
    }
}

/// `{{<name}}{{$block}}…{{/block}}{{/name}}`: renders the named template with some of its blocks replaced.
final class ParentNode: Sendable {
    let reference: TemplateReference
    let arguments: [String: Argument]
    /// Whitespace before a standalone parent pair, put before every line of the parent.
    let indentation: String
    let place: Place

    init(reference: TemplateReference, arguments: [String: Argument], indentation: String, place: Place) {
        self.reference = reference
        self.arguments = arguments
        self.indentation = indentation
        self.place = place
    }
}

/// `{{$name}}default{{/name}}` outside a parent tag: a place a child template may fill.
final class BlockNode: Sendable {
    let name: String
    let body: [Node]
    /// Whitespace that stood before a standalone block pair on the same line as its content; printed before
    /// the default content, which keeps it exactly as written.
    let defaultPrefix: String
    /// Put before every line of content passed in by a child, so the child's content lines up with the block.
    let argumentIndentation: String
    let place: Place

    init(name: String, body: [Node], defaultPrefix: String, argumentIndentation: String, place: Place) {
        self.name = name
        self.body = body
        self.defaultPrefix = defaultPrefix
        self.argumentIndentation = argumentIndentation
        self.place = place
    }
}
