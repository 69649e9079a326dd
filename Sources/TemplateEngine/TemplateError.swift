/// An error in a template, found at load time (syntax, unknown partials, endless includes) or at render time
/// (the include depth limit). It points at the offending tag and says how to fix it.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong. Each case carries what the message needs, so tests and callers can match on it.
    public enum Kind: Sendable, Equatable {
        /// An opening delimiter (`{{`) without its closing delimiter.
        case unclosedTag(opening: String, closing: String)
        /// A tag with nothing but whitespace inside, such as `{{ }}` or `{{#}}`.
        case emptyTagName(tag: String)
        /// A name with whitespace inside or an empty dotted part, such as `{{first name}}` or `{{a..b}}`.
        case invalidTagName(name: String)
        /// A set-delimiter tag that is not `{{=open close=}}` with two delimiters free of spaces and `=`.
        case badSetDelimiters(content: String)
        /// A section (`{{#name}}`, `{{^name}}`), parent (`{{<name}}`) or block (`{{$name}}`) never closed.
        case unclosedSection(name: String, opening: String)
        /// A close tag that does not match the innermost open section.
        case mismatchedClose(expected: String, found: String, openLine: Int, openColumn: Int)
        /// A close tag with no open section at all.
        case unexpectedClose(name: String)
        /// A tag other than a block or comment directly inside `{{<parent}}…{{/parent}}`, where it would be ignored.
        case tagInsideParent(tag: String, parent: String)
        /// Sections nested deeper than the parser allows.
        case nestingTooDeep(limit: Int)
        /// A static partial `{{>name}}` that names no template.
        case unknownPartial(name: String, suggestions: [String])
        /// A parent `{{<name}}` that names no template.
        case unknownParent(name: String, suggestions: [String])
        /// A block passed to a parent (`{{<layout}}{{$titel}}…`) that the parent never shows.
        case unknownBlock(name: String, parent: String, suggestions: [String])
        /// Partials or parents that include each other without end; `cycle` starts and ends with the same name.
        case recursiveInclude(cycle: [String])
        /// At render time, partials and parents nested deeper than the limit (dynamic or guarded recursion).
        case includeDepthExceeded(limit: Int, name: String)
        /// `render` was asked for a template the library does not have.
        case unknownTemplate(name: String, suggestions: [String])
        /// A template file or directory that cannot be read.
        case unreadable(path: String, reason: String)
        /// A template file that is not UTF-8 text.
        case invalidEncoding
    }

    public let kind: Kind
    /// The file as the user knows it ("templates/speech.mustache"), or the template name for in-memory sources.
    public let file: String
    /// 1-based line of the offending tag; 0 when the error has no place in a source (e.g. an unreadable file).
    public let line: Int
    /// 1-based column of the offending tag in Characters; 0 when the error has no place in a source.
    public let column: Int
    /// The source line holding the offending tag (without its line break).
    public let sourceLine: String
    public let message: String
    public let hint: String

    /// Made by the library; public so that callers can build errors of the same shape in tests.
    public init(
        kind: Kind, file: String, line: Int, column: Int, sourceLine: String, message: String, hint: String
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.message = message
        self.hint = hint
    }

    /// `templates/speech.mustache:12:5: error: <message>`, then the source line with a caret under the tag, then
    /// the hint, in the layout compilers use so editors and terminals recognise it.
    public var description: String {
        guard line > 0 else {
            return "\(file): error: \(message)" + (hint.isEmpty ? "" : "\n  hint: \(hint)")
        }
        var text = "\(file):\(line):\(column): error: \(message)\n" + sourceExcerpt
        if !hint.isEmpty { text += "\n  hint: \(hint)" }
        return text
    }

    /// The offending line and, under it, a caret under the tag (`  12 | {{#speech}}` then `     | ^`); empty
    /// when the error has no place in a source. The caret counts display cells, so it stands under the tag
    /// after Chinese text too.
    public var sourceExcerpt: String {
        guard line > 0 else { return "" }
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count + 2)
        return "  \(number) | \(sourceLine)\n\(gutter) | \(Self.caretPrefix(sourceLine, column: column))^"
    }

    /// Whitespace that puts the caret under `column` in a terminal: tabs are kept as tabs and wide (CJK)
    /// characters count two cells, because the templates are full of Chinese text.
    static func caretPrefix(_ sourceLine: String, column: Int) -> String {
        var prefix = ""
        for character in sourceLine.prefix(max(0, column - 1)) {
            if character == "\t" {
                prefix.append("\t")
            } else if let scalar = character.unicodeScalars.first, isWide(scalar) {
                prefix.append("  ")
            } else {
                prefix.append(" ")
            }
        }
        return prefix
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
