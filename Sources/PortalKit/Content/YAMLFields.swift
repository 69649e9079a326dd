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
            throw Diagnostic(ContentError.invalidYAML(problem: "\(error)"), at: SourceLocation(file: file, line: firstLine, column: 1))
        }
        guard let root else {
            entries = []
            return
        }
        guard case .mapping(let mapping) = root else {
            throw Diagnostic(ContentError.notMapping, at: Self.location(of: root, file: file, lineOffset: firstLine - 1))
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            if !seen.insert(key).inserted {
                throw Diagnostic(ContentError.duplicateField(key), at: Self.location(of: keyNode, file: file, lineOffset: firstLine - 1))
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

    /// `true`/`false` (and YAML's yes/no).
    func bool(_ node: Node, field: String) throws(Diagnostic) -> Bool {
        if case .scalar = node, let value = node.bool { return value }
        throw diagnostic(ContentError.wrongType(field: field, expected: .bool, found: Self.describe(node)), at: node)
    }

    /// A whole number.
    func int(_ node: Node, field: String) throws(Diagnostic) -> Int {
        if case .scalar = node, let value = node.int { return value }
        throw diagnostic(ContentError.wrongType(field: field, expected: .wholeNumber, found: Self.describe(node)), at: node)
    }

    /// A number.
    func double(_ node: Node, field: String) throws(Diagnostic) -> Double {
        if case .scalar = node, let value = node.float ?? node.int.map(Double.init) { return value }
        throw diagnostic(ContentError.wrongType(field: field, expected: .number, found: Self.describe(node)), at: node)
    }

    /// A list of texts. A single text is accepted too and split at commas and 、, since editors write
    /// `keywords: 劳模精神、工匠精神` as often as a YAML list.
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
            throw diagnostic(ContentError.wrongType(field: field, expected: .textList, found: Self.describe(node)), at: node)
        }
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

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
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
