import Testing
import WordDocument
import WordDocumentTestSupport

/// Footnotes and endnotes keep their text, their mark and where they are referenced.
struct NoteTests {
    static let footnotes = """
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
        <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
        <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 见《工会法》第六条。</w:t></w:r></w:p></w:footnote>\
        <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>数据来源：市总工会。</w:t></w:r></w:p>\
        <w:p><w:r><w:t>截至2023年底。</w:t></w:r></w:p></w:footnote>\
        <w:footnote w:id="3"><w:p><w:r><w:t>* 自定标记的脚注。</w:t></w:r></w:p></w:footnote>\
        <w:footnote w:id="4"><w:p><w:r><w:t>未被引用的脚注。</w:t></w:r></w:p></w:footnote>
        """
    static let endnotes = """
        <w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>尾注文字。</w:t></w:r></w:p></w:endnote>
        """

    private static func reference(_ kind: String, _ id: Int, custom: Bool = false) -> String {
        "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:\(kind)Reference"
            + (custom ? " w:customMarkFollows=\"1\"" : "") + " w:id=\"\(id)\"/></w:r>"
    }

    private func document() throws -> WordDocument {
        let body = WordXML.paragraph(WordXML.run("依法维权") + Self.reference("footnote", 2) + WordXML.run("，")
            + WordXML.run("依法治会") + Self.reference("footnote", 1) + WordXML.run("。"))
            + WordXML.paragraph(WordXML.run("另见") + Self.reference("endnote", 1) + Self.reference("footnote", 2))
            + WordXML.paragraph(WordXML.run("自定") + Self.reference("footnote", 3, custom: true) + WordXML.run("*"))
        return try Docx.read(DocxBuilder(body: body, footnotes: Self.footnotes, endnotes: Self.endnotes))
    }

    @Test func referencesKnowTheirPlaceAndMark() throws {
        let paragraphs = try document().paragraphs
        #expect(paragraphs.map(\.text) == ["依法维权，依法治会。", "另见", "自定*"])
        #expect(paragraphs[0].noteReferences == [
            WordNoteReference(kind: .footnote, noteID: 2, mark: "1", offset: 4),
            WordNoteReference(kind: .footnote, noteID: 1, mark: "2", offset: 9),
        ])
        #expect(paragraphs[1].noteReferences.map(\.mark) == ["i", "1"])
        #expect(paragraphs[2].noteReferences.map(\.mark) == [""])
        #expect(paragraphs.map(\.plainText) == ["依法维权[1]，依法治会[2]。", "另见[i][1]", "自定*"])
    }

    @Test func notesInOrderOfReferenceWithoutSeparators() throws {
        let document = try document()
        #expect(document.footnotes.map(\.id) == [2, 1, 3])
        #expect(document.footnotes.map(\.mark) == ["1", "2", ""])
        #expect(document.footnotes.map(\.text) == [
            "数据来源：市总工会。\n截至2023年底。", "见《工会法》第六条。", "* 自定标记的脚注。",
        ])
        #expect(document.endnotes.map(\.text) == ["尾注文字。"])
        #expect(document.endnotes.map(\.mark) == ["i"])
    }

    @Test func plainTextEndsWithTheNotes() throws {
        #expect(try document().plainText == """
            依法维权[1]，依法治会[2]。
            另见[i][1]
            自定*
            [1] 数据来源：市总工会。
            截至2023年底。
            [2] 见《工会法》第六条。
            * 自定标记的脚注。
            [i] 尾注文字。
            """)
    }

    @Test func missingNotesPartLeavesReferencesWithoutNotes() throws {
        let body = WordXML.paragraph(WordXML.run("正文") + Self.reference("footnote", 1))
        let document = try Docx.read(DocxBuilder(body: body))
        #expect(document.footnotes.isEmpty)
        #expect(document.paragraphs.first?.plainText == "正文[1]")
    }
}
