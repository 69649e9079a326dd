/// One piece of a template source: a run of text within a line, a line break, or a tag.
///
/// Tokens are plain byte ranges into the source so the whitespace rules can drop or shorten them before the
/// tree is built.
struct Token {
    enum Kind: UInt8 {
        case text, newline
        case variable, unescaped
        case section, inverted, close
        case comment, delimiters
        case partial, parent, block

        var isTag: Bool { self != .text && self != .newline }

        /// Tags that never print anything where they stand, so a line holding only such a tag (and whitespace)
        /// disappears from the output.
        var canStandAlone: Bool {
            switch self {
            case .section, .inverted, .close, .comment, .delimiters, .partial, .parent, .block: return true
            case .text, .newline, .variable, .unescaped: return false
            }
        }

        /// Tags that open an element closed by `{{/name}}`.
        var opensElement: Bool { self == .section || self == .inverted || self == .parent || self == .block }

        /// The sigil written after the opening delimiter.
        var sigil: String {
            switch self {
            case .text, .newline, .variable: return ""
            case .unescaped: return "&"
            case .section: return "#"
            case .inverted: return "^"
            case .close: return "/"
            case .comment: return "!"
            case .delimiters: return "="
            case .partial: return ">"
            case .parent: return "<"
            case .block: return "$"
            }
        }
    }

    var kind: Kind
    /// First byte (for a tag: of its opening delimiter). Whitespace rules may move it forward in text tokens.
    var start: Int
    /// One past the last byte.
    var end: Int
    /// The tag's name, trimmed; for a dynamic name, without the `*`.
    var name: String = ""
    /// `{{>*name}}` / `{{<*name}}`: the name is looked up in the context at render time.
    var dynamic = false
    /// 1-based line and Character column of the tag's opening delimiter.
    var line = 0
    var column = 0
    /// Dropped by the standalone-line rules.
    var removed = false
    /// The opening and closing delimiters in force for this tag, to write tags back in messages.
    var opening = "{{"
    var closing = "}}"

    /// The tag as it would be written, e.g. `{{#keywords}}`.
    var written: String {
        opening + kind.sigil + (dynamic ? "*" : "") + name + closing
    }

    /// The close tag that matches this opening tag, e.g. `{{/keywords}}`.
    var matchingClose: String {
        opening + "/" + (dynamic ? "*" : "") + name + closing
    }

    /// What the element is called in messages.
    var elementNoun: String {
        switch kind {
        case .parent: return "parent"
        case .block: return "block"
        case .inverted: return "inverted section"
        default: return "section"
        }
    }
}
