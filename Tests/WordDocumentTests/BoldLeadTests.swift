import Testing
import WordDocument
import WordDocumentTestSupport

/// `boldLead` is the bold beginning of a paragraph, as speeches set a lead sentence in bold.
struct BoldLeadTests {
    private static let styles = WordXML.style(id: "Strong", name: "Strong", run: "<w:b/>", type: "character")
        + WordXML.style(id: "BoldBody", name: "Bold body", run: "<w:b/>")

    private func lead(_ runs: String, properties: String = "") throws -> String? {
        try Docx.read(body: WordXML.paragraph(runs, properties: properties), styles: Self.styles).paragraphs.first?.boldLead
    }

    @Test func boldLeadSentence() throws {
        #expect(try lead(WordXML.boldRun("一是加强政治引领。") + WordXML.run("要把学习贯彻……")) == "一是加强政治引领。")
    }

    @Test func indentationBeforeTheLeadIsKept() throws {
        #expect(try lead(WordXML.run("　　") + WordXML.boldRun("加强理论武装。") + WordXML.run("正文")) == "　　加强理论武装。")
    }

    @Test func leadSplitOverSeveralRunsAndNonBoldSpaces() throws {
        let runs = WordXML.boldRun("坚持") + WordXML.run(" ") + WordXML.boldRun("服务优先。") + WordXML.run("正文 ")
        #expect(try lead(runs) == "坚持 服务优先。")
    }

    @Test func noLeadWhenTheTextStartsPlain() throws {
        #expect(try lead(WordXML.run("正文") + WordXML.boldRun("强调")) == "")
        #expect(try lead(WordXML.boldRun("　　") + WordXML.run("正文")) == "")
    }

    @Test func boldFromCharacterAndParagraphStyles() throws {
        let characterStyled = "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>一是</w:t></w:r>" + WordXML.run("正文")
        #expect(try lead(characterStyled) == "一是")
        let whole = WordXML.run("全段加粗。")
        #expect(try lead(whole, properties: WordXML.properties(style: "BoldBody")) == "全段加粗。")
        let switchedOff = WordXML.run("不粗", properties: "<w:b w:val=\"0\"/>")
        #expect(try lead(switchedOff, properties: WordXML.properties(style: "BoldBody")) == "")
    }
}
