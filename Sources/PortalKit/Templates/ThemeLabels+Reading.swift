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
                let suggestion = name.closest(in: names)
                diagnostics.append(.warning(
                    at: fields.location(of: nameNode), "unknown label `\(name)` in \(fileName) is ignored",
                    hint: suggestion.map { "did you mean `\($0)`?" } ?? "the labels are \(names.joined(separator: ", "))"))
                continue
            }
            do throws(Diagnostic) {
                let text = try fields.string(value, field: name)
                let unknown = PlaceholderText.placeholders(in: text).filter { !key.placeholders.contains($0) }
                if let first = unknown.first {
                    throw Diagnostic.error(
                        at: fields.location(of: value), "the label `\(name)` names `{\(first)}`, which it does not have",
                        hint: key.placeholders.isEmpty
                            ? "`\(name)` has no values to name; write its text only"
                            : "`\(name)` can name \(key.placeholders.sorted().map { "{\($0)}" }.joined(separator: ", "))")
                }
                texts[key] = text
            } catch {
                diagnostics.append(error)
            }
        }
        let given = Set(fields.entries.map(\.key))
        let missing = Key.allCases.filter { !given.contains($0.rawValue) }
        if !missing.isEmpty {
            diagnostics.append(.error(
                at: SourceLocation(file: file), "\(fileName) has no \(missing.map { "`\($0.rawValue)`" }.joined(separator: ", "))",
                hint: "give every label a text; portalgen's own templates/\(fileName) lists them all with their Chinese words"))
        }
        guard Key.allCases.allSatisfy({ texts[$0] != nil }) else { return (nil, diagnostics) }
        return (ThemeLabels(texts: texts), diagnostics)
    }
}
