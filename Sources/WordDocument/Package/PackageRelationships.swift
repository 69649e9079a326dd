import Foundation

/// The relationships of one part (`_rels/.rels`, `word/_rels/document.xml.rels`): which part
/// plays which role. Relationship types are matched by their last path component, which is the
/// same in transitional and strict Office Open XML.
struct PackageRelationships {
    private(set) var targets: [(type: String, part: String)] = []

    /// The path of the relationships part of `part` (`word/document.xml` →
    /// `word/_rels/document.xml.rels`; the package itself is `""`).
    static func relationshipsPath(of part: String) -> String {
        let slash = part.lastIndex(of: "/")
        let directory = slash.map { String(part[...$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        return directory + "_rels/" + name + ".rels"
    }

    /// Reads the relationships of `source` from `xml`, resolving targets to part paths.
    init(xml: Data, partName: String, source: String) throws(WordDocumentError) {
        let handler = Handler(base: source.lastIndex(of: "/").map { String(source[...$0]) } ?? "")
        try XMLPartReader.read(xml, part: partName, into: handler)
        targets = handler.targets
    }

    /// The first part related with a type ending in `/typeName`.
    func part(ofType typeName: String) -> String? {
        targets.first { $0.type.hasSuffix("/" + typeName) }?.part
    }

    /// `target` resolved against the folder `base` (`word/`), as a package path without a leading slash.
    static func resolve(_ target: String, against base: String) -> String {
        let decoded = target.removingPercentEncoding ?? target
        let absolute = decoded.hasPrefix("/") ? String(decoded.dropFirst()) : base + decoded
        var components: [Substring] = []
        for component in absolute.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    private final class Handler: XMLPartHandler {
        let base: String
        var targets: [(type: String, part: String)] = []

        init(base: String) { self.base = base }

        func startElement(_ name: XMLName, attributes: XMLAttributes, parent: XMLName?) -> Bool {
            if name.namespace == .relationships, name.local == "Relationship",
               attributes["TargetMode"] != "External",
               let type = attributes["Type"], let target = attributes["Target"] {
                targets.append((type, PackageRelationships.resolve(target, against: base)))
            }
            return true
        }

        func endElement(_ name: XMLName, parent: XMLName?) {}
        func characters(_ text: String, in element: XMLName) {}
    }
}
