import Keywords
import Markdown
@testable import PortalKit
import SpeechText
import PortalTestSupport
import Testing

/// A `.txt` speech goes through the product's own path (SpeechReader, then cmark with keyword links) and
/// nothing the editor wrote is lost: the page's text is the source text, character for character.
@Suite struct PlainTextSpeechTests {
    static let linking: BodyLinking = {
        let vocabulary = Vocabulary(
            glossary: .empty, frontMatterKeywords: ["两个确立", "产业工人队伍建设改革", "产业工人", "劳模精神", "工会", "X"],
            discovered: [])
        let matcher = KeywordMatcher(vocabulary.matchTerms)
        return BodyLinking(
            findKeywords: { matcher.mentions(inUTF8: $0) },
            keywordLink: { ("../../keywords/\(vocabulary[$0].slug)/index.html", vocabulary[$0].term) },
            resolveLink: { _ in .keep })
    }()

    static func check(_ bytes: [UInt8], name: String) throws {
        let result = SpeechReader.read(bytes, path: "content/speeches/\(name)", fileName: name)
        let speech = try #require(result.speech, "\(result.diagnostics)")
        let text = try SpeechTextDecoder.decode(bytes).text
        // The page shows the document's header lines, then the body.
        let header = speech.documentHeader.map(\.text).joined()
        let body = MarkdownRenderer.render(speech.markdown, linking: linking)
        let difference = RenderedText.difference(source: text, title: header, html: body.html)
        #expect(difference == nil, "\(name): \(difference ?? "")")
        #expect(!body.html.contains("<em>") && !body.html.contains("<code>") && !body.html.contains("<!--"))
    }

    @Test(arguments: SeedSpeeches.shared.names)
    func seedsLoseNothing(_ name: String) throws {
        try Self.check(try SeedSpeeches.shared.bytes(name), name: name)
    }

    @Test func generatedTextsLoseNothing() throws {
        var generator = SpeechTextGenerator(seed: 2026)
        for index in 0..<300 {
            try Self.check(Array(generator.speech().utf8), name: "generated-\(index).txt")
        }
    }

    @Test func gbkTextIsReadLikeUTF8() throws {
        // 在大会上的讲话 / 同志们： / 一、坚持“两个确立” in GBK.
        let gbk: [UInt8] = [
            0xD4, 0xDA, 0xB4, 0xF3, 0xBB, 0xE1, 0xC9, 0xCF, 0xB5, 0xC4, 0xBD, 0xB2, 0xBB, 0xB0, 0x0D, 0x0A,
            0xCD, 0xAC, 0xD6, 0xBE, 0xC3, 0xC7, 0xA3, 0xBA, 0x0D, 0x0A,
            0xD2, 0xBB, 0xA1, 0xA2, 0xBC, 0xE1, 0xB3, 0xD6, 0xA1, 0xB0, 0xC1, 0xBD, 0xB8, 0xF6, 0xC8, 0xB7, 0xC1, 0xA2, 0xA1, 0xB1, 0x0D, 0x0A,
        ]
        let result = SpeechReader.read(gbk, path: "content/speeches/a.txt", fileName: "2024-a.txt")
        let speech = try #require(result.speech)
        #expect(speech.metadata.title == "在大会上的讲话")
        #expect(speech.metadata.occasion == "大会")
        #expect(speech.metadata.date == SpeechDate(year: 2024))
        #expect(speech.format == .plainText(.gb18030))
        let body = MarkdownRenderer.render(speech.markdown)
        #expect(body.headings.map(\.text) == ["一、坚持“两个确立”"])
    }
}
