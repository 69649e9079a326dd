import Markdown
import TemplateEngine
import Testing
@testable import PortalKit

@Suite struct SiteViewsTests {
    static let files = [
        (name: "a.md", text: TestSite.speech("甲", date: "2023-10-23", keywords: ["工匠精神"], """
            ## 一、两个确立

            坚决拥护两个确立。弘扬劳模精神。

            ## 二、劳模精神

            再说劳模精神。
            """)),
        (name: "b.md", text: TestSite.speech("乙", date: "2021", "两个确立。劳模精神。\n")),
        (name: "c.md", text: TestSite.speech("丙", "两个确立。\n")),
    ]

    static func views(base: String? = nil, groups: [String: String] = [:]) -> SiteViews {
        var config = SiteConfig.defaults
        config.baseURL = base
        let glossary = TestSite.glossary(["两个确立", "劳模精神", "工匠精神"], groups: groups)
        return SiteViews(model: TestSite.model(files, glossary: glossary, config: config), labels: TestSite.labels)
    }

    /// `value` at a dotted path of maps, or nil.
    private func value(_ context: TemplateValue, _ path: String) -> TemplateValue? {
        path.split(separator: ".").reduce(context as TemplateValue?) { current, key in
            guard case .map(let map)? = current else { return nil }
            return map[String(key)]
        }
    }

    private func list(_ context: TemplateValue, _ path: String) -> [TemplateValue] {
        guard case .list(let items)? = value(context, path) else { return [] }
        return items
    }

    @Test func everyPageHasItsTemplateAndItsRoute() {
        let views = Self.views()
        for page in SiteRoutes.pages(of: views.model) {
            let view = views.view(of: page)
            #expect(view.path == SiteRoutes.path(of: page, in: views.model))
            #expect(SiteViews.requiredTemplates.contains(view.template))
            #expect(value(view.context, "page.path") == .string(view.path.path))
        }
    }

    @Test func theSearchPageOffersTheYearsAndKeywordsToFilterBy() {
        let context = Self.views().view(of: .search).context
        #expect(list(context, "filters.years").compactMap { value($0, "year") } == [.int(2023), .int(2021)])
        #expect(list(context, "filters.years").compactMap { value($0, "label") } == ["2023年", "2021年"])
        #expect(list(context, "filters.years").compactMap { value($0, "count") } == [.int(1), .int(1)])
        let terms = list(context, "filters.keywords").compactMap { value($0, "term") }
        #expect(Set(terms) == ["两个确立", "劳模精神", "工匠精神"])
        #expect(list(context, "filters.keywords").compactMap { value($0, "speeches") }.first == .int(3))
        #expect(value(context, "filters.hasFilters") == .bool(true))
    }

    @Test func aSpeechPageGivesItsMetadataKeywordsTableOfContentsAndNeighbours() {
        let views = Self.views()
        let context = views.view(of: .speech(SpeechID(0))).context
        #expect(value(context, "speech.title") == "甲")
        #expect(value(context, "speech.date") == "2023年10月23日")
        #expect(value(context, "speech.datetime") == "2023-10-23")
        // Keywords with their counts in this speech (headings count), the front-matter one without mentions last.
        #expect(list(context, "speech.keywords").compactMap { value($0, "term") } == ["劳模精神", "两个确立", "工匠精神"])
        #expect(list(context, "speech.keywords").compactMap { value($0, "count") } == [.int(3), .int(2), .int(0)])
        #expect(list(context, "speech.toc").compactMap { value($0, "anchor") } == ["一-两个确立", "二-劳模精神"])
        #expect(value(context, "speech.hasToc") == .bool(true))
        #expect(value(context, "speech.newer") == .null)
        #expect(value(context, "speech.older.title") == "乙")
        #expect(value(context, "root") == "../../")
        #expect(list(context, "breadcrumbs").compactMap { value($0, "label") } == ["首页", "讲话归档", "2023年", "甲"])
    }

    @Test func aKeywordPageDescribesItselfInTheThemesWords() {
        let views = Self.views()
        let context = views.view(of: .keyword(KeywordPageID(0), page: 1)).context
        #expect(value(context, "keyword.term") == "两个确立")
        #expect(value(context, "page.description") == "“两个确立”在3篇讲话中出现4次")
        // Every year from the first to the last, the undated speech left out.
        #expect(value(context, "keyword.chart.summary") == "2021年1次，2022年0次，2023年2次")
        #expect(list(context, "keyword.chart.bars").count == 3)
        #expect(list(context, "keyword.uses").count == 3)
        #expect(list(context, "keyword.cooccurring").compactMap { value($0, "term") } == ["劳模精神", "工匠精神"])
    }

    @Test func theArchiveFrontPageListsTheYearsWithTheirMonthsAndOldAnchors() {
        let context = Self.views().view(of: .archive).context
        let years = list(context, "years")
        #expect(years.compactMap { value($0, "label") } == ["2023年", "2021年", "日期不详"])
        // The anchors of the one-page archive, so `archive/index.html#y2023` still finds the year.
        #expect(years.compactMap { value($0, "anchor") } == ["y2023", "y2021", "undated"])
        #expect(years.compactMap { value($0, "href") }
            == ["2023/index.html", "2021/index.html", "undated/index.html"].map { .string("../archive/" + $0) })
        #expect(years.compactMap { value($0, "count") } == [.int(1), .int(1), .int(1)])
        // A year on one page links its months to their places on it; speeches of unknown date have no months.
        #expect(list(years[0], "months").compactMap { value($0, "label") } == ["10月"])
        #expect(list(years[0], "months").compactMap { value($0, "href") } == ["../archive/2023/index.html#m10"])
        #expect(list(years[2], "months").isEmpty && value(years[2], "hasMonths") == .bool(false))
        // The home page's years lead to their pages.
        #expect(list(Self.views().view(of: .home).context, "years").compactMap { value($0, "href") }.first
            == "archive/2023/index.html")
    }

    @Test func aYearsPageGroupsItsSpeechesByMonth() {
        let view = Self.views().view(of: .archiveList(ArchiveList(year: 0, month: nil), page: 1))
        #expect(view.path.path == "archive/2023/index.html" && view.template == "archive-list")
        #expect(value(view.context, "list.title") == "2023年")
        #expect(value(view.context, "list.byMonth") == .bool(false))
        #expect(value(view.context, "page.description") == "2023年的1篇讲话")
        let months = list(view.context, "months")
        #expect(months.compactMap { value($0, "label") } == ["10月"] && months.compactMap { value($0, "anchor") } == ["m10"])
        #expect(list(months[0], "speeches").compactMap { value($0, "title") } == ["甲"])
        // One month needs no links to itself; a year on one page has no pagination.
        #expect(value(view.context, "hasMonthLinks") == .bool(false))
        #expect(value(view.context, "pagination") == .null)
        #expect(list(view.context, "breadcrumbs").compactMap { value($0, "label") } == ["首页", "讲话归档", "2023年"])
        // The undated speeches' list has one group without a heading.
        let undated = Self.views().view(of: .archiveList(ArchiveList(year: 2, month: nil), page: 1))
        #expect(list(undated.context, "months").map { value($0, "label") } == [.null])
    }

    /// Eight speeches of 2024 (five in March, two in May, one of unknown month) and one of 2023, three to an
    /// archive page and two to a keyword page.
    static func pagedViews() -> SiteViews {
        var config = SiteConfig.defaults
        config.archivePageSpeeches = 3
        config.keywordPageSpeeches = 2
        config.keywordContextSpeeches = 1
        let dates = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05", "2024-05-01", "2024-05-02", "2024",
                     "2023-06-01"]
        let files = dates.enumerated().map { index, date in
            (name: "s\(index).md", text: TestSite.speech("讲话\(index)", date: date, "坚决拥护两个确立。\n"))
        }
        return SiteViews(model: TestSite.model(files, glossary: TestSite.glossary(["两个确立"]), config: config), labels: TestSite.labels)
    }

    @Test func aLongYearListsItsMonthsAndEachMonthHasItsPages() {
        let views = Self.pagedViews()
        let year = views.view(of: .archiveList(ArchiveList(year: 0, month: nil), page: 1)).context
        #expect(value(year, "list.byMonth") == .bool(true) && value(year, "list.count") == .int(8))
        #expect(list(year, "months").isEmpty)
        #expect(list(year, "monthLinks").compactMap { value($0, "label") } == ["5月", "3月", "月份不详"])
        #expect(list(year, "monthLinks").compactMap { value($0, "href") }
            == ["../../archive/2024/05/index.html", "../../archive/2024/03/index.html", "../../archive/2024/undated/index.html"])

        let march = views.view(of: .archiveList(ArchiveList(year: 0, month: 1), page: 2))
        #expect(march.path.path == "archive/2024/03/page/2/index.html")
        #expect(value(march.context, "list.title") == "2024年3月" && value(march.context, "list.count") == .int(5))
        #expect(value(march.context, "page.title") == "2024年3月（第2页）")
        // The two oldest of March's five, in one group without a heading (the page is the month).
        #expect(list(list(march.context, "months")[0], "speeches").compactMap { value($0, "title") } == ["讲话1", "讲话0"])
        #expect(list(march.context, "months").map { value($0, "label") } == [.null])
        #expect(list(march.context, "monthLinks").compactMap { value($0, "current") } == [.bool(false), .bool(true), .bool(false)])
        #expect(list(march.context, "breadcrumbs").compactMap { value($0, "label") } == ["首页", "讲话归档", "2024年", "3月", "第2页"])
        #expect(list(march.context, "breadcrumbs").compactMap { value($0, "href") }[3] == "../../../../../archive/2024/03/index.html")
        #expect(value(march.context, "pagination.previous") == "../../../../../archive/2024/03/index.html")
        #expect(value(march.context, "pagination.next") == .null)

        let unknown = views.view(of: .archiveList(ArchiveList(year: 0, month: 2), page: 1))
        #expect(unknown.path.path == "archive/2024/undated/index.html" && value(unknown.context, "list.title") == "2024年（月份不详）")
    }

    @Test func aSpeechsBreadcrumbsLeadToTheArchivePageThatListsIt() {
        let views = Self.pagedViews()
        // 讲话0 is March's oldest, on the month's second page.
        let id = SpeechID(views.model.speeches.firstIndex { $0.title == "讲话0" } ?? -1)
        let crumbs = list(views.view(of: .speech(id)).context, "breadcrumbs")
        #expect(crumbs.compactMap { value($0, "label") } == ["首页", "讲话归档", "2024年", "3月", "讲话0"])
        #expect(crumbs.map { value($0, "href") }.suffix(3)
            == [.string("../../archive/2024/index.html"), .string("../../archive/2024/03/page/2/index.html"), .null])
        // A speech of a year on one page: up through its year.
        let older = list(views.view(of: .speech(SpeechID(8))).context, "breadcrumbs")
        #expect(older.compactMap { value($0, "href") }.dropLast().last == "../../archive/2023/index.html")
    }

    @Test func aKeywordsLaterPageShowsItsSliceWithItsNumberAndLinks() {
        let views = Self.pagedViews()
        let first = views.view(of: .keyword(KeywordPageID(0), page: 1)).context
        #expect(value(first, "pagination.pageCount") == .int(5))
        #expect(value(first, "pagination.isFirst") == .bool(true) && value(first, "pagination.previous") == .null)
        #expect(value(first, "pagination.next") == "../../keywords/两个确立/page/2/index.html")
        #expect(value(first, "page.title") == "两个确立")

        let view = views.view(of: .keyword(KeywordPageID(0), page: 3))
        #expect(view.path.path == "keywords/两个确立/page/3/index.html")
        #expect(value(view.context, "page.title") == "两个确立（第3页）")
        #expect(list(view.context, "breadcrumbs").compactMap { value($0, "label") } == ["首页", "关键词", "两个确立", "第3页"])
        #expect(list(view.context, "breadcrumbs").compactMap { value($0, "href") }.dropLast().last
            == "../../../../keywords/两个确立/index.html")
        // Speeches 5 and 6 of nine, the first of the page with its sentences.
        let uses = list(view.context, "keyword.uses")
        #expect(uses.compactMap { value($0, "hasContexts") } == [.bool(true), .bool(false)])
        #expect(value(view.context, "keyword.speechCount") == .int(9))
        #expect(value(view.context, "pagination.firstItem") == .int(5) && value(view.context, "pagination.lastItem") == .int(6))
        #expect(value(view.context, "pagination.first") == "../../../../keywords/两个确立/index.html")
        #expect(value(view.context, "pagination.previous") == "../../../../keywords/两个确立/page/2/index.html")
        #expect(value(view.context, "pagination.next") == "../../../../keywords/两个确立/page/4/index.html")
        #expect(value(view.context, "pagination.last") == "../../../../keywords/两个确立/page/5/index.html")
        // Two pages on each side of the current one.
        #expect(list(view.context, "pagination.pages").compactMap { value($0, "number") } == [1, 2, 3, 4, 5].map { .int($0) })
        #expect(list(view.context, "pagination.pages").compactMap { value($0, "current") }[2] == .bool(true))
    }

    @Test func theKeywordIndexTableShowsTheNewestSpeechesOnALargeSite() {
        let files = (1...15).map { day in
            (name: "s\(day).md", text: TestSite.speech("讲话\(day)", date: "2024-01-\(day < 10 ? "0" : "")\(day)",
                                                        day == 15 ? "劳模精神。\n" : "两个确立。劳模精神。\n"))
        }
        let model = TestSite.model(files, glossary: TestSite.glossary(["两个确立", "劳模精神"]))
        let overview = SiteViews(model: model, labels: TestSite.labels).overview()
        // A row per speech, headed by its title (readable without a tooltip), newest first.
        #expect(list(overview, "rows").compactMap { value($0, "title") } == (4...15).reversed().map { .string("讲话\($0)") })
        #expect(list(overview, "rows").first.flatMap { value($0, "date") } == "2024年1月15日")
        #expect(value(overview, "isNewest") == .bool(true) && value(overview, "speechCount") == .int(12))
        // A column per keyword, by their mentions in these speeches.
        #expect(list(overview, "keywords").compactMap { value($0, "term") } == ["劳模精神", "两个确立"])
        #expect(list(list(overview, "rows")[0], "cells").compactMap { value($0, "count") } == [.int(1), .int(0)])
    }

    @Test func theKeywordIndexGroupsKeywordsAndShowsASmallTable() {
        let ungrouped = Self.views().view(of: .keywordIndex).context
        #expect(list(ungrouped, "groups").compactMap { value($0, "name") } == ["全部关键词"])
        let grouped = Self.views(groups: ["两个确立": "思想"]).view(of: .keywordIndex).context
        #expect(list(grouped, "groups").compactMap { value($0, "name") } == ["思想", "其他关键词"])
        #expect(list(grouped, "overview.rows").compactMap { value($0, "title") } == ["甲", "乙", "丙"])
        #expect(value(grouped, "overview.isNewest") == .bool(false))
    }

    @Test func navigationMarksTheCurrentSection() {
        let context = Self.views().view(of: .keyword(KeywordPageID(1), page: 1)).context
        let nav = list(context, "nav")
        #expect(nav.compactMap { value($0, "label") } == ["首页", "讲话归档", "关键词", "搜索"])
        #expect(nav.compactMap { value($0, "current") } == [.bool(false), .bool(false), .bool(true), .bool(false)])
        #expect(nav.compactMap { value($0, "href") }.first == "../../index.html")
    }

    @Test func theNotFoundPageLinksRelativelyAndGivesItsTemplateTheSitesRootPath() {
        // Relative links work from disk; over HTTP the template's base element puts them under the root path.
        let context = Self.views(base: "https://example.org/xuexi/").view(of: .notFound).context
        #expect(value(context, "root") == "")
        #expect(value(context, "links.archive") == "archive/index.html")
        #expect(value(context, "notFound.rootPath") == "/xuexi/")
        #expect(value(context, "notFound.stylesheet") == "/xuexi/static/style.css")
    }

    @Test func aPrintedPageCarriesItsAbsoluteAddressWhenTheSiteHasABaseURL() {
        let withBase = Self.views(base: "https://example.org/xuexi/").view(of: .speech(SpeechID(0))).context
        #expect(value(withBase, "page.address") == "https://example.org/xuexi/speeches/a/index.html")
        #expect(value(Self.views().view(of: .speech(SpeechID(0))).context, "page.address") == .null)
    }
}

/// A keyword's compilation (原文摘编): every paragraph that uses it, grouped by speech, cited and linked.
extension SiteViewsTests {
    static let compilationFiles = (1...5).map { day in
        (name: "s\(day).md", text: """
            ---
            title: 讲话\(day)
            date: 2024-03-0\(day)
            speaker: 张三
            occasion: 座谈会
            ---
            弘扬劳模精神。

            无关。

            传承劳模精神，学习劳模精神。

            """)
    }

    static func compilationModel(pageExcerpts: Int = 150) -> SiteModel {
        var config = SiteConfig.defaults
        config.compilationPageExcerpts = pageExcerpts
        return TestSite.model(compilationFiles, glossary: TestSite.glossary(["劳模精神"]), config: config)
    }

    @Test func aCompilationGroupsParagraphsBySpeechNewestFirstLinkedToTheirAnchors() throws {
        let model = Self.compilationModel()
        let views = SiteViews(model: model, labels: TestSite.labels)
        let id = KeywordPageID(0)
        let view = views.view(of: .compilation(id, page: 1))
        #expect(view.path.path == "keywords/劳模精神/excerpts/index.html")
        #expect(view.template == "compilation")
        let groups = list(view.context, "compilation.groups")
        #expect(groups.compactMap { value($0, "title") } == (1...5).reversed().map { .string("讲话\($0)") })
        #expect(groups.first.flatMap { value($0, "path") } == "speeches/s5/index.html")
        // The speech's citation once, on its group; each paragraph its anchor and its number in the speech.
        #expect([value(groups[0], "speaker"), value(groups[0], "date"), value(groups[0], "occasion")] == ["张三", "2024年3月5日", "座谈会"])
        let anchors = ["弘扬劳模精神。", "传承劳模精神，学习劳模精神。"].map { TemplateValue.string(ParagraphAnchor.base(forText: $0)) }
        #expect(groups.first.flatMap { list($0, "excerpts").compactMap { value($0, "anchor") } } == anchors)
        #expect(list(groups[0], "excerpts").compactMap { value($0, "number") } == [.int(1), .int(3)])
        #expect(value(view.context, "compilation.volumes") == .null)
        let marked = list(list(groups[0], "excerpts")[1], "parts").filter { value($0, "mark") == .bool(true) }
        #expect(marked.count == 2)
        #expect(value(view.context, "compilation.excerptCount") == .int(10))
        #expect(value(view.context, "compilation.speechCount") == .int(5))
        #expect(value(view.context, "page.title") == "“劳模精神”原文摘编")
        #expect(groups.first.flatMap { value($0, "isDated") } == .bool(true))
        // The keyword page links to it.
        let keyword = views.view(of: .keyword(id, page: 1)).context
        #expect(value(keyword, "keyword.compilation") == "../../keywords/劳模精神/excerpts/index.html")
    }

    @Test func aLongCompilationIsPagedByParagraphsAndASpeechContinuesOnTheNextPage() {
        let model = Self.compilationModel(pageExcerpts: 3)
        let pages = SiteRoutes.pages(of: model).filter { if case .compilation = $0 { true } else { false } }
        // Ten paragraphs, three a page.
        #expect(pages.count == 4)
        #expect(SiteRoutes.path(of: .compilation(KeywordPageID(0), page: 2), in: model).path
            == "keywords/劳模精神/excerpts/page/2/index.html")
        let views = SiteViews(model: model, labels: TestSite.labels)
        let second = views.view(of: .compilation(KeywordPageID(0), page: 2)).context
        let groups = list(second, "compilation.groups")
        // Page 2 holds paragraphs 4–6: the second paragraph of 讲话4 (continued), then 讲话3's two.
        #expect(groups.compactMap { value($0, "title") } == ["讲话4", "讲话3"])
        #expect(groups.compactMap { value($0, "continued") } == [.bool(true), .bool(false)])
        #expect(value(second, "pagination.pageCount") == .int(4))
        // Printing them all as one: the first volume lists every volume, the others link to it.
        let first = views.view(of: .compilation(KeywordPageID(0), page: 1)).context
        let volumes = list(first, "compilation.volumes")
        #expect(value(first, "pagination.pageCount") == .int(4))
        #expect(volumes.compactMap { value($0, "href") }
            == ["index.html", "../../../keywords/劳模精神/excerpts/page/2/index.html", "../../../keywords/劳模精神/excerpts/page/3/index.html",
                "../../../keywords/劳模精神/excerpts/page/4/index.html"])
        #expect(volumes.compactMap { value($0, "firstItem") } == [1, 4, 7, 10].map { .int($0) })
        #expect(volumes.compactMap { value($0, "lastItem") } == [3, 6, 9, 10].map { .int($0) })
        #expect(value(second, "compilation.volumes") == .null)
        #expect(value(second, "pagination.isLater") == .bool(true))
        #expect(value(second, "pagination.first") == "../../../../../keywords/劳模精神/excerpts/index.html")
    }

    @Test func aKeywordWithoutACompilationHasNoPagesAndItsPageNoLink() {
        var config = SiteConfig.defaults
        for scope in [CompilationScope(keywords: .none, maxShare: 1), CompilationScope(keywords: .glossary, maxShare: 1)] {
            config.compilations = scope
            // 劳模精神 is in the glossary; 座谈会 only in a speech's text (discovery finds nothing in five speeches).
            let model = TestSite.model(Self.compilationFiles, glossary: TestSite.glossary(["劳模精神"]), config: config)
            let compiled = SiteRoutes.pages(of: model).filter { if case .compilation = $0 { true } else { false } }
            #expect(compiled.count == (scope.keywords == .none ? 0 : 1))
            let keyword = SiteViews(model: model, labels: TestSite.labels).view(of: .keyword(KeywordPageID(0), page: 1)).context
            #expect((value(keyword, "keyword.compilation") == .null) == (scope.keywords == .none))
            #expect((value(keyword, "keyword.noCompilation.siteHasNone") == .bool(true)) == (scope.keywords == .none))
        }
    }

    /// A keyword page without a compilation says why: one reason set, with the counts of a keyword used in
    /// more than the share; with one, no reason.
    @Test func aKeywordPageSaysWhyItHasNoCompilation() {
        let files = (1...102).map { number in
            (name: "s\(number).md", text: TestSite.speech(
                "讲话\(number)", date: "2024-01-01",
                number <= 2 ? "弘扬劳模精神和工匠精神。" : number < 102 ? "弘扬劳模精神。" : "今天开会。"))
        }
        var config = SiteConfig.defaults
        config.compilations.maxShare = 0.6
        let model = TestSite.model(files, glossary: TestSite.glossary(["劳模精神", "工匠精神"]), config: config)
        let views = SiteViews(model: model, labels: TestSite.labels)
        func page(_ term: String) -> TemplateValue {
            let id = model.keywordPage[model.vocabulary.id(of: term)!]!
            return views.view(of: .keyword(id, page: 1)).context
        }
        let common = page("劳模精神")
        #expect(value(common, "keyword.compilation") == .null)
        #expect(value(common, "keyword.noCompilation.tooCommon.speeches") == .int(101))
        #expect(value(common, "keyword.noCompilation.tooCommon.siteSpeeches") == .int(102))
        #expect(value(common, "keyword.noCompilation.tooCommon.maxPercent") == .int(60))
        #expect([value(common, "keyword.noCompilation.notChosen"), value(common, "keyword.noCompilation.turnedOff"),
                 value(common, "keyword.noCompilation.siteHasNone")] == [.bool(false), .bool(false), .bool(false)])
        let rare = page("工匠精神")
        #expect(value(rare, "keyword.compilation") != .null)
        #expect(value(rare, "keyword.noCompilation") == .null)
    }

    @Test func anExcerptNamesItsSectionOnlyWhereItChanges() {
        let body = "## 一、劳模精神\n\n弘扬劳模精神。\n\n传承劳模精神。\n\n## 二、其他\n\n学习劳模精神。\n"
        let model = TestSite.model(
            [(name: "s1.md", text: TestSite.speech("讲话", date: "2024-03-01", body))], glossary: TestSite.glossary(["劳模精神"]))
        let view = SiteViews(model: model, labels: TestSite.labels).view(of: .compilation(KeywordPageID(0), page: 1))
        let excerpts = list(list(view.context, "compilation.groups")[0], "excerpts")
        #expect(excerpts.map { value($0, "section") ?? .null } == ["一、劳模精神", .null, "二、其他"])
    }

    @Test func longParagraphsFillAPageSoonerSoThatNoPagePassesTheBudget() throws {
        let long = String(repeating: "这是一个很长的段落，讲劳模精神。", count: 2_000)  // about 96 KB
        let files = (1...4).map { day in
            (name: "s\(day).md", text: TestSite.speech("讲话\(day)", date: "2024-03-0\(day)", "\(long)\n\n劳模精神。\n"))
        }
        let model = TestSite.model(files, glossary: TestSite.glossary(["劳模精神"]))
        let entry = try #require(model.keywords.first)
        #expect(entry.excerpts.count == 8)
        // Two long paragraphs (and the short ones after them) to a page, far below the 150 paragraphs a page may hold.
        #expect(entry.excerptPageStarts == [0, 4])
        let paging = SiteRoutes.paging(ofCompilation: KeywordPageID(0), in: model)
        for page in paging.pages {
            let bytes = paging.items(onPage: page).reduce(0) { sum, position in
                let excerpt = entry.excerpts[position]
                return sum + model[excerpt.speech].body.blocks[excerpt.block].text.utf8.count
            }
            #expect(bytes <= SiteRoutes.compilationPageBytes)
        }
    }

    @Test func theRunningHeaderIsASafeCSSString() {
        #expect("劳模\"精神\\</style>".escapedForCSSString == "劳模\\\"精神\\\\\\3C /style>")
    }
}
