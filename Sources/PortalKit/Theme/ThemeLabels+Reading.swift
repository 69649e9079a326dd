import Foundation
import PortalSupport

extension ThemeLabels {
    /// Reads `labels.yml`: every label must be there, and name only its own placeholders; an unknown name is
    /// a warning (a misspelt label), so the theme's other labels still count.
    static func read(yaml: String, file: String) -> (ThemeLabels?, [Diagnostic]) {
        let fields: YAMLFields
        do {
            fields = try YAMLFields(yaml: yaml, file: file, firstLine: 1)
        } catch {
            return (nil, [error])
        }
        var texts: [Key: String] = [:]
        var diagnostics: [Diagnostic] = []
        let names = Key.allCases.map(\.rawValue)
        for (name, nameNode, value) in fields.entries {
            guard let key = Key(rawValue: name) else {
                diagnostics.append(fields.diagnostic(
                    ThemeError.unknownLabel(name, suggestion: name.closest(in: names), known: names), at: nameNode))
                continue
            }
            do throws(Diagnostic) {
                let text = try fields.string(value, field: name)
                let unknown = PlaceholderText.placeholders(in: text).filter { !key.placeholders.contains($0) }
                if let first = unknown.first {
                    throw fields.diagnostic(
                        ThemeError.unknownLabelPlaceholder(label: name, placeholder: first, allowed: key.placeholders.sorted()),
                        at: value)
                }
                texts[key] = text
            } catch {
                diagnostics.append(error)
            }
        }
        let given = Set(fields.entries.map(\.key))
        let missing = Key.allCases.filter { !given.contains($0.rawValue) }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(ThemeError.missingLabels(missing.map(\.rawValue)), at: SourceLocation(file: file)))
        }
        guard Key.allCases.allSatisfy({ texts[$0] != nil }) else { return (nil, diagnostics) }
        return (ThemeLabels(texts: texts), diagnostics)
    }
}
