import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PortalKit

@Suite struct AtomFeedTests {
    static let files = [
        (name: "a.md", text: TestSite.speech("甲 & <乙>", date: "2023-10-23", keywords: ["两个确立"], "两个确立。劳模精神。\n")),
        (name: "b b.md", text: TestSite.speech("丙", date: "2024-05", "劳模精神。\n")),
        (name: "c.md", text: TestSite.speech("丁", "没有日期。\n")),
    ]

    static func feed(base: String?, limit: Int = 20) -> String {
        var config = SiteConfig.defaults
        config.baseURL = base
        config.subtitle = "学习园地"
        let model = TestSite.model(files, glossary: TestSite.glossary(["两个确立", "劳模精神"]), config: config)
        return AtomFeed(model: model, limit: limit).render()
    }

    @Test func isWellFormedWithTheNewestSpeechesFirst() throws {
        let xml = Self.feed(base: "https://example.org/xuexi/")
        let document = try XMLDocument(data: Data(xml.utf8))
        let titles = try document.nodes(forXPath: "//*[local-name()='entry']/*[local-name()='title']").map { $0.stringValue ?? "" }
        #expect(titles == ["丙", "甲 & <乙>", "丁"])
        #expect(Self.feed(base: nil, limit: 1).components(separatedBy: "<entry>").count == 2)
    }

    @Test func addressesAreAbsoluteWithABaseURL() {
        let xml = Self.feed(base: "https://example.org/xuexi/")
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://example.org/xuexi/feed.xml\"/>"))
        #expect(xml.contains("href=\"https://example.org/xuexi/speeches/b%20b/index.html\""))
        #expect(xml.contains("<id>https://example.org/xuexi/</id>"))
    }

    @Test func withoutABaseURLIdsAreStableNames() {
        let xml = Self.feed(base: nil)
        #expect(xml.contains("<id>urn:portalgen:工会学习园地</id>"))
        #expect(xml.contains("<id>urn:portalgen:speech:a</id>"))
        #expect(xml.contains("href=\"speeches/a/index.html\""))
    }

    @Test func datesAndCategoriesComeFromTheSpeeches() {
        let xml = Self.feed(base: nil)
        // The feed is as new as its newest speech, so builds of the same content are byte-identical.
        #expect(xml.contains("<updated>2024-05-01T00:00:00Z</updated>\n  <author>"))
        #expect(xml.contains("<updated>2023-10-23T00:00:00Z</updated>"))
        #expect(xml.contains("<category term=\"两个确立\"/>\n    <category term=\"劳模精神\"/>"))
        #expect(xml.contains("<title>甲 &amp; &lt;乙&gt;</title>"))
        #expect(xml.contains("<subtitle>学习园地</subtitle>"))
    }
}
