import PortalSupport
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
        let years = [ArchiveList(year: 0, month: nil), ArchiveList(year: 1, month: nil)]
        #expect(pages == [.home, .archive, .archiveList(years[0], page: 1), .archiveList(years[1], page: 1), .keywordIndex,
                          .search, .notFound, .speech(SpeechID(0)), .speech(SpeechID(1)), .keyword(KeywordPageID(0), page: 1),
                          .compilation(KeywordPageID(0), page: 1)])
        #expect(pages.map { SiteRoutes.path(of: $0, in: model).path }
            == ["index.html", "archive/index.html", "archive/2024/index.html", "archive/2023/index.html", "keywords/index.html",
                "search/index.html", "404.html", "speeches/b/index.html", "speeches/a/index.html", "keywords/两个确立/index.html",
                "keywords/两个确立/excerpts/index.html"])
    }

    // MARK: - Paged lists

    /// Seven speeches: five in 2024 (three in March, one in May, one known only by its year), one in 2023, one
    /// undated; two to a page.
    static let pagedModel: SiteModel = {
        var config = SiteConfig.defaults
        config.archivePageSpeeches = 2
        config.keywordPageSpeeches = 3
        let dates = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-05-01", "2024", "2023-06-01", nil]
        let files = dates.enumerated().map { index, date in
            (name: "s\(index).md", text: TestSite.speech("讲话\(index)", date: date, "两个确立。\n"))
        }
        return TestSite.model(files, glossary: TestSite.glossary(["两个确立"]), config: config)
    }()

    @Test func theArchiveHasAPagePerYearAndMonthAndKeepsItsOldAnchors() {
        #expect(SiteRoutes.archiveYear(2023).path == "archive/2023/index.html")
        #expect(SiteRoutes.archiveYear(nil).path == "archive/undated/index.html")
        #expect(SiteRoutes.archiveMonth(3, of: 2024).path == "archive/2024/03/index.html")
        #expect(SiteRoutes.archiveMonth(11, of: 2024).path == "archive/2024/11/index.html")
        #expect(SiteRoutes.archiveMonth(nil, of: 2024).path == "archive/2024/undated/index.html")
        #expect(SiteRoutes.archiveYearAnchor(2024) == "y2024" && SiteRoutes.archiveYearAnchor(nil) == "undated")
        #expect(SiteRoutes.archiveMonthAnchor(3) == "m3" && SiteRoutes.archiveMonthAnchor(nil) == "undated")
    }

    @Test func aYearLongerThanAPageIsSplitByMonthAndALongMonthIsPaged() {
        let model = Self.pagedModel
        #expect(model.archive.map(\.year) == [2024, 2023, nil])
        #expect(SiteRoutes.splitsByMonth(model.archive[0], pageSize: 2))
        #expect(!SiteRoutes.splitsByMonth(model.archive[1], pageSize: 2))
        // Only a dated year is split: speeches of unknown date have no months.
        #expect(!SiteRoutes.splitsByMonth(ArchiveYear(year: nil, months: [ArchiveMonth(month: nil, speeches: (0..<5).map(SpeechID.init))]), pageSize: 2))
        let lists = SiteRoutes.archiveLists(of: model)
        #expect(lists == [ArchiveList(year: 0, month: nil), ArchiveList(year: 0, month: 0), ArchiveList(year: 0, month: 1),
                          ArchiveList(year: 0, month: 2), ArchiveList(year: 1, month: nil), ArchiveList(year: 2, month: nil)])
        #expect(lists.map { SiteRoutes.firstPage(of: $0, in: model).path } == [
            "archive/2024/index.html", "archive/2024/05/index.html", "archive/2024/03/index.html",
            "archive/2024/undated/index.html", "archive/2023/index.html", "archive/undated/index.html",
        ])
        // The split year lists its months on one page; March's three speeches take two pages.
        #expect(lists.map { SiteRoutes.paging(of: $0, in: model).pageCount } == [1, 1, 2, 1, 1, 1])
        let pages = SiteRoutes.pages(of: model).map { SiteRoutes.path(of: $0, in: model).path }
        #expect(pages.contains("archive/2024/03/page/2/index.html"))
        #expect(Set(pages).count == pages.count)
    }

    @Test func aSpeechIsFoundOnTheArchivePageThatListsIt() {
        let model = Self.pagedModel
        #expect(model.speeches.map(\.title) == ["讲话3", "讲话2", "讲话1", "讲话0", "讲话4", "讲话5", "讲话6"])
        let places = model.speechIDs.compactMap { SiteRoutes.archivePlace(of: $0, in: model) }
        #expect(places.count == model.speeches.count)
        // May; March over two pages (newest first); the speech known only by its year; 2023; the undated one.
        #expect(places.map { SiteRoutes.path(of: .archiveList($0.list, page: $0.page), in: model).path } == [
            "archive/2024/05/index.html", "archive/2024/03/index.html", "archive/2024/03/index.html",
            "archive/2024/03/page/2/index.html", "archive/2024/undated/index.html", "archive/2023/index.html",
            "archive/undated/index.html",
        ])
    }

    @Test func aKeywordsSpeechesArePagedAtTheSitesPageSize() {
        let model = Self.pagedModel
        #expect(SiteRoutes.paging(ofKeyword: KeywordPageID(0), in: model) == Paging(count: 7, size: 3))
        let keywordPages = SiteRoutes.pages(of: model).filter { if case .keyword = $0 { true } else { false } }
        #expect(keywordPages.map { SiteRoutes.path(of: $0, in: model).path } == [
            "keywords/两个确立/index.html", "keywords/两个确立/page/2/index.html", "keywords/两个确立/page/3/index.html",
        ])
    }
}

/// A glossary term of 86 Chinese characters is more than 255 bytes, the most a folder name may have.
@Suite struct LongSlugTests {
    let long = String(repeating: "劳动精神", count: 25)

    @Test func aSlugThatFitsIsItsOwnFolder() {
        let fits = String(repeating: "劳", count: 66)
        #expect(SiteRoutes.folderName(fits) == fits)
        #expect(SiteRoutes.keyword(slug: fits).path == "keywords/\(fits)/index.html")
    }

    @Test func aLongSlugIsShortenedStablyAndStaysApartFromOthers() {
        let name = SiteRoutes.folderName(long)
        #expect(name.utf8.count <= SiteRoutes.maximumFolderNameBytes)
        #expect(name.hasPrefix("劳动精神劳动精神"))
        #expect(name == SiteRoutes.folderName(long))
        // Terms that differ only after the part kept get different folders.
        #expect(SiteRoutes.folderName(long + "啊") != name)
        #expect(SiteRoutes.folderName(long + "啊").utf8.count <= SiteRoutes.maximumFolderNameBytes)
        // A keyword's slug has no `.`, so no term's own slug can be a shortened one.
        #expect(name.contains("."))
        #expect(SiteRoutes.keyword(slug: long).path == "keywords/\(name)/index.html")
        #expect(SiteRoutes.paged(SiteRoutes.keyword(slug: long), page: 2).path == "keywords/\(name)/page/2/index.html")
    }

    @Test func speechPagesAreRecognisedByTheirAddress() {
        #expect(SiteRoutes.isSpeechPage(SiteRoutes.speech(slug: "2023-peixunban").path))
        #expect(!SiteRoutes.isSpeechPage(SiteRoutes.keyword(slug: "劳模精神").path))
        #expect(!SiteRoutes.isSpeechPage("speeches/index.html"))
    }
}

@Suite struct CompilationRoutesTests {
    @Test func aCompilationLivesInItsKeywordsFolderShortenedLongSlugsToo() {
        for slug in ["劳模精神", String(repeating: "很长的关键词", count: 40)] {
            let keywordFolder = FilePath.parent(of: SiteRoutes.keyword(slug: slug).path)
            #expect(SiteRoutes.compilation(keywordSlug: slug).path == keywordFolder + "/excerpts/index.html")
        }
    }
}
