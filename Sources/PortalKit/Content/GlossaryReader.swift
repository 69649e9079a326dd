import Keywords
import PortalSupport
import Yams

/// Reads `content/keywords.yml` into a `Glossary`; problems in one entry do not hide the others.
enum GlossaryReader {
    static let entryFields = ["term", "aliases", "description", "group", "related"]
    static let topFields = ["keywords", "groups", "deny", "discovery"]

    static func read(yaml: String, file: String) -> (Glossary, [Diagnostic]) {
        var glossary = Glossary.empty
        var diagnostics: [Diagnostic] = []
        let fields: YAMLFields
        do {
            fields = try YAMLFields(yaml: yaml, file: file, firstLine: 1)
        } catch {
            return (glossary, [error])
        }
        for (key, keyNode, value) in fields.entries {
            do throws(Diagnostic) {
                switch key {
                case "keywords":
                    guard case .sequence(let items) = value else {
                        throw fields.error(
                            .wrongType(field: key, expected: "a list of entries (`- term: …`)", found: YAMLFields.describe(value)),
                            at: value)
                    }
                    for item in items {
                        do throws(Diagnostic) {
                            glossary.entries.append(try readEntry(item, fields: fields, diagnostics: &diagnostics))
                        } catch {
                            diagnostics.append(error)
                        }
                    }
                case "groups": glossary.groups = try fields.stringList(value, field: key)
                case "deny": glossary.deny = Set(try fields.stringList(value, field: key))
                case "discovery":
                    guard case .mapping(let settings) = value else {
                        throw fields.error(
                            .wrongType(field: key, expected: "a group of `setting: number` lines", found: YAMLFields.describe(value)),
                            at: value)
                    }
                    for (settingKey, settingValue) in settings {
                        let name = settingKey.scalar?.string ?? ""
                        glossary.discoverySettings[name] = Glossary.DiscoverySetting(
                            value: try fields.double(settingValue, field: "discovery.\(name)"),
                            location: fields.location(of: settingKey))
                    }
                default:
                    diagnostics.append(.warning(
                        at: fields.location(of: keyNode), "unknown field `\(key)` in the glossary is ignored",
                        hint: "the glossary has \(topFields.map { "`\($0)`" }.joined(separator: ", "))"))
                }
            } catch {
                diagnostics.append(error)
            }
        }
        diagnostics += glossary.duplicateNames().map { error, place in .warning(at: place, error.message, hint: error.hint) }
        return (glossary, diagnostics)
    }

    private static func readEntry(_ node: Node, fields: YAMLFields, diagnostics: inout [Diagnostic]) throws(Diagnostic) -> Glossary.Entry {
        let example = "`- term: 劳模精神` followed by `description: …` on the next line, indented"
        guard case .mapping(let mapping) = node else {
            if case .scalar = node, !YAMLFields.isNull(node) {
                // A bare term is a fine entry: `- 劳模精神`.
                let term = try fields.nonEmptyString(node, field: "term")
                return Glossary.Entry(term: term, location: fields.location(of: node))
            }
            throw Diagnostic.error(
                at: fields.location(of: node), "a glossary entry must be a term with its fields", hint: "write it as \(example)")
        }
        var entry = Glossary.Entry(term: "", location: fields.location(of: node))
        var sawTerm = false
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "term":
                sawTerm = true
                let term = try fields.string(value, field: key)
                guard !term.isEmpty else {
                    throw Diagnostic.error(
                        at: fields.location(of: value), "a glossary entry has an empty term",
                        hint: "write the keyword after `term:`, e.g. `term: 劳模精神`, or delete the entry")
                }
                entry.term = term
                entry.location = fields.location(of: value)
            case "aliases": entry.aliases = try fields.stringList(value, field: key)
            case "description": entry.description = try fields.string(value, field: key).nilIfEmpty
            case "group": entry.group = try fields.string(value, field: key).nilIfEmpty
            case "related": entry.related = try fields.stringList(value, field: key)
            default:
                let suggestion = key.closest(in: entryFields)
                diagnostics.append(.warning(
                    at: fields.location(of: keyNode), "unknown field `\(key)` in a glossary entry is ignored",
                    hint: suggestion.map { "did you mean `\($0)`?" } ?? "entries have \(entryFields.joined(separator: ", "))"))
            }
        }
        guard sawTerm else {
            throw Diagnostic.error(
                at: fields.location(of: node), "a glossary entry has no `term`", hint: "add `term: …` to the entry, e.g. \(example)")
        }
        return entry
    }
}
