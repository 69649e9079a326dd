import Foundation
import Testing
import WordDocument
import WordDocumentTestSupport

/// A speech's own header as Word users lay it out: centred title lines, a ——subtitle, a date
/// line and a byline, then the salutation. The reader keeps every line and says which are centred.
struct HeaderBlockTests {
    static let styles = WordXML.style(id: "a", name: "Normal", isDefault: true, paragraph: "<w:jc w:val=\"both\"/>")
        + WordXML.style(id: "TitleLine", name: "文件标题", basedOn: "a", paragraph: "<w:jc w:val=\"center\"/>", run: "<w:b/>")

    static let body = [
        WordXML.paragraph(text: "凝心聚力谋发展", properties: WordXML.properties(style: "TitleLine")),
        // A two-line title typed with Shift+Enter.
        WordXML.paragraph(WordXML.run("奋力开创工会工作") + "<w:r><w:br/></w:r>" + WordXML.run("新局面"),
                          properties: WordXML.properties(style: "TitleLine")),
        WordXML.paragraph(text: "——在全市工会工作会议上的讲话", properties: WordXML.properties(alignment: "center")),
        WordXML.paragraph(text: "（2024年1月15日）", properties: WordXML.properties(alignment: "center")),
        WordXML.paragraph(text: "市总工会党组书记、主席　张　建　华", properties: WordXML.properties(alignment: "center")),
        WordXML.paragraph(text: "同志们："),
        WordXML.paragraph(WordXML.run("　　") + WordXML.boldRun("一是提高政治站位。") + WordXML.run("要深刻认识……")),
    ].joined()

    @Test func centredLinesAreMarked() throws {
        let paragraphs = try Docx.read(body: Self.body, styles: Self.styles).paragraphs
        #expect(paragraphs.map(\.alignment) == [.center, .center, .center, .center, .center, .justified, .justified])
        #expect(paragraphs.map(\.boldLead) == [
            "凝心聚力谋发展", "奋力开创工会工作\n新局面", "", "", "", "", "　　一是提高政治站位。",
        ])
    }

    @Test func plainTextKeepsEveryHeaderLine() throws {
        let document = try Docx.read(body: Self.body, styles: Self.styles)
        #expect(document.plainText == """
            凝心聚力谋发展
            奋力开创工会工作
            新局面
            ——在全市工会工作会议上的讲话
            （2024年1月15日）
            市总工会党组书记、主席　张　建　华
            同志们：
            　　一是提高政治站位。要深刻认识……
            """)
    }

    @Test func corePropertiesAreRead() throws {
        var builder = DocxBuilder(body: Self.body, styles: Self.styles)
        builder.coreProperties = "<dc:title>全市工会工作会议讲话</dc:title><dc:creator>办公室</dc:creator>"
            + "<cp:keywords>工会；讲话</cp:keywords>"
            + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-12T08:30:00Z</dcterms:created>"
            + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-01-14</dcterms:modified>"
        let properties = try Docx.read(builder).properties
        #expect(properties.title == "全市工会工作会议讲话")
        #expect(properties.creator == "办公室")
        #expect(properties.keywords == "工会；讲话")
        #expect(properties.subject == nil)
        #expect(properties.created == Date(timeIntervalSince1970: 1_705_048_200))
        #expect(properties.modified == Date(timeIntervalSince1970: 1_705_190_400))
    }

    @Test func missingOrEmptyCorePropertiesAreNil() throws {
        #expect(try Docx.read(DocxBuilder(body: Self.body)).properties == WordCoreProperties())
        var builder = DocxBuilder(body: Self.body)
        builder.coreProperties = "<dc:title>  </dc:title><dcterms:created>不是日期</dcterms:created>"
        #expect(try Docx.read(builder).properties == WordCoreProperties())
    }
}
