import Foundation

/// A speech as an office saves it from Word, written by hand in WordprocessingML: a centred header block (a
/// two-line title, subtitle, date line, byline), numbered Heading 1/Heading 2 sections (一、 and （一）), bold
/// lead sentences, a table, a footnote and an endnote, a picture, and 结束语 in Heading 1 without a number.
/// The site tests drop it into `content/speeches/` and `import` it.
public enum SpeechDocx {
    /// Every paragraph's text as the reader gives it (labels included), for the tests' expectations.
    public static let title = "凝心聚力谋发展　奋力开创工会工作新局面"

    public static var builder: DocxBuilder {
        let centred = WordXML.properties(alignment: "center")
        func heading(_ level: Int, _ text: String, numbered: Bool = true) -> String {
            WordXML.paragraph(text: text, properties: WordXML.properties(
                style: "Heading\(level)", list: numbered ? (id: 1, level: level - 1) : nil))
        }
        func reference(_ kind: String, _ id: Int) -> String {
            "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:\(kind)Reference w:id=\"\(id)\"/></w:r>"
        }
        func cell(_ text: String) -> String { "<w:tc>" + WordXML.paragraph(text: text) + "</w:tc>" }
        func row(_ cells: [String], header: Bool = false) -> String {
            "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + cells.map(cell).joined() + "</w:tr>"
        }
        let picture = "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        let body = [
            WordXML.paragraph(text: "凝心聚力谋发展", properties: centred),
            WordXML.paragraph(text: "奋力开创工会工作新局面", properties: centred),
            WordXML.paragraph(text: "——在全市工会工作会议上的讲话", properties: centred),
            WordXML.paragraph(text: "（2024年1月15日）", properties: centred),
            WordXML.paragraph(text: "市总工会党组书记、主席　张建华", properties: centred),
            WordXML.paragraph(text: "同志们："),
            WordXML.paragraph(WordXML.run("　　今天我们召开全市工会工作会议") + reference("footnote", 1)
                + WordXML.run("，主要任务是总结2023年工作，部署2024年任务。")),
            heading(1, "2023年工作回顾"),
            WordXML.paragraph(text: "　　过去一年，全市各级工会组织围绕中心、服务大局，各项工作取得新进展。"),
            heading(2, "思想政治引领持续加强"),
            WordXML.paragraph(WordXML.boldRun("一是理论武装走深走实。") + WordXML.run("全年举办各类宣讲活动三百余场。")),
            WordXML.paragraph(WordXML.boldRun("二是宣传教育入脑入心。") + WordXML.run("深入开展劳模工匠进企业活动。")),
            "<w:tbl>" + row(["项目", "2022年", "2023年"], header: true) + row(["培训职工", "1.2万人次", "1.5万人次"])
                + row(["一、困难职工帮扶", "860户", "920户"]) + "</w:tbl>",
            WordXML.paragraph(picture),
            heading(1, "2024年重点任务"),
            WordXML.paragraph(WordXML.run("　　要把产业工人队伍建设改革作为重点") + reference("endnote", 1) + WordXML.run("，抓紧抓实。")),
            heading(1, "结束语", numbered: false),
            WordXML.paragraph(text: "　　同志们，让我们携起手来，奋力开创工会工作新局面！谢谢大家！"),
        ].joined()
        let styles = WordXML.style(id: "Normal", name: "Normal", isDefault: true)
            + WordXML.style(id: "Heading1", name: "heading 1", basedOn: "Normal", paragraph: "<w:outlineLvl w:val=\"0\"/>")
            + WordXML.style(id: "Heading2", name: "heading 2", basedOn: "Normal", paragraph: "<w:outlineLvl w:val=\"1\"/>")
        let numbering = WordXML.abstractNumbering(1, [
            WordXML.level(0, format: "chineseCounting", text: "%1、", suffix: "nothing"),
            WordXML.level(1, format: "chineseCounting", text: "（%1）", suffix: "nothing"),
        ]) + WordXML.numbering(1, abstractID: 1)
        let footnotes = "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 会议于2024年1月15日在市工人文化宫召开。</w:t></w:r></w:p></w:footnote>"
        let endnotes = "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> 见《关于深化产业工人队伍建设改革的实施意见》。</w:t></w:r></w:p></w:endnote>"
        return DocxBuilder(body: body, styles: styles, numbering: numbering, footnotes: footnotes, endnotes: endnotes,
                           coreProperties: "<dc:title>工作会议讲话（定稿）</dc:title>")
    }

    /// The `.docx` file's bytes.
    public static func data() throws -> Data { try builder.data() }
}
