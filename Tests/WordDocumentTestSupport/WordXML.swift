/// Small pieces of WordprocessingML for tests: write the XML a test is about by hand, and
/// use these for the rest.
public enum WordXML {
    public static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
        xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml"
        """

    /// A part with an XML declaration and the root element `w:name`.
    public static func root(_ name: String, _ content: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:\(name) \(namespaces)>\(content)</w:\(name)>"
    }

    /// A paragraph. `properties` is the inside of `w:pPr`; `runs` is run XML (see `run`).
    public static func paragraph(_ runs: String, properties: String = "") -> String {
        "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    /// A paragraph of one run of plain text.
    public static func paragraph(text: String, properties: String = "") -> String {
        paragraph(run(text), properties: properties)
    }

    /// A run of text; `properties` is the inside of `w:rPr`.
    public static func run(_ text: String, properties: String = "") -> String {
        "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(escaped(text))</w:t></w:r>"
    }

    /// A bold run.
    public static func boldRun(_ text: String) -> String { run(text, properties: "<w:b/>") }

    /// `w:pStyle`, `w:numPr` and `w:jc` for `paragraph(properties:)`.
    public static func properties(style: String? = nil, list: (id: Int, level: Int)? = nil,
                                  alignment: String? = nil) -> String {
        var xml = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let list { xml += "<w:numPr><w:ilvl w:val=\"\(list.level)\"/><w:numId w:val=\"\(list.id)\"/></w:numPr>" }
        if let alignment { xml += "<w:jc w:val=\"\(alignment)\"/>" }
        return xml
    }

    /// A paragraph style; `paragraph` and `run` are the insides of its `w:pPr` and `w:rPr`.
    public static func style(id: String, name: String, basedOn: String? = nil, isDefault: Bool = false,
                             paragraph: String = "", run: String = "", type: String = "paragraph") -> String {
        "<w:style w:type=\"\(type)\" w:styleId=\"\(id)\"" + (isDefault ? " w:default=\"1\"" : "") + ">"
            + "<w:name w:val=\"\(name)\"/>" + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
            + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
            + "</w:style>"
    }

    /// A numbering level: format, level text (`%1、`) and optional start, restart and suffix.
    public static func level(_ index: Int, format: String, text: String, start: Int = 1,
                             restartAfter: Int? = nil, suffix: String? = nil, style: String? = nil) -> String {
        "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"\(start)\"/><w:numFmt w:val=\"\(format)\"/>"
            + (restartAfter.map { "<w:lvlRestart w:val=\"\($0)\"/>" } ?? "")
            + (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")
            + (suffix.map { "<w:suff w:val=\"\($0)\"/>" } ?? "")
            + "<w:lvlText w:val=\"\(escaped(text))\"/><w:lvlJc w:val=\"left\"/></w:lvl>"
    }

    /// An abstract numbering definition with the given levels.
    public static func abstractNumbering(_ id: Int, _ levels: [String]) -> String {
        "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
            + levels.joined() + "</w:abstractNum>"
    }

    /// A numbering instance of `abstractID`, with optional start overrides by level.
    public static func numbering(_ id: Int, abstractID: Int, startOverrides: [Int: Int] = [:]) -> String {
        "<w:num w:numId=\"\(id)\"><w:abstractNumId w:val=\"\(abstractID)\"/>"
            + startOverrides.sorted { $0.key < $1.key }.map {
                "<w:lvlOverride w:ilvl=\"\($0.key)\"><w:startOverride w:val=\"\($0.value)\"/></w:lvlOverride>"
            }.joined() + "</w:num>"
    }

    /// XML text with `&`, `<`, `>` and `"` escaped.
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func relationships(_ relations: [(type: String, target: String)]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relations.enumerated().map {
                "<Relationship Id=\"rId\($0.offset + 1)\" Type=\"\($0.element.type)\" Target=\"\($0.element.target)\"/>"
            }.joined() + "</Relationships>"
    }

    static func coreProperties(_ content: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\(content)</cp:coreProperties>"
    }

    static func contentTypes(_ paths: [String]) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let types = ["document": "document.main", "styles": "styles", "numbering": "numbering",
                     "footnotes": "footnotes", "endnotes": "endnotes"]
        let overrides = paths.sorted().compactMap { path -> String? in
            guard path.hasPrefix("word/"), path.hasSuffix(".xml"), !path.contains("_rels"),
                  let type = types[String(path.dropFirst(5).dropLast(4))] else { return nil }
            return "<Override PartName=\"/\(path)\" ContentType=\"\(main).\(type)+xml\"/>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides.joined() + "</Types>"
    }
}
