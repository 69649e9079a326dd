import Foundation

extension WordDocument {
    /// Reads a `.docx` file's bytes.
    ///
    /// - Throws: `WordDocumentError` when the bytes are not a readable Word document: an old
    ///   `.doc`/`.wps` or a password-protected file, another format, a damaged archive or part,
    ///   or an archive beyond `limits`.
    public init(data: Data, limits: WordDocumentLimits = WordDocumentLimits()) throws(WordDocumentError) {
        let package = try DocxPackage(data: data, limits: limits)
        let main = try Self.mainDocumentPath(in: package)
        guard let documentXML = try package.read(main) else {
            throw .notWordDocument(looksLike: Self.otherFormat(of: package))
        }
        let related = try Self.relationships(of: main, in: package)
        let styles = try Self.parse(related?.part(ofType: "styles") ?? "word/styles.xml", in: package,
                                    with: StyleSheetParser())?.styleSheet ?? StyleSheet()
        let numbering = try Self.parse(related?.part(ofType: "numbering") ?? "word/numbering.xml", in: package,
                                       with: NumberingParser())?.definitions ?? NumberingDefinitions()

        let bodyParser = BodyParser()
        try XMLPartReader.read(documentXML, part: main, into: bodyParser)
        guard bodyParser.sawDocumentRoot else { throw .notWordDocument(looksLike: Self.otherFormat(of: package)) }
        let body = bodyParser.finish()
        var resolver = DocumentResolver(styles: styles, numbering: numbering)
        let blocks = resolver.blocks(body.blocks)

        var notes: [WordNoteKind: [WordNote]] = [:]
        for kind in [WordNoteKind.footnote, .endnote] where resolver.referencedNotes[kind] != nil {
            let path = related?.part(ofType: kind == .footnote ? "footnotes" : "endnotes") ?? "word/\(kind)s.xml"
            let raw = try Self.parse(path, in: package, with: BodyParser())?.finish().notes ?? [:]
            notes[kind] = resolver.notes(kind, from: raw, numbering: numbering)
        }
        let packageRelations = try Self.relationships(of: "", in: package)
        let corePath = packageRelations?.part(ofType: "core-properties") ?? "docProps/core.xml"
        let properties = try Self.parse(corePath, in: package, with: CorePropertiesParser())?.properties

        self.init(blocks: blocks, footnotes: notes[.footnote] ?? [], endnotes: notes[.endnote] ?? [],
                  properties: properties ?? WordCoreProperties(), omissions: body.omissions)
    }

    /// The main document part named by the package relationships, or the conventional path.
    private static func mainDocumentPath(in package: DocxPackage) throws(WordDocumentError) -> String {
        let main = try relationships(of: "", in: package)?.part(ofType: "officeDocument")
        if let main, package.contains(main) { return main }
        guard package.contains("word/document.xml") else { throw .notWordDocument(looksLike: otherFormat(of: package)) }
        return "word/document.xml"
    }

    private static func relationships(of part: String, in package: DocxPackage) throws(WordDocumentError)
        -> PackageRelationships? {
        let path = PackageRelationships.relationshipsPath(of: part)
        guard let xml = try package.read(path) else { return nil }
        return try PackageRelationships(xml: xml, partName: path, source: part)
    }

    /// Reads an optional part into `handler`; nil when the package does not have it.
    private static func parse<Handler: XMLPartHandler>(_ path: String, in package: DocxPackage,
                                                       with handler: Handler) throws(WordDocumentError) -> Handler? {
        guard let xml = try package.read(path) else { return nil }
        try XMLPartReader.read(xml, part: path, into: handler)
        return handler
    }

    /// What a ZIP archive without a Word document holds instead, for the error message.
    private static func otherFormat(of package: DocxPackage) -> WordForeignFormat? {
        if package.contains("xl/workbook.xml") { return .spreadsheet }
        if package.contains("ppt/presentation.xml") { return .presentation }
        if package.contains("content.xml"), package.contains("mimetype") { return .openDocumentText }
        return nil
    }
}
