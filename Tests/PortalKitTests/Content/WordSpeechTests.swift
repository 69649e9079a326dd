import Foundation
import Markdown
@testable import PortalKit
import PortalTestSupport
import SpeechText
import Testing
import WordDocument
import WordDocumentTestSupport

/// A `.docx` in content/speeches: the header block fills the page's values, the styles give the outline and
/// bold leads, tables stay rows, notes are kept and linked, and nothing of the document is lost.
@Suite struct WordSpeechTests {
    static func read(_ data: Data, name: String = "2024-gongzuohuiyi.docx") -> SpeechReader.Result {
        SpeechReader.read([UInt8](data), path: "content/speeches/\(name)", fileName: name)
    }

    @Test func theHeaderFillsTheValuesWithTheirSources() throws {
        let result = Self.read(try SpeechDocx.data())
        let speech = try #require(result.speech, "\(result.diagnostics)")
        #expect(speech.format == .wordDocument)
        #expect(speech.metadata.title == SpeechDocx.title)
        #expect(speech.metadata.date == SpeechDate(year: 2024, month: 1, day: 15))
        #expect(speech.metadata.occasion == "全市工会工作会议")
        #expect(speech.metadata.speaker == "张建华")
        #expect(speech.documentHeader.map(\.role) == [.title, .title, .subtitle, .date, .byline])
        #expect(speech.headerBelowTitle.map(\.role) == [.subtitle, .date, .byline])
        #expect(speech.origins.title == .text(ValueSource(part: .title, lines: 1...2)))
        // The file name's 2024 is less precise than the date line, which agrees with it.
        #expect(speech.origins.date == .text(ValueSource(part: .dateLine, lines: 4...4)))
        #expect(speech.origins.speaker == .text(ValueSource(part: .byline, lines: 5...5)))
        // The picture is reported, nothing else.
        #expect(result.diagnostics.map(\.message.key) == [.wordOmissions])
    }

    @Test func stylesGiveTheOutlineAndBoldLeads() throws {
        let speech = try #require(Self.read(try SpeechDocx.data()).speech)
        let body = MarkdownRenderer.render(speech.markdown)
        #expect(body.headings.map(\.text) == ["一、2023年工作回顾", "（一）思想政治引领持续加强", "二、2024年重点任务", "结束语"])
        #expect(body.headings.map(\.headingLevel) == [2, 3, 2, 2])
        #expect(speech.markdown.contains("**一是理论武装走深走实**。全年"))
        // Table rows are paragraphs as they are: a row starting 一、 is no heading.
        #expect(speech.markdown.contains("\n项目\u{3000}2022年\u{3000}2023年\n"))
        #expect(speech.markdown.contains("\n一、困难职工帮扶\u{3000}860户\u{3000}920户\n"))
    }

    @Test func notesAreKeptAndLinked() throws {
        let speech = try #require(Self.read(try SpeechDocx.data()).speech)
        #expect(speech.notes == [
            SpeechNote(anchor: "note_1", mark: "1", text: "会议于2024年1月15日在市工人文化宫召开。"),
            SpeechNote(anchor: "note_2", mark: "i", text: "见《关于深化产业工人队伍建设改革的实施意见》。"),
        ])
        let html = MarkdownRenderer.render(speech.markdown).html
        #expect(html.contains("工作会议<a href=\"#note_1\">[1]</a>，主要任务"))
        #expect(html.contains("作为重点<a href=\"#note_2\">[i]</a>，抓紧"))
    }

    @Test func nothingOfTheDocumentIsLost() throws {
        let data = try SpeechDocx.data()
        let speech = try #require(Self.read(data).speech)
        let html = MarkdownRenderer.render(speech.markdown).html
            + speech.notes.map { "<p>[\($0.mark)] \($0.text)</p>" }.joined()
        let source = try WordDocument(data: data).plainText
        let difference = RenderedText.difference(source: source, title: speech.documentHeader.map(\.text).joined(), html: html)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test func withoutATitleLineTheDocumentPropertiesNameIt() throws {
        let body = WordXML.paragraph(text: "同志们：") + WordXML.paragraph(text: "今天的会议很重要，大家要认真贯彻落实。")
        let data = try DocxBuilder(body: body, coreProperties: "<dc:title>在职工代表大会上的讲话</dc:title>").data()
        let result = Self.read(data, name: "jianghua.docx")
        let speech = try #require(result.speech)
        #expect(speech.metadata.title == "在职工代表大会上的讲话")
        #expect(speech.origins.title == .documentProperties)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func anUnreadableFileIsOneErrorWithItsReason() {
        let result = Self.read(Data("{\\rtf1 这是RTF}".utf8), name: "a.docx")
        #expect(result.speech == nil)
        #expect(result.diagnostics.map(\.message.key) == [.docxNotZipRTF])
        #expect(result.diagnostics.first?.description.hasPrefix("content/speeches/a.docx: error: not a .docx file: it is an RTF document") == true)
    }
}
