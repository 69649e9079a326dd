/// What an editor did when YAML cannot be parsed, in the editor's terms, with the line written right.
///
/// The parser reports where it got lost, often a line or more below the mistake and in its own terms
/// (`mapping values are not allowed in this context`). `find` reads the lines down to that place the way a
/// person does and names the first mistake it sees, on its own line.
enum YAMLMistake: Reportable, Equatable {
    /// A tab in the indentation.
    case tabIndentation(corrected: String)
    /// A full-width space (`　`) in the indentation.
    case fullWidthSpaceIndentation(corrected: String)
    /// A field indented under a field that has a value.
    case extraIndentation(field: String, corrected: String)
    /// A line with no colon between the name and the value.
    case missingColon(corrected: String?)
    /// A full-width comma where the colon belongs: `title，……`.
    case commaForColon(field: String, corrected: String)
    /// `name:value` for a name portalgen does not know.
    case missingSpace(field: String, corrected: String)
    /// An unquoted value with `: ` in it, which YAML reads as another field.
    case colonInValue(field: String, corrected: String)
    /// A quote opened and not closed.
    case unclosedQuote(field: String, corrected: String)
    /// Text after a quoted value's closing quote: `title: "学习"贯彻`.
    case textAfterQuote(field: String, corrected: String)
    /// A `[` (or `{`) not closed on its line.
    case unclosedBracket(field: String, bracket: String, corrected: String)
    /// Text after a list's `]`: `title: [转载] 讲话`.
    case textAfterBracket(field: String, corrected: String)
    /// A value starting with a character YAML reserves (`*`, `&`, `!`, `%`, `@`, `` ` ``, `|`, `>`).
    case reservedStart(field: String, character: String, corrected: String)

    var message: Message {
        switch self {
        case .tabIndentation: Message(.yamlTabIndentation)
        case .fullWidthSpaceIndentation: Message(.yamlFullWidthSpace)
        case .extraIndentation(let field, _): Message(.yamlExtraIndentation, texts: ["field": field])
        case .missingColon: Message(.yamlMissingColon)
        case .commaForColon(let field, _): Message(.yamlCommaForColon, texts: ["field": field])
        case .missingSpace(let field, _): Message(.yamlMissingSpace, texts: ["field": field])
        case .colonInValue(let field, _): Message(.yamlColonInValue, texts: ["field": field])
        case .unclosedQuote(let field, _): Message(.yamlUnclosedQuote, texts: ["field": field])
        case .textAfterQuote(let field, _): Message(.yamlTextAfterQuote, texts: ["field": field])
        case let .unclosedBracket(field, bracket, _):
            Message(.yamlUnclosedBracket, texts: ["field": field, "bracket": bracket, "closing": bracket == "[" ? "]" : "}"])
        case .textAfterBracket(let field, _): Message(.yamlTextAfterBracket, texts: ["field": field])
        case let .reservedStart(field, character, _): Message(.yamlReservedStart, texts: ["field": field, "character": character])
        }
    }

    var hint: Message? {
        switch self {
        case .tabIndentation(let corrected), .fullWidthSpaceIndentation(let corrected), .extraIndentation(_, let corrected),
             .commaForColon(_, let corrected), .missingSpace(_, let corrected), .colonInValue(_, let corrected),
             .unclosedQuote(_, let corrected), .textAfterQuote(_, let corrected), .unclosedBracket(_, _, let corrected),
             .textAfterBracket(_, let corrected), .reservedStart(_, _, let corrected), .missingColon(let corrected?):
            Message(.yamlCorrectedLineHint, texts: ["line": corrected])
        case .missingColon(nil): Message(.notMappingHint)
        }
    }

    /// The first mistake on the lines of `yaml` up to `lastLine` (where the parser stopped), with its line
    /// and 1-based character column; nil when the lines look right to a person.
    /// - Parameter onlyIndentation: look only for wrong indentation (for YAML the parser accepted).
    static func find(
        in yaml: String, upTo lastLine: Int, onlyIndentation: Bool = false
    ) -> (mistake: YAMLMistake, line: Int, column: Int)? {
        let lines = YAMLLine.lines(of: yaml)
        for (index, line) in lines.enumerated() where line.number <= lastLine {
            let above = lines[..<index].last { $0.role == .entry }
            let found = onlyIndentation
                ? (line.role == .entry ? indentationMistake(line, above: above) : nil)
                : indentationMistake(line, above: above) ?? lineMistake(line, above: above)
            if let found { return (found.0, line.number, found.1 + 1) }
        }
        return nil
    }

    /// A tab or a full-width space in the indentation, or a field indented under a field with a value.
    private static func indentationMistake(_ line: YAMLLine, above: YAMLLine?) -> (YAMLMistake, Int)? {
        guard line.role == .entry || line.role == .continuation else { return nil }
        let expected = expectedIndentation(above: above, line: line)
        let corrected = expected + line.text[line.indentation.endIndex...]
        if let tab = line.indentation.firstIndex(of: "\t") {
            return (.tabIndentation(corrected: String(corrected)), line.text.distance(from: line.text.startIndex, to: tab))
        }
        if let space = line.indentation.firstIndex(of: "\u{3000}") {
            return (.fullWidthSpaceIndentation(corrected: String(corrected)), line.text.distance(from: line.text.startIndex, to: space))
        }
        if line.role == .continuation, let key = line.key, line.separator != nil, let above, above.key != nil,
           !above.bareValue.isEmpty, "|>\"'[{".contains(above.bareValue.first ?? " ") == false {
            return (.extraIndentation(field: String(key), corrected: String(corrected)), 0)
        }
        return nil
    }

    /// The indentation a line needs: one step deeper under a field without a value, the same as the field
    /// above otherwise.
    private static func expectedIndentation(above: YAMLLine?, line: YAMLLine) -> String {
        guard let above else { return "" }
        let aboveWidth = above.indentation.count + (above.dash ? 2 : 0)
        let width = above.key != nil && above.bareValue.isEmpty ? aboveWidth + 2 : above.indentation.count
        return String(repeating: " ", count: width)
    }

    /// A mistake in the field name's separator or in the value.
    private static func lineMistake(_ line: YAMLLine, above: YAMLLine?) -> (YAMLMistake, Int)? {
        guard line.role == .entry else { return nil }
        let prefix = String(line.text[..<line.value.startIndex])
        guard let key = line.key.map(String.init) else {
            return line.dash || isValueOfList(above) ? nil : missingColon(line)
        }
        if let offset = line.separatorOffset, line.separator == ":", line.value.startIndex == line.text.index(line.text.startIndex, offsetBy: offset + 1),
           !line.value.isEmpty {
            return (.missingSpace(field: key, corrected: prefix + " " + line.value), offset)
        }
        let value = line.bareValue
        let column = line.valueOffset
        guard let first = value.first else { return nil }
        switch first {
        case "\"", "'":
            let (_, quote) = YAMLLine.scan(value, brackets: [], quote: nil)
            if quote != nil { return (.unclosedQuote(field: key, corrected: prefix + value + String(first)), column) }
            if let end = closingQuote(of: value), end < value.endIndex {
                return (.textAfterQuote(field: key, corrected: prefix + quoted(value)), column + value.distance(from: value.startIndex, to: end))
            }
        case "[", "{":
            let (open, _) = YAMLLine.scan(value, brackets: [], quote: nil)
            if !open.isEmpty {
                return (.unclosedBracket(field: key, bracket: String(first), corrected: prefix + value + String(open.reversed())), column)
            }
            if let end = closingBracket(of: value), value[end...].contains(where: { $0 != " " }) {
                return (.textAfterBracket(field: key, corrected: prefix + quoted(value)), column)
            }
        case "*", "&", "!", "%", "@", "`", "|", ">":
            if first == "|" || first == ">", value.dropFirst().allSatisfy({ "+-0123456789".contains($0) }) { return nil }
            return (.reservedStart(field: key, character: String(first), corrected: prefix + quoted(value)), column)
        default:
            if let colon = value.range(of: ": ")?.lowerBound ?? (value.hasSuffix(":") ? value.index(before: value.endIndex) : nil) {
                return (.colonInValue(field: key, corrected: prefix + quoted(value)), column + value.distance(from: value.startIndex, to: colon))
            }
        }
        return nil
    }

    /// A line without a separator: `title，……` (a full-width comma), `title 讲话`, or a line of text.
    private static func missingColon(_ line: YAMLLine) -> (YAMLMistake, Int)? {
        let text = line.text[line.indentation.endIndex...]
        let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        let rest = text[word.endIndex...]
        let indent = String(line.indentation)
        if !word.isEmpty, word.count <= 12, rest.first == "，" || rest.first == "," {
            return (.commaForColon(field: String(word), corrected: indent + word + ": " + rest.dropFirst().drop { $0 == " " }),
                    line.indentation.count + word.count)
        }
        if !word.isEmpty, word.count <= 12, rest.first == " " || rest.first == "\u{3000}" {
            return (.missingColon(corrected: indent + word + ": " + rest.drop { $0 == " " || $0 == "\u{3000}" }), line.indentation.count)
        }
        return (.missingColon(corrected: nil), line.indentation.count)
    }

    /// Whether the entry above opened a list whose items a value-only line could be.
    private static func isValueOfList(_ above: YAMLLine?) -> Bool {
        guard let above else { return false }
        return above.dash
    }

    /// The index of the quote that closes the quoted value opening `value`.
    private static func closingQuote(of value: Substring) -> Substring.Index? {
        guard let quote = value.first else { return nil }
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            if value[index] == "\\", quote == "\"" {
                index = value.index(after: index)
            } else if value[index] == quote {
                let next = value.index(after: index)
                if quote == "'", next < value.endIndex, value[next] == "'" { index = next } else { return next }
            }
            if index < value.endIndex { index = value.index(after: index) }
        }
        return nil
    }

    /// The index just after the bracket that closes the one opening `value`.
    private static func closingBracket(of value: Substring) -> Substring.Index? {
        var index = value.startIndex
        while index < value.endIndex {
            index = value.index(after: index)
            if YAMLLine.scan(value[..<index], brackets: [], quote: nil).brackets.isEmpty { return index }
        }
        return nil
    }

    /// `value` in quotes that keep it one text: double quotes, or single quotes when it has `"` or `\` in it.
    static func quoted(_ value: Substring) -> String {
        if !value.contains("\"") && !value.contains("\\") { return "\"" + value + "\"" }
        return "'" + value.replacing("'", with: "''") + "'"
    }
}
