import PortalSupport
import Yams

/// Typed, located access to a YAML mapping from an editor's file. Every error names the place in the file.
///
/// An editor's habits that can only mean one thing are accepted (`YAMLLenience`: `标题：…`), fields may be
/// named in Chinese (`FieldNames`), and a file the parser refuses is explained in the editor's terms at the
/// line where the mistake is (`YAMLMistake`).
struct YAMLFields {
    /// The file as printed in messages.
    let file: String
    /// The file line of the YAML's first line, minus one (front matter starts under its `---`).
    let lineOffset: Int
    /// The mapping's entries in file order; `key` is the field's English name when `names` knows it (`标题`
    /// is `title`), else the name as written.
    let entries: [(key: String, keyNode: Node, value: Node)]
    /// Where the parsed text differs from the editor's, for columns.
    private let lenience: YAMLLenience

    /// Parses `yaml`; an empty document is an empty mapping.
    /// - Parameters:
    ///   - names: the names of the mapping's fields.
    ///   - nestedNames: the names of fields further down (a glossary entry's), for `YAMLLenience`.
    init(
        yaml: String, file: String, firstLine: Int, names: FieldNames = .none, nestedNames: [FieldNames] = []
    ) throws(Diagnostic) {
        self.file = file
        self.lineOffset = firstLine - 1
        let lenience = YAMLLenience(yaml, names: [names] + nestedNames)
        self.lenience = lenience
        if let key = YAMLExpansion.aliasKey(in: lenience.text) {
            throw Diagnostic(ContentError.aliasKey, at: Self.location(of: key, file: file, lineOffset: firstLine - 1))
        }
        let root: Node?
        do {
            // The encoding is named: Yams's default reads the whole process environment on every call (a
            // tenth of a build's instructions at 10,000 speeches), and Swift strings are UTF-8 anyway.
            root = try Yams.compose(yaml: lenience.text, .default, .default, .utf8)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, yaml: yaml, file: file, lineOffset: firstLine - 1)
        } catch {
            throw Diagnostic(ContentError.invalidYAML(problem: "\(error)"), at: SourceLocation(file: file, line: firstLine, column: 1))
        }
        // YAML that parses but not as the editor meant: fields indented with full-width spaces (their names
        // start with them), or a line that is no field at all (the whole text is one value).
        let isMapping = root?.mapping != nil
        if (root != nil && !isMapping) || yaml.unicodeScalars.contains("\u{3000}"),
           let (mistake, line, column) = YAMLMistake.find(in: yaml, upTo: .max, onlyIndentation: isMapping || root == nil) {
            throw Diagnostic(mistake, at: SourceLocation(file: file, line: line + lineOffset, column: column))
        }
        guard let root else {
            entries = []
            return
        }
        guard case .mapping(let mapping) = root else {
            throw Diagnostic(ContentError.notMapping, at: Self.location(of: root, file: file, lineOffset: firstLine - 1))
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        var seen: [String: String] = [:]
        var budget = YAMLExpansion.budget(forWrittenBytes: yaml.utf8.count)
        for (keyNode, value) in mapping {
            let written = keyNode.scalar?.string ?? ""
            guard YAMLExpansion.spend(keyNode, from: &budget), YAMLExpansion.spend(value, from: &budget) else {
                throw Diagnostic(
                    ContentError.aliasExpansion(field: written, allowance: YAMLExpansion.aliasAllowance),
                    at: Self.location(of: keyNode, file: file, lineOffset: firstLine - 1))
            }
            let key = names.field(written) ?? written
            if let first = seen[key] {
                let place = Self.location(of: keyNode, file: file, lineOffset: firstLine - 1)
                throw Diagnostic(first == written ? ContentError.duplicateField(written) : .sameField(written, first: first), at: place)
            }
            seen[key] = written
            entries.append((key, keyNode, value))
        }
        self.entries = entries
    }

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(
            file: file, line: mark.line + lineOffset, column: lenience.column(mark.column, line: mark.line))
    }

    /// The field's name as the editor wrote it (`标题`), for messages.
    static func written(_ keyNode: Node) -> String {
        keyNode.scalar?.string ?? ""
    }

    /// The place of the whole mapping, for fields that are missing.
    func startLocation() -> SourceLocation {
        SourceLocation(file: file, line: lineOffset + 1, column: 1)
    }

    /// `report` at `node`'s place.
    func diagnostic(_ report: some Reportable, at node: Node) -> Diagnostic {
        Diagnostic(report, at: location(of: node))
    }

    /// A text value; numbers and dates written without quotes count as text too (`title: 2023` is a title).
    func string(_ node: Node, field: String) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node else {
            throw diagnostic(ContentError.wrongType(field: field, expected: .text, found: Self.describe(node)), at: node)
        }
        if Self.isNull(node) { return "" }
        return scalar.string.trimmingWhitespace()
    }

    /// A non-empty text value.
    func nonEmptyString(_ node: Node, field: String) throws(Diagnostic) -> String {
        let text = try string(node, field: field)
        guard !text.isEmpty else { throw diagnostic(ContentError.emptyField(field), at: node) }
        return text
    }

    /// `true`/`false` (and YAML's yes/no, and 是/否).
    func bool(_ node: Node, field: String) throws(Diagnostic) -> Bool {
        if case .scalar = node, let value = node.bool { return value }
        if case .scalar(let scalar) = node, let value = ["是": true, "否": false][scalar.string.trimmingWhitespace()] {
            return value
        }
        throw diagnostic(ContentError.wrongType(field: field, expected: .bool, found: Self.describe(node)), at: node)
    }

    /// A whole number.
    func int(_ node: Node, field: String) throws(Diagnostic) -> Int {
        if case .scalar = node, let value = node.int { return value }
        throw diagnostic(ContentError.wrongType(field: field, expected: .wholeNumber, found: Self.describe(node)), at: node)
    }

    /// A number, or nil for `auto` (自动): a discovery setting's default (for `max_terms`, the automatic cut).
    func numberOrAuto(_ node: Node, field: String) throws(Diagnostic) -> Double? {
        if case .scalar(let scalar) = node {
            if ["auto", "自动"].contains(scalar.string.lowercased()) { return nil }
            if let value = node.float ?? node.int.map(Double.init) { return value }
        }
        throw diagnostic(ContentError.wrongType(field: field, expected: .numberOrAuto, found: Self.describe(node)), at: node)
    }

    /// A list of texts. Editors separate items the Chinese way as often as YAML's: a single text is split at
    /// commas, `，`, `、`, `;` and `；` (`keywords: 劳模精神、工匠精神`), and so is each item of a list
    /// (`[劳模精神，工匠精神]`, whose `，` YAML does not see as a separator).
    func stringList(_ node: Node, field: String) throws(Diagnostic) -> [String] {
        switch node {
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar = item else {
                    throw diagnostic(
                        ContentError.wrongType(field: field, expected: .textList, found: .listContaining(Self.describe(item))),
                        at: item)
                }
                values += Self.items(try string(item, field: field))
            }
            return values
        case .scalar:
            if Self.isNull(node) { return [] }
            return Self.items(try string(node, field: field))
        default:
            throw diagnostic(ContentError.wrongType(field: field, expected: .textList, found: Self.describe(node)), at: node)
        }
    }

    /// The items of a text that lists several.
    private static func items(_ text: String) -> [String] {
        // Most items are one name: no need to walk their characters.
        guard text.unicodeScalars.contains(where: { ",，、;；".unicodeScalars.contains($0) }) else {
            let item = text.trimmingWhitespace()
            return item.isEmpty ? [] : [item]
        }
        return text.split(whereSeparator: { ",，、;；".contains($0) }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func describe(_ node: Node) -> ContentError.FoundValue {
        switch node {
        case .scalar(let scalar):
            if isNull(node) { return .empty }
            return .text(scalar.string.count > 30 ? String(scalar.string.prefix(30)) + "…" : scalar.string)
        case .sequence: return .list
        case .mapping: return .group
        case .alias: return .alias
        }
    }

    static func location(of node: Node, file: String, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The parser's error, as the editor's mistake on its own line when the lines above the parser's place
    /// show one, else in the parser's words.
    private static func diagnostic(for error: YamlError, yaml: String, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            if let (mistake, line, column) = YAMLMistake.find(in: yaml, upTo: mark.line) {
                return Diagnostic(mistake, at: SourceLocation(file: file, line: line + lineOffset, column: column))
            }
        default:
            break
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var text = problem
            if let context { text += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return Diagnostic(ContentError.invalidYAML(problem: text), at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(ContentError.duplicateField(duplicates.first ?? "?"), at: at(context.mark))
        case let .reader(problem, offset, _, _):
            let detail = offset.map { "\(problem) at byte \($0)" } ?? problem
            return Diagnostic(ContentError.invalidYAML(problem: detail), at: SourceLocation(file: file, line: lineOffset + 1, column: 1))
        default:
            return Diagnostic(ContentError.invalidYAML(problem: "\(error)"), at: SourceLocation(file: file, line: lineOffset + 1, column: 1))
        }
    }
}
