import Testing
import WordDocument
import WordDocumentTestSupport

/// Tables keep their rows and cells; merged cells are marked so a caller can lay out a grid.
struct TableTests {
    private static func cell(_ content: String, properties: String = "") -> String {
        "<w:tc>" + (properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>") + content + "</w:tc>"
    }

    private static func cell(text: String, properties: String = "") -> String {
        cell(WordXML.paragraph(text: text), properties: properties)
    }

    static let table = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"
        + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell(text: "项目") + cell(text: "2023年") + cell(text: "2024年") + "</w:tr>"
        + "<w:tr>" + cell(text: "会员人数", properties: "<w:vMerge w:val=\"restart\"/>")
        + cell(text: "120万") + cell(WordXML.paragraph(text: "135万") + WordXML.paragraph(text: "（预计）")) + "</w:tr>"
        + "<w:tr>" + cell("<w:p/>", properties: "<w:vMerge/>") + cell(text: "合计增长12.5%", properties: "<w:gridSpan w:val=\"2\"/>")
        + "</w:tr></w:tbl>"

    @Test func rowsAndCellsInDocumentOrder() throws {
        let body = WordXML.paragraph(text: "表1 会员情况") + Self.table + WordXML.paragraph(text: "表后正文。")
        let document = try Docx.read(body: body)
        #expect(document.blocks.count == 3)
        guard case .table(let table) = document.blocks[1] else {
            Issue.record("the second block is not a table")
            return
        }
        #expect(table.rows.map(\.isHeader) == [true, false, false])
        #expect(table.rows.map { $0.cells.map(\.text) } == [
            ["项目", "2023年", "2024年"], ["会员人数", "120万", "135万\n（预计）"], ["", "合计增长12.5%"],
        ])
        #expect(table.rows[2].cells.map(\.continuesMergeAbove) == [true, false])
        #expect(table.rows[2].cells.map(\.columnSpan) == [1, 2])
        #expect(table.textGrid == [
            ["项目", "2023年", "2024年"], ["会员人数", "120万", "135万 （预计）"], ["", "合计增长12.5%", ""],
        ])
        #expect(document.paragraphs.map(\.text) == ["表1 会员情况", "表后正文。"])
    }

    @Test func rowsDeletedAsTrackedChangesAreDropped() throws {
        let table = "<w:tbl><w:tr>" + Self.cell(text: "保留") + "</w:tr>"
            + "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"审稿\"/></w:trPr>" + Self.cell(text: "删除") + "</w:tr></w:tbl>"
        #expect(try Docx.read(body: table).plainText == "保留")
    }

    @Test func plainTextWritesOneLinePerRow() throws {
        let document = try Docx.read(body: Self.table)
        #expect(document.plainText == "项目\t2023年\t2024年\n会员人数\t120万\t135万 （预计）\n合计增长12.5%")
    }

    @Test func nestedTablesAndNumberingInsideCells() throws {
        let numbering = WordXML.abstractNumbering(0, [WordXML.level(0, format: "chineseCounting", text: "%1、")])
            + WordXML.numbering(1, abstractID: 0)
        let numbered = { (text: String) in WordXML.paragraph(text: text, properties: WordXML.properties(list: (1, 0))) }
        let inner = "<w:tbl><w:tr>" + Self.cell(text: "内") + "</w:tr></w:tbl>"
        let body = numbered("前") + "<w:tbl><w:tr>" + Self.cell(numbered("格中") + inner) + "</w:tr></w:tbl>" + numbered("后")
        let document = try Docx.read(body: body, numbering: numbering)
        #expect(document.plainText == "一、前\n二、格中 内\n三、后")
    }
}
