import Foundation
import Testing
@testable import PortalKit

/// The search index as a build gives it the speeches: dates and keywords reach it, for the ranking's
/// tie-break and the search page's filters (the index itself is tested in SearchIndexTests).
@Suite struct SearchIndexAdapterTests {
    @Test func theIndexGetsEachSpeechsDateAndKeywordPages() throws {
        let model = SiteViewsTests.views().model
        let files = SiteBuilder(options: BuildOptions()).searchIndex(model, labels: TestSite.labels)
        #expect(files.map(\.0) == ["search/index.js"], "a small site gets one file")
        let text = String(decoding: try #require(files.first?.1), as: UTF8.self)
        let line = try #require(text.split(separator: "\n").last { $0.hasPrefix("portalgenSearchData(\"index\",") })
        let json = line.dropFirst("portalgenSearchData(\"index\",".count).dropLast(2)
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        // 丙 has no date, 乙 is of 2021 and 甲 of 2023: numbered by date, the undated first.
        #expect(manifest["y"] as? [[Int]] == [[2021, 1, 1], [2023, 2, 1]])
        let keywords = try #require(manifest["k"] as? [[Any]])
        #expect(Set(keywords.compactMap { $0[0] as? String }) == ["两个确立", "劳模精神", "工匠精神"])
        #expect(keywords.allSatisfy { ($0[5] as? String)?.count == 12 }, "each keyword lists its speeches")
    }
}
