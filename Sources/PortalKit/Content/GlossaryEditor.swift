import Foundation
import Keywords
import PortalSupport

/// `portalgen keywords --accept TERM` and `--deny TERM`: adds one line to `content/keywords.yml`, leaving
/// every other line as the editor wrote it (comments, order, quoting, line ends). The file is never
/// re-serialised: the new line goes at the end of the `keywords:` list (or into the `deny:` list), and the
/// result must read back as the same glossary plus the new term, or nothing is written.
public struct GlossaryEditor: Sendable {
    public enum Edit: Sendable, Hashable {
        /// A new glossary entry, in a group when given.
        case accept(String, group: String?)
        /// A new term under `deny:`.
        case deny(String)

        var term: String {
            switch self {
            case .accept(let term, _), .deny(let term): term
            }
        }
    }

    public let siteRoot: String

    public init(siteRoot: String) {
        self.siteRoot = siteRoot
    }

    /// Applies the edit and writes the file; returns the line written. Refused in a folder without `content/`.
    public func apply(_ edit: Edit) throws(Diagnostic) -> String {
        if let notASite = ContentLoader.missingContentFolder(siteRoot: siteRoot) { throw notASite }
        let path = siteRoot + "/" + ContentLoader.glossaryFile
        let place = SourceLocation(file: ContentLoader.glossaryFile)
        var text = ""
        if FileSystem.exists(path) {
            guard let bytes = FileSystem.readBytes(path), let decoded = String(validating: bytes, as: UTF8.self) else {
                throw Diagnostic(ContentError.unreadableSettingsFile, at: place)
            }
            text = decoded
        }
        let (before, problems) = GlossaryReader.read(yaml: text, file: ContentLoader.glossaryFile)
        if let error = problems.first(where: { $0.severity == .error }) ?? problems.first { throw error }
        if let existing = Self.place(of: edit.term, in: before) {
            throw Diagnostic(WritingError.alreadyInGlossary(edit.term, existing), at: place)
        }
        let (edited, line) = try Self.edited(text, with: edit, place: place)
        let (after, afterProblems) = GlossaryReader.read(yaml: edited, file: ContentLoader.glossaryFile)
        guard afterProblems.isEmpty, Self.isExactly(before, plus: edit, in: after) else {
            throw Diagnostic(WritingError.glossaryEditFailed(edit.term), at: place)
        }
        do throws(FileSystem.Failure) {
            try FileSystem.writeAtomically(path, Array(edited.utf8))
        } catch {
            throw Diagnostic(WritingError.cannotWrite(error), at: place)
        }
        return line
    }

    /// Where a term already is: `term`, `alias` or `deny`.
    static func place(of term: String, in glossary: Glossary) -> String? {
        if glossary.entries.contains(where: { $0.term == term }) { return "term" }
        if glossary.entries.contains(where: { $0.aliases.contains(term) || $0.formerly.contains(term) }) { return "alias" }
        return glossary.deny.contains(term) ? "deny" : nil
    }

    /// The glossary after the edit is the one before with exactly the new term added.
    private static func isExactly(_ before: Glossary, plus edit: Edit, in after: Glossary) -> Bool {
        switch edit {
        case let .accept(term, group):
            guard after.entries.count == before.entries.count + 1, let added = after.entries.last,
                  added.term == term, added.group == group, after.deny == before.deny
            else { return false }
            return zip(before.entries, after.entries).allSatisfy { $0.term == $1.term && $0.aliases == $1.aliases }
        case .deny(let term):
            return after.deny == before.deny.union([term]) && after.entries.map(\.term) == before.entries.map(\.term)
        }
    }

    /// The text with the new line, and the line.
    static func edited(_ text: String, with edit: Edit, place: SourceLocation) throws(Diagnostic) -> (String, String) {
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: newline)
        if lines.last == "" { lines.removeLast() }
        let key = edit.isDeny ? "deny" : "keywords"
        let keyLine = lines.firstIndex { $0.hasPrefix(key + ":") }
        let scalar = Self.yamlScalar(edit.term, inFlow: false)
        guard let keyLine else {
            // No such list yet: it goes at the end.
            let added: [String] = switch edit {
            case .deny(let term): ["deny: [\(Self.yamlScalar(term, inFlow: true))]"]
            case .accept(_, let group): ["keywords:", "  - term: \(scalar)"] + (group.map { ["    group: \(Self.yamlScalar($0, inFlow: false))"] } ?? [])
            }
            return ((lines + added).joined(separator: newline) + newline, added.joined(separator: "\n"))
        }
        let rest = lines[keyLine].dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("["), rest.hasSuffix("]"), edit.isDeny, let open = lines[keyLine].firstIndex(of: "["),
           let close = lines[keyLine].lastIndex(of: "]") {
            // A flow list on one line (`deny: [工会, 工作]`): the term goes before its `]`.
            let inside = lines[keyLine][lines[keyLine].index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let added = Self.yamlScalar(edit.term, inFlow: true)
            lines[keyLine].replaceSubrange(close..<lines[keyLine].index(after: close), with: (inside.isEmpty ? "" : ", ") + added + "]")
            return (lines.joined(separator: newline) + newline, lines[keyLine])
        }
        guard rest.isEmpty || rest.hasPrefix("#") else {
            throw Diagnostic(WritingError.glossaryListNotEditable(key), at: SourceLocation(file: place.file, line: keyLine + 1, column: 1))
        }
        // A block list: after its last item, with the items' indentation.
        var end = keyLine
        var indent: String?
        var index = keyLine + 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                index += 1
                continue
            }
            guard line.hasPrefix(" ") || line.hasPrefix("-") else { break }
            if indent == nil, trimmed.hasPrefix("- ") || trimmed == "-" { indent = String(line.prefix { $0 == " " }) }
            end = index
            index += 1
        }
        let itemIndent = indent ?? "  "
        let added: [String] = switch edit {
        case .deny: ["\(itemIndent)- \(scalar)"]
        case .accept(_, let group):
            ["\(itemIndent)- term: \(scalar)"] + (group.map { ["\(itemIndent)  group: \(Self.yamlScalar($0, inFlow: false))"] } ?? [])
        }
        lines.insert(contentsOf: added, at: end + 1)
        return (lines.joined(separator: newline) + newline, added.joined(separator: "\n"))
    }

    /// A term as YAML: plain when that reads back as the same text, otherwise in double quotes.
    public static func yamlScalar(_ text: String, inFlow: Bool) -> String {
        let special = inFlow ? ":#,[]{}&*!|>'\"%@`" : ":#&*!|>'\"%@`[]{},"
        let needsQuotes = text.isEmpty || text.first == " " || text.last == " " || text.first == "-" || text.first == "?"
            || text.contains(where: { special.contains($0) || $0.isNewline })
            || ["true", "false", "null", "yes", "no", "~"].contains(text.lowercased()) || Double(text) != nil
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension GlossaryEditor.Edit {
    var isDeny: Bool {
        if case .deny = self { return true }
        return false
    }
}
