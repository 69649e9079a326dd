/// The XML vocabularies the reader understands. Elements are matched by namespace and local
/// name, never by prefix: producers may pick any prefix (Word and WPS write `w:`, others may not).
enum XMLNamespace: Sendable, Equatable {
    /// WordprocessingML, transitional (Word, WPS, LibreOffice) or strict.
    case word
    /// Office Math: equations keep their text.
    case math
    /// Markup compatibility: `mc:AlternateContent` offers the same content twice.
    case markupCompatibility
    /// Picture and VML image elements, counted as images that were left out.
    case picture
    /// Package relationships (`_rels/*.rels`).
    case relationships
    /// Dublin Core and the core-properties vocabulary of docProps/core.xml.
    case coreProperties
    /// Anything else, read through transparently.
    case other

    init(uri: String?) {
        switch uri {
        case "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
             "http://purl.oclc.org/ooxml/wordprocessingml/main":
            self = .word
        case "http://schemas.openxmlformats.org/officeDocument/2006/math",
             "http://purl.oclc.org/ooxml/officeDocument/math":
            self = .math
        case "http://schemas.openxmlformats.org/markup-compatibility/2006":
            self = .markupCompatibility
        case "http://schemas.openxmlformats.org/drawingml/2006/picture",
             "http://purl.oclc.org/ooxml/drawingml/picture",
             "urn:schemas-microsoft-com:vml":
            self = .picture
        case "http://schemas.openxmlformats.org/package/2006/relationships":
            self = .relationships
        case "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
             "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/":
            self = .coreProperties
        default:
            self = .other
        }
    }
}

/// An element's namespace and local name.
struct XMLName: Sendable, Equatable {
    let namespace: XMLNamespace
    let local: String

    static func word(_ local: String) -> XMLName { XMLName(namespace: .word, local: local) }

    func isWord(_ name: String) -> Bool { namespace == .word && local == name }
}

/// An element's attributes as the parser reports them: keys are qualified (`w:val`).
struct XMLAttributes: Sendable {
    let values: [String: String]

    /// The value of the attribute with this local name, whatever its prefix.
    subscript(local: String) -> String? {
        if let value = values["w:" + local] ?? values[local] { return value }
        for (key, value) in values where key.hasSuffix(":" + local) { return value }
        return nil
    }

    /// `w:val` as an integer.
    func integer(_ local: String = "val") -> Int? { self[local].flatMap { Int($0) } }

    /// An ST_OnOff value (`w:b`, `w:vanish`): absent or `true`/`1`/`on` means on.
    func isOn(_ local: String = "val") -> Bool {
        guard let value = self[local] else { return true }
        return !["false", "0", "off"].contains(value)
    }
}
