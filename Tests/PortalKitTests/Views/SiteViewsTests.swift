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
        #expect(list(context, "breadcrumbs").compactMap { value($0, "label") } == ["首页", "讲话归档", "甲"])
    }

    @Test func aKeywordPageDescribesItselfInTheThemesWords() {
        let views = Self.views()
        let context = views.view(of: .keyword(KeywordPageID(0))).context
        #expect(value(context, "keyword.term") == "两个确立")
        #expect(value(context, "page.description") == "“两个确立”在3篇讲话中出现4次")
        // Every year from the first to the last, the undated speech left out.
        #expect(value(context, "keyword.chart.summary") == "2021年1次，2022年0次，2023年2次")
        #expect(list(context, "keyword.chart.bars").count == 3)
        #expect(list(context, "keyword.uses").count == 3)
        #expect(list(context, "keyword.cooccurring").compactMap { value($0, "term") } == ["劳模精神", "工匠精神"])
    }

    @Test func theArchiveNamesYearsMonthsAndUndatedSpeeches() {
        let context = Self.views().view(of: .archive).context
        #expect(list(context, "years").compactMap { value($0, "label") } == ["2023年", "2021年", "日期不详"])
        #expect(list(context, "years").compactMap { value($0, "anchor") } == ["y2023", "y2021", "undated"])
        #expect(list(list(context, "years")[0], "months").compactMap { value($0, "label") } == ["10月"])
        #expect(list(context, "yearLinks").compactMap { value($0, "href") } == ["#y2023", "#y2021", "#undated"])
        #expect(list(Self.views().view(of: .home).context, "years").compactMap { value($0, "href") }.first
            == "archive/index.html#y2023")
    }

    @Test func theKeywordIndexGroupsKeywordsAndShowsASmallTable() {
        let ungrouped = Self.views().view(of: .keywordIndex).context
        #expect(list(ungrouped, "groups").compactMap { value($0, "name") } == ["全部关键词"])
        let grouped = Self.views(groups: ["两个确立": "思想"]).view(of: .keywordIndex).context
        #expect(list(grouped, "groups").compactMap { value($0, "name") } == ["思想", "其他关键词"])
        #expect(list(grouped, "overview.speeches").compactMap { value($0, "short") } == ["第1篇", "第2篇", "第3篇"])
    }

    @Test func navigationMarksTheCurrentSection() {
        let context = Self.views().view(of: .keyword(KeywordPageID(1))).context
        let nav = list(context, "nav")
        #expect(nav.compactMap { value($0, "label") } == ["首页", "讲话归档", "关键词", "搜索"])
        #expect(nav.compactMap { value($0, "current") } == [.bool(false), .bool(false), .bool(true), .bool(false)])
        #expect(nav.compactMap { value($0, "href") }.first == "../../index.html")
    }

    @Test func theNotFoundPageLinksFromTheSitesRootPath() {
        let context = Self.views(base: "https://example.org/xuexi/").view(of: .notFound).context
        #expect(value(context, "root") == "/xuexi/")
        #expect(value(context, "links.archive") == "/xuexi/archive/index.html")
    }
}
