/// Counts list paragraphs in document order and writes the label Word shows for each
/// (`一、`, `（二）`, `3.1`), following Word's rules:
///
/// - Instances (`w:num`) of one abstract definition share their counters: a list that picks
///   up again after other text continues its numbering.
/// - An instance with a `w:startOverride` is a list of its own ("restart numbering"): its
///   overridden levels start at the override.
/// - Using a level restarts the levels below it, unless their `w:lvlRestart` says otherwise.
struct NumberingCounter {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    /// Current values by list, then by level; a missing level starts afresh when next used.
    private var counters: [ListKey: [Int: Int]] = [:]

    private enum ListKey: Hashable {
        case abstract(Int)
        case instance(Int)
    }

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// The list level a paragraph gets from its own `w:numPr` and its style's: `w:numId` 0
    /// switches numbering off.
    func listLevel(numberingID: Int?, level: Int?, style: StyleSheet.Resolved) -> (id: Int, level: Int)? {
        guard let id = numberingID ?? style.numberingID, id != 0 else { return nil }
        let styleLevel = style.id.flatMap { definitions.level(ofStyle: $0, in: id, styles: styles) }
        return (id, max(0, min(level ?? style.numberingLevel ?? styleLevel ?? 0, 8)))
    }

    /// Counts one paragraph of list `numberingID` at `level` and returns its label, if it shows one.
    mutating func count(numberingID: Int, level: Int) -> WordNumbering? {
        guard let instance = definitions.instances[numberingID],
              let abstractID = definitions.abstractID(of: instance, styles: styles),
              let abstract = definitions.abstracts[abstractID] else { return nil }
        let levels = abstract.levels.merging(instance.levelOverrides) { _, override in override }
        guard let definition = levels[level] else { return nil }
        let key: ListKey = instance.startOverrides.isEmpty ? .abstract(abstractID) : .instance(numberingID)
        func start(_ index: Int) -> Int { instance.startOverrides[index] ?? levels[index]?.start ?? 1 }

        var values = counters[key] ?? [:]
        values[level] = values[level].map { $0 + 1 } ?? start(level)
        for deeper in (level + 1)..<9 {
            switch levels[deeper]?.restartAfter {
            case nil: values[deeper] = nil
            case let restartAfter?: if level < restartAfter { values[deeper] = nil }
            }
        }
        counters[key] = values

        let label = Self.label(definition, levels: levels) { values[$0] ?? start($0) }
        // A level that shows nothing (numFmt none, empty level text) still counts, but is no label.
        guard !label.isEmpty else { return nil }
        return WordNumbering(label: label, listID: numberingID, level: level, format: definition.format,
                             suffix: WordNumbering.Suffix(rawValue: definition.suffix) ?? .tab)
    }

    /// The level text with `%1`…`%9` replaced by the counters of those levels.
    private static func label(_ definition: NumberingDefinitions.Level, levels: [Int: NumberingDefinitions.Level],
                              value: (Int) -> Int) -> String {
        let text = definition.text ?? ""
        if definition.format == "bullet" {
            return text.unicodeScalars.map { SymbolCharacters.character(code: $0.value, font: definition.font) }.joined()
        }
        var label = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                label.unicodeScalars.append(scalar)
                continue
            }
            guard let next = scalars.next() else { break }
            guard let digit = Int(String(next)), (1...9).contains(digit) else {
                label.unicodeScalars.append(contentsOf: [scalar, next])
                continue
            }
            let format = definition.isLegal ? "decimal" : levels[digit - 1]?.format ?? "decimal"
            label += NumberFormat.text(value(digit - 1), format: format == "bullet" ? "decimal" : format)
        }
        return label
    }
}
