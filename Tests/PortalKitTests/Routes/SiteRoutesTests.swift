import Testing
@testable import PortalKit

@Suite struct SiteRoutesTests {
    @Test func pagesHaveTheirAddresses() {
        #expect(SiteRoutes.speech(slug: "2023-peixunban").path == "speeches/2023-peixunban/index.html")
        #expect(SiteRoutes.keyword(slug: "两个确立").path == "keywords/两个确立/index.html")
        #expect([SiteRoutes.home, .init("archive/index.html"), SiteRoutes.keywordIndex, SiteRoutes.search, SiteRoutes.notFound]
            .map(\.path) == ["index.html", "archive/index.html", "keywords/index.html", "search/index.html", "404.html"])
    }

    @Test func aPagedListKeepsItsFirstAddressAndNumbersTheRest() {
        #expect(SiteRoutes.paged(SiteRoutes.archive, page: 1) == SiteRoutes.archive)
        #expect(SiteRoutes.paged(SiteRoutes.archive, page: 3).path == "archive/page/3/index.html")
        #expect(SiteRoutes.paged(SiteRoutes.keyword(slug: "劳模精神"), page: 2).path == "keywords/劳模精神/page/2/index.html")
        #expect(SiteRoutes.paged(SiteRoutes.home, page: 2).path == "page/2/index.html")
        // Its way back to the root grows with it.
        #expect(SiteRoutes.paged(SiteRoutes.archive, page: 2).root == "../../../")
    }

    @Test func linksBetweenPagesAreRelativeAndEncoded() {
        let keywordPage = SiteRoutes.keyword(slug: "a b")
        #expect(keywordPage.link(to: SiteRoutes.keywordIndex) == "../../keywords/index.html")
        #expect(SiteRoutes.home.link(to: keywordPage, fragment: "p 1") == "keywords/a%20b/index.html#p%201")
        #expect(keywordPage.link(to: keywordPage) == "index.html")
        #expect(keywordPage.link(to: keywordPage, fragment: "p3") == "#p3")
        #expect(keywordPage.encoded == "keywords/a%20b/index.html")
    }

    @Test func linksFromSpeechBodies() {
        #expect(SiteRoutes.linkFromSpeechBody(to: SiteRoutes.keyword(slug: "两个确立")) == "../../keywords/两个确立/index.html")
        #expect(SiteRoutes.linkFromSpeechBody(toSpeech: "2024-second", fragment: "p2") == "../2024-second/index.html#p2")
        #expect(SiteRoutes.linkFromSpeechBody(toSpeech: "a?b", fragment: nil) == "../a%3Fb/index.html")
    }

    @Test func absoluteAddressesForFeedsAndSitemaps() {
        let base = "https://example.org/xuexi/"
        #expect(SiteRoutes.absolute("speeches/甲 乙/index.html", base: base)
            == "https://example.org/xuexi/speeches/%E7%94%B2%20%E4%B9%99/index.html")
        #expect(SiteRoutes.absolute(SiteRoutes.feed, base: nil) == "feed.xml")
        #expect(SiteRoutes.sitemapLocation(of: SiteRoutes.home, base: base) == base)
        #expect(SiteRoutes.rootPath(of: base) == "/xuexi/")
        #expect(SiteRoutes.rootPath(of: "https://example.org") == "/")
        #expect(SiteRoutes.rootPath(of: nil) == "/")
    }

    @Test func everyPageOfAModelInRenderOrder() {
        let model = TestSite.model([
            (name: "a.md", text: TestSite.speech("甲", date: "2023", "两个确立。\n")),
            (name: "b.md", text: TestSite.speech("乙", date: "2024", "两个确立。\n")),
        ], glossary: TestSite.glossary(["两个确立"]))
        let pages = SiteRoutes.pages(of: model)
        #expect(pages == [.home, .archive, .keywordIndex, .search, .notFound, .speech(SpeechID(0)), .speech(SpeechID(1)),
                          .keyword(KeywordPageID(0))])
        #expect(pages.map { SiteRoutes.path(of: $0, in: model).path }.suffix(3)
            == ["speeches/b/index.html", "speeches/a/index.html", "keywords/两个确立/index.html"])
        #expect(SiteRoutes.archiveSection(year: 2024).fragment == "y2024")
        #expect(SiteRoutes.archiveSection(year: nil) == (SiteRoutes.archive, "undated"))
    }
}
