import Foundation
import ZIPFoundation

/// Makes `.docx` files from hand-written WordprocessingML, the way Word lays out a package:
/// `[Content_Types].xml`, the package and document relationships, and the parts given.
/// Body, styles, numbering and notes are written without their root element (see `WordXML`).
public struct DocxBuilder: Sendable {
    /// The inside of `<w:body>`.
    public var body: String
    /// The inside of `<w:styles>`, or nil for no styles.xml.
    public var styles: String?
    /// The inside of `<w:numbering>`, or nil for no numbering.xml.
    public var numbering: String?
    /// The inside of `<w:footnotes>`, or nil.
    public var footnotes: String?
    /// The inside of `<w:endnotes>`, or nil.
    public var endnotes: String?
    /// The inside of `<cp:coreProperties>`, or nil for no docProps/core.xml.
    public var coreProperties: String?
    /// Parts added as they are (path → content), e.g. to replace one with damaged XML.
    public var extraParts: [String: Data] = [:]

    public init(body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
                endnotes: String? = nil, coreProperties: String? = nil) {
        self.body = body
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
        self.endnotes = endnotes
        self.coreProperties = coreProperties
    }

    /// Every part of the package, by path.
    public var parts: [String: Data] {
        var parts: [String: String] = ["word/document.xml": WordXML.root("document", "<w:body>\(body)</w:body>")]
        var relations: [(String, String)] = []
        func add(_ path: String, _ root: String, _ content: String?, type: String) {
            guard let content else { return }
            parts["word/" + path] = WordXML.root(root, content)
            relations.append((type, path))
        }
        add("styles.xml", "styles", styles, type: "styles")
        add("numbering.xml", "numbering", numbering, type: "numbering")
        add("footnotes.xml", "footnotes", footnotes, type: "footnotes")
        add("endnotes.xml", "endnotes", endnotes, type: "endnotes")
        parts["word/_rels/document.xml.rels"] = WordXML.relationships(relations.map {
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + $0.0, $0.1)
        })
        var packageRelations = [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                                 "word/document.xml")]
        if let coreProperties {
            parts["docProps/core.xml"] = WordXML.coreProperties(coreProperties)
            packageRelations.append(("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                                     "docProps/core.xml"))
        }
        parts["_rels/.rels"] = WordXML.relationships(packageRelations)
        parts["[Content_Types].xml"] = WordXML.contentTypes(Array(parts.keys))
        var data = parts.mapValues { Data($0.utf8) }
        data.merge(extraParts) { _, extra in extra }
        return data
    }

    /// The `.docx` file's bytes.
    public func data() throws -> Data {
        try Self.zip(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// A ZIP archive (deflate) of the given entries, in order.
    public static func zip(_ entries: [(path: String, data: Data)]) throws -> Data {
        try zip(entries.map { ZipEntry(path: $0.path, data: $0.data) })
    }

    /// A ZIP archive (deflate) of entries whose content is produced chunk by chunk, so that
    /// a test can pack a part far larger than it wants to hold in memory.
    public static func zip(_ entries: [ZipEntry]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(entry.size),
                                 compressionMethod: .deflate, bufferSize: 1 << 20) { position, size in
                entry.chunk(Int(position), size)
            }
        }
        return archive.data ?? Data()
    }
}

/// One entry for `DocxBuilder.zip`: a path, a size and the bytes at each position.
public struct ZipEntry {
    public let path: String
    public let size: Int
    public let chunk: (_ position: Int, _ length: Int) -> Data

    public init(path: String, size: Int, chunk: @escaping (_ position: Int, _ length: Int) -> Data) {
        self.path = path
        self.size = size
        self.chunk = chunk
    }

    public init(path: String, data: Data) {
        self.init(path: path, size: data.count) { position, length in data.subdata(in: position..<position + length) }
    }
}
