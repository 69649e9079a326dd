import Keywords
import PortalSupport
import Yams

/// Reads `content/keywords.yml` into a `Glossary`; problems in one entry do not hide the others.
enum GlossaryReader {
    static func read(yaml: String, file: String) -> (Glossary, [Diagnostic]) {
        var glossary = Glossary.empty
        var diagnostics: [Diagnostic] = []
        let fields: YAMLFields
        do {
            fields = try YAMLFields(yaml: yaml, file: file, firstLine: 1, names: .glossary, nestedNames: [.glossaryEntry])
        } catch {
            return (glossary, [error])
        }
        for (key, keyNode, value) in fields.entries {
            let field = YAMLFields.written(keyNode)
            do throws(Diagnostic) {
                switch key {
                case "keywords":
                    guard case .sequence(let items) = value else {
                        throw fields.diagnostic(
                            ContentError.wrongType(field: field, expected: .glossaryEntries, found: YAMLFields.describe(value)), at: value)
                    }
                    for item in items {
                        do throws(Diagnostic) {
                            glossary.entries.append(try readEntry(item, fields: fields, diagnostics: &diagnostics))
                        } catch {
                            diagnostics.append(error)
                        }
                    }
                case "groups": glossary.groups = try fields.stringList(value, field: field)
                case "deny": glossary.deny = Set(try fields.stringList(value, field: field))
                case "discovery":
                    guard case .mapping(let settings) = value else {
                        throw fields.diagnostic(
                            ContentError.wrongType(field: field, expected: .settings, found: YAMLFields.describe(value)), at: value)
                    }
                    for (settingKey, settingValue) in settings {
                        let name = settingKey.scalar?.string ?? ""
                        glossary.discoverySettings[name] = Glossary.DiscoverySetting(
                            value: try fields.numberOrAuto(settingValue, field: "discovery.\(name)"),
                            location: fields.location(of: settingKey))
                    }
                default:
                    diagnostics.append(fields.diagnostic(
                        SettingsError.unknownGlossaryField(field, suggestion: FieldNames.glossary.suggestion(for: field), known: .glossary),
                        at: keyNode))
                }
            } catch {
                diagnostics.append(error)
            }
        }
        diagnostics += glossary.duplicateNames().map { error, place in Diagnostic(error, at: place) }
        return (glossary, diagnostics)
    }

    private static func readEntry(_ node: Node, fields: YAMLFields, diagnostics: inout [Diagnostic]) throws(Diagnostic) -> Glossary.Entry {
        guard case .mapping(let mapping) = node else {
            if case .scalar = node, !YAMLFields.isNull(node) {
                // A bare term is a fine entry: `- 劳模精神`.
                let term = try fields.nonEmptyString(node, field: "term")
                return Glossary.Entry(term: term, location: fields.location(of: node))
            }
            throw fields.diagnostic(SettingsError.glossaryEntryNotMapping, at: node)
        }
        var entry = Glossary.Entry(term: "", location: fields.location(of: node))
        var sawTerm = false
        for (keyNode, value) in mapping {
            let field = YAMLFields.written(keyNode)
            switch FieldNames.glossaryEntry.field(field) ?? field {
            case "term":
                sawTerm = true
                let term = try fields.string(value, field: field)
                guard !term.isEmpty else {
                    throw fields.diagnostic(SettingsError.glossaryEmptyTerm, at: value)
                }
                entry.term = term
                entry.location = fields.location(of: value)
            case "aliases": entry.aliases = try fields.stringList(value, field: field)
            case "formerly": entry.formerly = try fields.stringList(value, field: field)
            case "description": entry.description = try fields.string(value, field: field).nilIfEmpty
            case "group": entry.group = try fields.string(value, field: field).nilIfEmpty
            case "related": entry.related = try fields.stringList(value, field: field)
            case "compilation": entry.compilation = try fields.bool(value, field: field)
            default:
                diagnostics.append(fields.diagnostic(
                    SettingsError.unknownGlossaryEntryField(
                        field, suggestion: FieldNames.glossaryEntry.suggestion(for: field), known: .glossaryEntry),
                    at: keyNode))
            }
        }
        guard sawTerm else {
            throw fields.diagnostic(SettingsError.glossaryEntryWithoutTerm, at: node)
        }
        return entry
    }
}
