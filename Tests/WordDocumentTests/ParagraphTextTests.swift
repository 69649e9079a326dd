import Foundation
import Testing
import WordDocument
import WordDocumentTestSupport

/// The text of a paragraph is what Word shows: runs joined, special characters as text,
/// field results kept and instructions dropped, tracked changes accepted.
struct ParagraphTextTests {
    private func texts(_ body: String) throws -> [String] {
        try Docx.read(body: body).paragraphs.map(\.text)
    }

    @Test func runsAreJoinedAndEmptyParagraphsDropped() throws {
        let body = WordXML.paragraph(WordXML.run("同志们") + WordXML.run("：", properties: "<w:b/>"))
            + "<w:p/>" + WordXML.paragraph(text: "  ") + WordXML.paragraph(text: "　　今天召开会议。")
        #expect(try texts(body) == ["同志们：", "　　今天召开会议。"])
    }

    @Test func tabsBreaksAndHyphens() throws {
        let runs = "<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:tab/><w:t>A</w:t>"
            + "<w:noBreakHyphen/><w:t>B</w:t><w:softHyphen/><w:t>C</w:t><w:cr/><w:t>末</w:t></w:r>"
        #expect(try texts(WordXML.paragraph(runs)) == ["第一行\n第二行\tA-BC\n末"])
    }

    @Test func tabStopsInParagraphPropertiesAreNotText() throws {
        let properties = "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
        #expect(try texts(WordXML.paragraph(text: "正文", properties: properties)) == ["正文"])
    }

    @Test func symbolsBecomeUnicode() throws {
        let runs = "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/><w:t>完成</w:t>"
            + "<w:sym w:font=\"Symbol\" w:char=\"F061\"/><w:sym w:font=\"Symbol\" w:char=\"F0B3\"/>"
            + "<w:sym w:font=\"宋体\" w:char=\"2014\"/><w:sym w:font=\"Wingdings\" w:char=\"F001\"/></w:r>"
        #expect(try texts(WordXML.paragraph(runs)) == ["✓完成α≥—□"])
    }

    @Test func fieldResultsAreKeptAndInstructionsDropped() throws {
        let complex = "<w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF _Toc1 \\h </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r>"
        let simple = "<w:fldSimple w:instr=\" DATE \\@ &quot;yyyy年M月d日&quot; \">"
            + "<w:r><w:t>2024年1月15日</w:t></w:r></w:fldSimple>"
        let noResult = "<w:r><w:t>甲</w:t><w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText>"
            + "<w:fldChar w:fldCharType=\"end\"/><w:t>乙</w:t></w:r>"
        #expect(try texts(WordXML.paragraph(complex) + WordXML.paragraph(simple) + WordXML.paragraph(noResult))
            == ["见第3页", "2024年1月15日", "甲乙"])
    }

    @Test func nestedFieldsKeepTheOuterResult() throws {
        let runs = "<w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText>IF </w:instrText>"
            + "<w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType=\"separate\"/>"
            + "<w:t>2</w:t><w:fldChar w:fldCharType=\"end\"/><w:instrText> = 2 \"是\" \"否\"</w:instrText>"
            + "<w:fldChar w:fldCharType=\"separate\"/><w:t>是</w:t><w:fldChar w:fldCharType=\"end\"/></w:r>"
        #expect(try texts(WordXML.paragraph(runs)) == ["是"])
    }

    @Test func fieldWithoutItsEndHidesOnlyItsOwnParagraph() throws {
        let broken = WordXML.run("甲") + "<w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText></w:r>"
            + WordXML.run("（指令中）")
        #expect(try texts(WordXML.paragraph(broken) + WordXML.paragraph(text: "下一段")) == ["甲", "下一段"])
    }

    @Test func trackedChangesAreAccepted() throws {
        let runs = WordXML.run("要") + "<w:del w:id=\"1\" w:author=\"审稿\"><w:r><w:delText>认真</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"审稿\">" + WordXML.run("切实") + "</w:ins>" + WordXML.run("抓好落实")
            + "<w:moveFrom w:id=\"3\">" + WordXML.run("（移走）") + "</w:moveFrom>"
            + "<w:moveTo w:id=\"4\">" + WordXML.run("。") + "</w:moveTo>"
        #expect(try texts(WordXML.paragraph(runs)) == ["要切实抓好落实。"])
    }

    @Test func recordedOldPropertiesDoNotApply() throws {
        let properties = "<w:jc w:val=\"center\"/><w:pPrChange w:id=\"9\"><w:pPr><w:jc w:val=\"left\"/>"
            + "<w:pStyle w:val=\"Heading1\"/></w:pPr></w:pPrChange>"
        let run = "<w:r><w:rPr><w:rPrChange w:id=\"8\"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>标题</w:t></w:r>"
        let paragraph = try #require(try Docx.read(body: WordXML.paragraph(run, properties: properties)).paragraphs.first)
        #expect(paragraph.alignment == .center)
        #expect(paragraph.styleID == nil)
        #expect(paragraph.boldLead == "")
    }

    @Test func deletedParagraphMarkJoinsTheParagraphs() throws {
        let first = WordXML.paragraph(WordXML.run("上半句，"),
                                      properties: "<w:rPr><w:del w:id=\"5\" w:author=\"审稿\"/></w:rPr>")
        let body = first + WordXML.paragraph(text: "下半句。") + WordXML.paragraph(text: "另一段。")
        #expect(try texts(body) == ["上半句，下半句。", "另一段。"])
    }

    @Test func hiddenTextIsDropped() throws {
        let runs = WordXML.run("看得见") + WordXML.run("（隐藏）", properties: "<w:vanish/>")
            + WordXML.run("的", properties: "<w:vanish w:val=\"0\"/>")
        #expect(try texts(WordXML.paragraph(runs)) == ["看得见的"])
    }

    @Test func textBoxesAreReadOnceBeforeTheirAnchor() throws {
        let box = "<w:p><w:r><w:t>框内文字</w:t></w:r></w:p>"
        let drawing = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>"
            + box + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
            + "<w:txbxContent>" + box + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r>"
        let body = WordXML.paragraph(WordXML.run("正文") + drawing + WordXML.run("继续"))
        #expect(try texts(body) == ["框内文字", "正文继续"])
    }

    @Test func picturesAndObjectsAreCounted() throws {
        let picture = "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill/></pic:pic>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        let object = "<w:r><w:object><v:shape><v:imagedata r:id=\"rId9\"/></v:shape></w:object></w:r>"
        let document = try Docx.read(body: WordXML.paragraph(WordXML.run("图：") + picture + object))
        #expect(document.paragraphs.map(\.text) == ["图："])
        #expect(document.omissions == WordOmissions(images: 1, embeddedObjects: 1))
    }

    @Test func equationsKeepTheirText() throws {
        let math = "<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath>"
        #expect(try texts(WordXML.paragraph(WordXML.run("公式") + math)) == ["公式x+1"])
    }

    @Test func rubyTextIsDropped() throws {
        let ruby = "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>gōng</w:t></w:r></w:rt>"
            + "<w:rubyBase><w:r><w:t>工</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        #expect(try texts(WordXML.paragraph(ruby + WordXML.run("会"))) == ["工会"])
    }

    @Test func contentControlsHyperlinksAndSmartTagsAreTransparent() throws {
        let body = "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>"
            + WordXML.paragraph("<w:hyperlink r:id=\"rId5\">" + WordXML.run("链接") + "</w:hyperlink>"
                + "<w:smartTag w:element=\"date\">" + WordXML.run("文字") + "</w:smartTag>")
            + "</w:sdtContent></w:sdt>"
        #expect(try texts(body) == ["链接文字"])
    }

    @Test func escapedCharactersAndOtherPrefixes() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><doc:document "
            + "xmlns:doc=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><doc:body><doc:p><doc:r>"
            + "<doc:t>A &amp; B &lt;C&gt; &#x4E2D;</doc:t></doc:r></doc:p></doc:body></doc:document>"
        var builder = DocxBuilder(body: "")
        builder.extraParts["word/document.xml"] = Data(xml.utf8)
        #expect(try Docx.read(builder).paragraphs.map(\.text) == ["A & B <C> 中"])
    }

    @Test func tableOfContentsEntriesAreMarkedAndLeftOutOfPlainText() throws {
        let styles = WordXML.style(id: "TOC1", name: "toc 1") + WordXML.style(id: "Heading1", name: "heading 1")
        let entry = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-2\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + WordXML.run("一、总体要求\t1")
        let body = "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
            + "<w:sdtContent>" + WordXML.paragraph(text: "目录")
            + WordXML.paragraph(entry, properties: WordXML.properties(style: "TOC1"))
            + WordXML.paragraph(WordXML.run("二、主要任务\t3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            + "</w:sdtContent></w:sdt>"
            + WordXML.paragraph(text: "三、附则\t5", properties: WordXML.properties(style: "TOC1"))
            + WordXML.paragraph(text: "总体要求", properties: WordXML.properties(style: "Heading1"))
        let document = try Docx.read(body: body, styles: styles)
        #expect(document.paragraphs.map(\.role) == [
            .tableOfContents, .tableOfContents, .tableOfContents, .tableOfContents, .heading(1),
        ])
        #expect(document.plainText == "总体要求")
    }
}
