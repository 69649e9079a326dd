import PortalSupport
import Yams

/// Typed, located access to a YAML mapping from an editor's file. Every error names the place in the file.
struct YAMLFields {
    /// The file as printed in messages.
    let file: String
    /// The file line of the YAML's first line, minus one (front matter starts under its `---`).
    let lineOffset: Int
    /// The mapping's entries in file order.
    let entries: [(key: String, keyNode: Node, value: Node)]

    /// Parses `yaml`; an empty document is an empty mapping.
    init(yaml: String, file: String, firstLine: Int) throws(Diagnostic) {
        self.file = file
        self.lineOffset = firstLine - 1
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, file: file, lineOffset: firstLine - 1)
        } catch {
            throw Diagnostic.error(
                at: SourceLocation(file: file, line: firstLine, column: 1),
                ContentError.invalidYAML(problem: "\(error)").message, hint: ContentError.invalidYAML(problem: "").hint)
        }
        guard let root else {
            entries = []
            return
        }
        guard case .mapping(let mapping) = root else {
            let error = ContentError.frontMatterNotMapping
            throw Diagnostic.error(
                at: Self.location(of: root, file: file, lineOffset: firstLine - 1), error.message, hint: error.hint)
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if !seen.insert(key).inserted {
                let error = ContentError.duplicateField(key)
                throw Diagnostic.error(
                    at: Self.location(of: keyNode, file: file, lineOffset: firstLine - 1), error.message,
                    hint: error.hint)
            }
            entries.append((key, keyNode, value))
        }
        self.entries = entries
    }

    func location(of node: Node) -> SourceLocation {
        Self.location(of: node, file: file, lineOffset: lineOffset)
    }

    /// The place of the whole mapping, for fields that are missing.
    func startLocation() -> SourceLocation {
        SourceLocation(file: file, line: lineOffset + 1, column: 1)
    }

    func error(_ error: ContentError, at node: Node) -> Diagnostic {
        Diagnostic.error(at: location(of: node), error.message, hint: error.hint)
    }

    func warning(_ error: ContentError, at node: Node) -> Diagnostic {
        Diagnostic.warning(at: location(of: node), error.message, hint: error.hint)
    }

    /// A text value; numbers and dates written without quotes count as text too (`title: 2023` is a title).
    func string(_ node: Node, field: String) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(.wrongType(field: field, expected: "text", found: Self.describe(node)), at: node)
        }
        if Self.isNull(node) { return "" }
        return scalar.string.trimmingWhitespace()
    }

    /// A non-empty text value.
    func nonEmptyString(_ node: Node, field: String) throws(Diagnostic) -> String {
        let text = try string(node, field: field)
        guard !text.isEmpty else { throw error(.emptyField(field), at: node) }
        return text
    }

    /// `true`/`false` (and YAML's yes/no).
    func bool(_ node: Node, field: String) throws(Diagnostic) -> Bool {
        if case .scalar = node, let value = node.bool { return value }
        throw error(.wrongType(field: field, expected: "true or false", found: Self.describe(node)), at: node)
    }

    /// A whole number.
    func int(_ node: Node, field: String) throws(Diagnostic) -> Int {
        if case .scalar = node, let value = node.int { return value }
        throw error(.wrongType(field: field, expected: "a whole number", found: Self.describe(node)), at: node)
    }

    /// A number.
    func double(_ node: Node, field: String) throws(Diagnostic) -> Double {
        if case .scalar = node, let value = node.float ?? node.int.map(Double.init) { return value }
        throw error(.wrongType(field: field, expected: "a number", found: Self.describe(node)), at: node)
    }

    /// A list of texts. A single text is accepted too and split at commas and 、, since editors write
    /// `keywords: 劳模精神、工匠精神` as often as a YAML list.
    func stringList(_ node: Node, field: String) throws(Diagnostic) -> [String] {
        switch node {
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar = item else {
                    throw error(
                        .wrongType(field: field, expected: "a list of texts", found: "a list containing \(Self.describe(item))"),
                        at: item)
                }
                let text = try string(item, field: field)
                if !text.isEmpty { values.append(text) }
            }
            return values
        case .scalar:
            if Self.isNull(node) { return [] }
            return try string(node, field: field)
                .split(whereSeparator: { ",，、;；".contains($0) })
                .map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
        default:
            throw error(.wrongType(field: field, expected: "a list of texts", found: Self.describe(node)), at: node)
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if isNull(node) { return "empty" }
            let text = scalar.string.count > 30 ? String(scalar.string.prefix(30)) + "…" : scalar.string
            return "`\(text)`"
        case .sequence: return "a list"
        case .mapping: return "a group of fields"
        case .alias: return "an alias"
        }
    }

    static func location(of node: Node, file: String, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        let hint = ContentError.invalidYAML(problem: "").hint
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var text = problem
            if let context { text += " (\(context.text) at line \(context.mark.line + lineOffset))" }
            return Diagnostic.error(at: at(mark), ContentError.invalidYAML(problem: text).message, hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            let error = ContentError.duplicateField(duplicates.first ?? "?")
            return Diagnostic.error(at: at(context.mark), error.message, hint: error.hint)
        case let .reader(problem, offset, _, _):
            let detail = offset.map { "\(problem) at byte \($0)" } ?? problem
            return Diagnostic.error(
                at: SourceLocation(file: file, line: lineOffset + 1, column: 1),
                ContentError.invalidYAML(problem: detail).message, hint: hint)
        default:
            return Diagnostic.error(
                at: SourceLocation(file: file, line: lineOffset + 1, column: 1),
                ContentError.invalidYAML(problem: "\(error)").message, hint: hint)
        }
    }
}
