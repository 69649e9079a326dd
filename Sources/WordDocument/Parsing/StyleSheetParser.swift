/// Reads styles.xml into a `StyleSheet`: names, `basedOn`, outline levels, numbering, alignment
/// and bold of each style, and the document defaults. Table-style conditional formatting and
/// recorded property changes are skipped.
final class StyleSheetParser: XMLPartHandler {
    private var definitions: [StyleSheet.Definition] = []
    private var current: StyleSheet.Definition?
    private var defaultBold: Bool?
    private var defaultAlignment: String?
    private var context = Context.none

    private enum Context {
        case none, styleParagraph, styleRun, defaultParagraph, defaultRun
    }

    private static let skipped: Set<String> = [
        "tblStylePr", "pPrChange", "rPrChange", "tblPr", "trPr", "tcPr", "tabs", "latentStyles",
    ]

    /// The style sheet once the part has been read.
    var styleSheet: StyleSheet {
        StyleSheet(definitions: definitions, defaultBold: defaultBold, defaultAlignment: defaultAlignment)
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes, parent: XMLName?) -> Bool {
        guard name.namespace == .word else { return true }
        if Self.skipped.contains(name.local) { return false }
        switch (name.local, parent?.namespace == .word ? parent?.local : nil) {
        case ("style", _):
            current = StyleSheet.Definition(
                id: attributes["styleId"] ?? "",
                isParagraphStyle: (attributes["type"] ?? "paragraph") == "paragraph",
                isDefault: attributes["default"].map { _ in attributes.isOn("default") } ?? false)
        case ("name", "style"): current?.name = attributes["val"]
        case ("basedOn", "style"): current?.basedOn = attributes["val"]
        case ("pPr", "style"): context = .styleParagraph
        case ("rPr", "style"): context = .styleRun
        case ("pPr", "pPrDefault"): context = .defaultParagraph
        case ("rPr", "rPrDefault"): context = .defaultRun
        default: property(name.local, attributes)
        }
        return true
    }

    private func property(_ local: String, _ attributes: XMLAttributes) {
        switch (context, local) {
        case (.styleParagraph, "outlineLvl"): current?.outlineLevel = attributes.integer()
        case (.styleParagraph, "jc"): current?.alignment = attributes["val"]
        case (.styleParagraph, "numId"): current?.numberingID = attributes.integer()
        case (.styleParagraph, "ilvl"): current?.numberingLevel = attributes.integer()
        case (.styleRun, "b"): current?.bold = attributes.isOn()
        case (.defaultParagraph, "jc"): defaultAlignment = attributes["val"]
        case (.defaultRun, "b"): defaultBold = attributes.isOn()
        default: break
        }
    }

    func endElement(_ name: XMLName, parent: XMLName?) {
        guard name.namespace == .word else { return }
        switch name.local {
        case "style":
            if let style = current, !style.id.isEmpty { definitions.append(style) }
            current = nil
        case "pPr", "rPr": context = .none
        default: break
        }
    }

    func characters(_ text: String, in element: XMLName) {}
}
