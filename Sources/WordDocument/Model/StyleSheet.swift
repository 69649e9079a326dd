/// The styles of styles.xml that matter for reading: for each style what it says itself, and
/// what a paragraph or run gets from it once `w:basedOn` chains are followed.
struct StyleSheet {
    /// One `w:style` as written.
    struct Definition {
        var id: String
        var name: String?
        var basedOn: String?
        var isParagraphStyle = true
        var isDefault = false
        var outlineLevel: Int?
        var numberingID: Int?
        var numberingLevel: Int?
        var alignment: String?
        var bold: Bool?
    }

    /// A paragraph style with its whole `basedOn` chain applied.
    struct Resolved {
        var id: String?
        var name: String?
        var role = WordParagraphRole.body
        var numberingID: Int?
        var numberingLevel: Int?
        var alignment: String?
        var bold: Bool?
    }

    private(set) var definitions: [String: Definition] = [:]
    var defaultBold: Bool?
    var defaultAlignment: String?
    private var defaultParagraphStyleID: String?
    private var resolved: [String: Resolved] = [:]
    private var characterBold: [String: Bool?] = [:]

    /// Chains longer than this are cut: a cycle (A based on B based on A) must not hang the reader.
    private static let maximumChain = 20

    init(definitions: [Definition] = [], defaultBold: Bool? = nil, defaultAlignment: String? = nil) {
        for definition in definitions where self.definitions[definition.id] == nil {
            self.definitions[definition.id] = definition
            if definition.isDefault, definition.isParagraphStyle, defaultParagraphStyleID == nil {
                defaultParagraphStyleID = definition.id
            }
        }
        self.defaultBold = defaultBold
        self.defaultAlignment = defaultAlignment
        for (id, definition) in self.definitions {
            if definition.isParagraphStyle {
                resolved[id] = resolve(id)
            } else {
                characterBold[id] = chain(id).lazy.compactMap(\.bold).first
            }
        }
    }

    /// The paragraph style `id`. A paragraph without `w:pStyle` gets the default style; one
    /// whose style is not defined gets the default style's properties, and a heading or title
    /// role when the id is a built-in name (`Heading1`).
    func paragraphStyle(_ id: String?) -> Resolved {
        if let id, let style = resolved[id] { return style }
        var style = defaultParagraphStyleID.flatMap { resolved[$0] } ?? Resolved(bold: defaultBold)
        if let id {
            style.id = id
            style.name = nil
            style.role = Self.role(named: id) ?? style.role
        }
        return style
    }

    /// Bold as the character style `id` sets it, following its chain; nil when it does not say.
    func characterStyleBold(_ id: String) -> Bool? {
        characterBold[id] ?? nil
    }

    private func chain(_ id: String) -> [Definition] {
        var result: [Definition] = []
        var next: String? = id
        while let current = next, result.count < Self.maximumChain, let definition = definitions[current] {
            if result.contains(where: { $0.id == current }) { break }
            result.append(definition)
            next = definition.basedOn
        }
        return result
    }

    private func resolve(_ id: String) -> Resolved {
        let styles = chain(id)
        var style = Resolved(id: id, name: styles.first?.name)
        style.role = styles.lazy.compactMap(Self.role).first ?? .body
        style.numberingID = styles.lazy.compactMap(\.numberingID).first
        style.numberingLevel = styles.lazy.compactMap(\.numberingLevel).first
        style.alignment = styles.lazy.compactMap(\.alignment).first ?? defaultAlignment
        style.bold = styles.lazy.compactMap(\.bold).first ?? defaultBold
        return style
    }

    /// What a style says about the paragraph's role, by its outline level or its name.
    private static func role(of style: Definition) -> WordParagraphRole? {
        if let level = style.outlineLevel { return (0...8).contains(level) ? .heading(level + 1) : .body }
        return style.name.flatMap(role(named:)) ?? role(named: style.id)
    }

    /// Built-in style names as Word writes them (`heading 1`, `Title`) and as Chinese tools do (`标题 1`).
    static func role(named name: String) -> WordParagraphRole? {
        let folded = name.lowercased().filter { $0 != " " }
        for prefix in ["heading", "标题"] where folded.hasPrefix(prefix) {
            if let level = Int(folded.dropFirst(prefix.count)), (1...9).contains(level) { return .heading(level) }
        }
        switch folded {
        case "title", "标题": return .title
        case "subtitle", "副标题": return .subtitle
        case "tocheading": return .tableOfContents
        default: break
        }
        for prefix in ["toc", "目录"] where folded.hasPrefix(prefix) {
            if let level = Int(folded.dropFirst(prefix.count)), (1...9).contains(level) { return .tableOfContents }
        }
        return nil
    }
}
