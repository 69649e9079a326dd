import Foundation
import Testing
import WordDocument
import WordDocumentTestSupport

/// Files that are not a readable `.docx` are refused with an error that says what they are.
struct RefusalTests {
    static let valid = DocxBuilder(body: WordXML.paragraph(text: "正文。"))

    @Test func emptyDocumentReadsAsNothing() throws {
        let document = try Docx.read(DocxBuilder(body: ""))
        #expect(document.blocks.isEmpty)
        #expect(document.plainText == "")
        let onlySection = try Docx.read(DocxBuilder(body: "<w:p/><w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>"))
        #expect(onlySection.blocks.isEmpty)
    }

    @Test func garbageAndOtherFormats() {
        var random = SystemRandomNumberGenerator()
        let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) } + [0])
        #expect(Docx.error(reading: garbage) == .notZipArchive(looksLike: nil))
        #expect(Docx.error(reading: Data()) == .notZipArchive(looksLike: nil))
        #expect(Docx.error(reading: Data("同志们：\n今天召开会议。".utf8)) == .notZipArchive(looksLike: .plainText))
        #expect(Docx.error(reading: Data("{\\rtf1\\ansi 讲话}".utf8)) == .notZipArchive(looksLike: .rtf))
        #expect(Docx.error(reading: Data("%PDF-1.7\n%âãÏÓ".utf8)) == .notZipArchive(looksLike: .pdf))
        let html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body>讲话</body></html>"
        #expect(Docx.error(reading: Data(html.utf8)) == .notZipArchive(looksLike: .html))
    }

    @Test func compoundFileIsAnOldDocOrAPasswordProtectedDocx() {
        let header: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let error = Docx.error(reading: Data(header + [UInt8](repeating: 0, count: 504)))
        #expect(error == .compoundFile)
        #expect(error?.message.contains("password-protected") == true)
        #expect(error?.hint.contains("文件 → 另存为 → Word 文档 (*.docx)") == true)
    }

    @Test func zipArchivesThatAreNotWordDocuments() throws {
        let text = try DocxBuilder.zip([("readme.txt", Data("你好".utf8))])
        #expect(Docx.error(reading: text) == .notWordDocument(looksLike: nil))
        let workbook = try DocxBuilder.zip([("[Content_Types].xml", Data("<Types/>".utf8)),
                                            ("xl/workbook.xml", Data("<workbook/>".utf8))])
        #expect(Docx.error(reading: workbook) == .notWordDocument(looksLike: .spreadsheet))
        let odt = try DocxBuilder.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
                                       ("content.xml", Data("<office:document-content/>".utf8))])
        #expect(Docx.error(reading: odt) == .notWordDocument(looksLike: .openDocumentText))
        // The main part named by the relationships exists but is not a Word body.
        var misnamed = DocxBuilder(body: "")
        misnamed.extraParts["word/document.xml"] = Data("<?xml version=\"1.0\"?><workbook/>".utf8)
        #expect(Docx.error(reading: try misnamed.data()) == .notWordDocument(looksLike: nil))
    }

    @Test func mainDocumentIsFoundThroughTheRelationships() throws {
        var builder = DocxBuilder(body: "")
        var parts = builder.parts
        parts["word/main.xml"] = parts.removeValue(forKey: "word/document.xml")
        parts["word/_rels/main.xml.rels"] = parts.removeValue(forKey: "word/_rels/document.xml.rels")
        parts["word/main.xml"] = Data(WordXML.root("document", "<w:body>\(WordXML.paragraph(text: "主文档"))</w:body>").utf8)
        parts["_rels/.rels"] = parts["_rels/.rels"].map {
            Data(String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "word/document.xml", with: "/word/main.xml").utf8)
        }
        builder.extraParts = parts
        let data = try DocxBuilder.zip(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        #expect(try WordDocument(data: data).plainText == "主文档")
    }

    @Test func damagedXMLNamesThePartLineAndColumn() throws {
        var builder = Self.valid
        builder.extraParts["word/document.xml"] = Data(
            "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n<w:body><w:p><w:r><w:t>断了</w:r>".utf8)
        let error = Docx.error(reading: try builder.data())
        guard case .damagedPart(let part, let line, let column, let problem)? = error else {
            Issue.record("expected a damaged part, got \(String(describing: error))")
            return
        }
        #expect(part == "word/document.xml")
        #expect(line == 3)
        // Columns count characters, not bytes: 断了 is two columns.
        #expect(column == 32)
        #expect(problem == .tagMismatch)
        #expect(error?.message == "the document's XML is damaged in word/document.xml, line 3, column 32: "
            + "a tag is not closed or closes the wrong element")

        var styles = Self.valid
        styles.styles = ""
        styles.extraParts["word/styles.xml"] = Data("<w:styles xmlns:w=\"x\">".utf8)
        #expect(Docx.error(reading: try styles.data()) == .damagedPart(part: "word/styles.xml", line: 1, column: 23,
                                                                       problem: .endsEarly))
    }

    @Test func documentTypeDeclarationsAreRefused() throws {
        var builder = Self.valid
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
            + WordXML.root("document", "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body>")
        builder.extraParts["word/document.xml"] = Data(bomb.utf8)
        #expect(Docx.error(reading: try builder.data())
            == .damagedPart(part: "word/document.xml", line: 2, column: 1, problem: .documentType))
    }

    @Test func truncatedAndCorruptArchives() throws {
        let data = try Self.valid.data()
        #expect(Docx.error(reading: data.prefix(data.count / 2)) == .damagedArchive(part: nil, problem: .truncated))
        // Damage the compressed bytes of word/document.xml.
        var damaged = data
        let name = Array("word/document.xml".utf8)
        let header = try #require(Self.localHeader(named: name, in: damaged))
        for offset in (header + 30 + name.count)..<(header + 30 + name.count + 30) { damaged[offset] ^= 0x5A }
        #expect(Docx.error(reading: damaged) == .damagedArchive(part: "word/document.xml", problem: .corruptEntry))
    }

    /// The offset of the local file header of the entry named `name`.
    static func localHeader(named name: [UInt8], in data: Data) -> Int? {
        let bytes = [UInt8](data)
        var offset = 0
        while offset + 30 < bytes.count {
            if bytes[offset..<offset + 4] == [0x50, 0x4B, 0x03, 0x04] {
                let length = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
                if Array(bytes[(offset + 30)..<min(offset + 30 + length, bytes.count)]) == name { return offset }
            }
            offset += 1
        }
        return nil
    }
}
