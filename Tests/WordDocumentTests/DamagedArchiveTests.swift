import Foundation
import PortalTestSupport
import Testing
import WordDocument
import WordDocumentTestSupport

/// Damaged archives end in an error, never in a crash or a hang: bytes flipped or cut at
/// random, and a deflate stream that asks for more data than the entry holds.
struct DamagedArchiveTests {
    /// A small document with some of everything, so that mutations hit every part.
    static func sample() throws -> Data {
        var builder = DocxBuilder(
            body: WordXML.paragraph(text: "标题", properties: WordXML.properties(style: "1", list: (1, 0)))
                + WordXML.paragraph(WordXML.boldRun("一是") + WordXML.run("正文") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
                + "<w:tbl><w:tr><w:tc>" + WordXML.paragraph(text: "格") + "</w:tc></w:tr></w:tbl>",
            styles: WordXML.style(id: "1", name: "heading 1"),
            numbering: WordXML.abstractNumbering(0, [WordXML.level(0, format: "chineseCounting", text: "%1、")])
                + WordXML.numbering(1, abstractID: 0),
            footnotes: "<w:footnote w:id=\"1\">" + WordXML.paragraph(text: "注") + "</w:footnote>")
        builder.coreProperties = "<dc:title>样本</dc:title>"
        return try builder.data()
    }

    @Test func randomMutationsNeverCrash() throws {
        let original = try Self.sample()
        #expect(try WordDocument(data: original).plainText == "一、标题\n一是正文[1]\n格\n[1] 注")
        var random = SeededRandom(seed: 14)
        var refused = 0
        for round in 0..<400 {
            var data = original
            if round % 5 == 4 {
                data = data.prefix(Int.random(in: 0..<data.count, using: &random))
            } else {
                for _ in 0...Int.random(in: 0...6, using: &random) {
                    let offset = Int.random(in: 0..<data.count, using: &random)
                    data[offset] = UInt8.random(in: 0...255, using: &random)
                }
            }
            if Docx.error(reading: data) != nil { refused += 1 }
        }
        #expect(refused > 100)
    }

    @Test func deflateStreamLongerThanTheEntryIsDamage() throws {
        // Incompressible text, so that document.xml's deflate data is a few kilobytes.
        var random = SeededRandom(seed: 7)
        let text = String((0..<3000).map { _ in Character(UnicodeScalar(UInt32.random(in: 0x4E00...0x9FA5, using: &random))!) })
        var data = try DocxBuilder(body: WordXML.paragraph(text: text)).data()
        let name = Array("word/document.xml".utf8)
        let header = try #require(RefusalTests.localHeader(named: name, in: data))
        let extraLength = Int(data[header + 28]) | Int(data[header + 29]) << 8
        let start = header + 30 + name.count + extraLength
        // A stored block that announces 60,000 bytes, far more than the entry holds.
        data.replaceSubrange(start..<start + 5, with: [0x00, 0x60, 0xEA, 0x9F, 0x15])
        #expect(Docx.error(reading: data) == .damagedArchive(part: "word/document.xml", problem: .corruptEntry))
    }
}
