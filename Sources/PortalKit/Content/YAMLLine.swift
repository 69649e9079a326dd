/// A line of an editor's YAML as a person reads it: its indentation, a list dash, a field name and what
/// separates it from the value (`:`, or the full-width `：` a Chinese keyboard types), and the value.
///
/// Only the simple YAML editors write is understood (fields, lists, a value per line); it is enough to
/// accept their habits before parsing (`YAMLLenience`) and to say what they did when the parser fails
/// (`YAMLMistake`).
struct YAMLLine: Sendable, Equatable {
    /// What a line is, given the lines above it.
    enum Role: Sendable, Equatable {
        case blank
        case comment
        /// A field (`name: value`), a list item (`- value`) or a value on its own.
        case entry
        /// Part of the value of an entry above: a block scalar's text (`|`, `>`), the next line of a long
        /// value, a list or quote that goes on over several lines.
        case continuation
    }

    /// 1-based, within the YAML.
    let number: Int
    let text: Substring
    /// Spaces, tabs and full-width spaces at the start.
    let indentation: Substring
    /// `- ` after the indentation.
    let dash: Bool
    /// The field name, when the line is `name: value` or `name：value` and the name is a plain word.
    let key: Substring?
    /// `:` or `：` after the key.
    let separator: Character?
    /// What follows the separator and its spaces (or the dash, or the indentation), comment included.
    let value: Substring
    var role: Role

    /// Characters before the value: its column is `valueOffset + 1`.
    var valueOffset: Int { text.distance(from: text.startIndex, to: value.startIndex) }

    /// Characters before the separator.
    var separatorOffset: Int? {
        guard separator != nil, let key else { return nil }
        var index = key.endIndex
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        return text.distance(from: text.startIndex, to: index)
    }

    /// The value without a trailing comment (` # …`) and spaces.
    var bareValue: Substring {
        var end = value.endIndex
        if let hash = value.range(of: " #")?.lowerBound, !value.hasPrefix("\""), !value.hasPrefix("'") { end = hash }
        var bare = value[value.startIndex..<end]
        while bare.last == " " || bare.last == "\t" { bare = bare.dropLast() }
        return bare
    }

    /// Every line of `yaml`, with its role.
    static func lines(of yaml: String) -> [YAMLLine] {
        var lines: [YAMLLine] = []
        var context = Context.none
        let texts = yaml.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, text) in texts.enumerated() {
            var line = YAMLLine(number: index + 1, text: text)
            line.role = context.role(of: line)
            if line.role == .entry || line.role == .continuation { context = context.after(line) }
            lines.append(line)
        }
        if lines.last?.text.isEmpty == true { lines.removeLast() }
        return lines
    }

    private init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        var rest = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        indentation = text[text.startIndex..<rest.startIndex]
        dash = rest == "-" || rest.hasPrefix("- ")
        if dash { rest = rest.dropFirst().drop { $0 == " " } }
        let (key, separator, value) = Self.split(rest)
        self.key = key
        self.separator = separator
        self.value = value
        let content = text[indentation.endIndex...]
        role = content.isEmpty ? .blank : content.hasPrefix("#") ? .comment : .entry
    }

    /// `name: value` into its parts; no key when `rest` does not start with a plain word and a separator.
    private static func split(_ rest: Substring) -> (Substring?, Character?, Substring) {
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
        guard !name.isEmpty, name.count <= 40 else { return (nil, nil, rest) }
        let afterSpaces = rest[name.endIndex...].drop { $0 == " " }
        guard let separator = afterSpaces.first, separator == ":" || separator == "：" else { return (nil, nil, rest) }
        let value = afterSpaces.dropFirst().drop { $0 == " " || $0 == "\t" }
        return (name, separator, value)
    }

    /// What the lines above make of the next one.
    private enum Context {
        case none
        /// Lines indented more than `indent` belong to the value above.
        case deeper(than: Int)
        /// Lines belong to the value above until the brackets or the quote close.
        case open(brackets: [Character], quote: Character?)

        func role(of line: YAMLLine) -> Role {
            if line.role == .blank { return .blank }
            switch self {
            case .none: return line.role
            case .deeper(let indent): return line.indentation.count > indent ? .continuation : line.role
            case .open: return .continuation
            }
        }

        func after(_ line: YAMLLine) -> Context {
            if case .open(let brackets, let quote) = self {
                let state = YAMLLine.scan(line.text[...], brackets: brackets, quote: quote)
                return state.brackets.isEmpty && state.quote == nil ? .none : .open(brackets: state.brackets, quote: state.quote)
            }
            if line.role == .continuation { return self }
            let value = line.bareValue
            let indent = line.indentation.count + (line.dash ? 2 : 0)
            if let first = value.first, "[{\"'".contains(first) {
                let state = YAMLLine.scan(value, brackets: [], quote: nil)
                if !state.brackets.isEmpty || state.quote != nil { return .open(brackets: state.brackets, quote: state.quote) }
                return .none
            }
            if value.isEmpty { return .none }
            return .deeper(than: line.key == nil ? line.indentation.count : indent)
        }
    }

    /// The brackets still open and the quote still open at the end of `text`, starting from those open before.
    static func scan(_ text: Substring, brackets: [Character], quote: Character?) -> (brackets: [Character], quote: Character?) {
        var open = brackets, quote = quote
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let current = quote {
                if character == "\\" && current == "\"" {
                    index = text.index(after: index)
                } else if character == current {
                    let next = text.index(after: index)
                    if current == "'", next < text.endIndex, text[next] == "'" { index = next } else { quote = nil }
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "[" || character == "{" {
                open.append(character == "[" ? "]" : "}")
            } else if (character == "]" || character == "}"), open.last == character {
                open.removeLast()
            } else if character == "#", open.isEmpty {
                break
            }
            if index < text.endIndex { index = text.index(after: index) }
        }
        return (open, quote)
    }
}
