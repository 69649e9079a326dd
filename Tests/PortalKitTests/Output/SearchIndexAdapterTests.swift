import Foundation
import Keywords
import Testing
@testable import PortalKit

/// The search index as a build gives it the speeches: dates and keywords reach it, for the ranking's
/// tie-break and the search page's filters (the index itself is tested in SearchIndexTests).
@Suite struct SearchIndexAdapterTests {
    @Test func theIndexGetsEachSpeechsDateAndKeywordPages() throws {
        let model = SiteViewsTests.views().model
        let builder = SiteBuilder(options: BuildOptions())
        let files = builder.searchIndexBuilder.build(
            documents: builder.searchDocuments(model, labels: TestSite.labels), keywords: builder.searchKeywords(model))
        #expect(files.map(\.path) == ["search/index.js"], "a small site gets one file")
        let text = String(decoding: try #require(files.first?.bytes), as: UTF8.self)
        let line = try #require(text.split(separator: "\n").last { $0.hasPrefix("portalgenSearchData(\"index\",") })
        let json = line.dropFirst("portalgenSearchData(\"index\",".count).dropLast(2)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // 丙 has no date, 乙 is of 2021 and 甲 of 2023: numbered by date, the undated first.
        #expect(manifest["y"] as? [[Int]] == [[2021, 1, 1], [2023, 2, 1]])
        let keywords = try #require(manifest["k"] as? [[Any]])
        #expect(Set(keywords.compactMap { $0[0] as? String }) == ["两个确立", "劳模精神", "工匠精神"])
        #expect(keywords.allSatisfy { ($0[5] as? String)?.count == 12 }, "each keyword lists its speeches")
    }

    /// A former keyword whose page is kept (`content/keywords.lock`) is offered by the search page's keyword
    /// filter like any keyword with a page: the filter must find the speeches its page lists.
    @Test func aKeptPageFiltersToTheSpeechesItLists() throws {
        let files = [
            ("a.md", TestSite.speech("甲", date: "2023-01-02", "计划经济和工匠精神。")),
            ("b.md", TestSite.speech("乙", date: "2022-01-02", "计划经济年代。")),
            ("c.md", TestSite.speech("丙", date: "2021-01-02", "工匠精神。")),
        ]
        let published = PublishedKeywords(entries: [.init(slug: "计划经济", term: "计划经济", state: .page)])
        let model = TestSite.model(files, glossary: TestSite.glossary(["工匠精神"]), published: published)
        let documents = SiteBuilder(options: BuildOptions()).searchDocuments(model, labels: TestSite.labels)
        let kept = try #require(model.keywords.firstIndex { model.vocabulary[$0.id].term == "计划经济" })
        #expect(model.keywords[kept].uses.count == 2)
        for (index, entry) in model.keywords.enumerated() {
            let listed = documents.filter { $0.keywords.contains(index) }.map(\.url)
            #expect(Set(listed) == Set(entry.uses.map { model[$0.speech].path.encoded }), "\(model.vocabulary[entry.id].term)")
        }
    }
}
