import Keywords
import PortalSupport
import Testing
@testable import PortalKit

/// What `portalgen keywords` lists: each keyword's compilation (原文摘编) as its page has it, and why not.
@Suite struct KeywordReportTests {
    /// 劳模精神 in every speech, 工匠精神 in two (its entry says `compilation: no`), 职工书屋 only in one speech's
    /// front matter, never in a paragraph.
    static func model(speeches count: Int, config: SiteConfig = .defaults) -> SiteModel {
        let files = (1...count).map { number in
            (name: "s\(number).md", text: TestSite.speech(
                "讲话\(number)", date: "2024-01-01", keywords: number == 1 ? ["职工书屋"] : [],
                number <= 2 ? "弘扬劳模精神和工匠精神。" : "弘扬劳模精神。"))
        }
        var glossary = TestSite.glossary(["劳模精神", "工匠精神"])
        glossary.entries[1].compilation = false
        return TestSite.model(files, glossary: glossary, config: config)
    }

    static func compilations(_ report: KeywordReport) -> [String: KeywordReport.Compilation] {
        Dictionary(uniqueKeysWithValues: report.keywords.map { ($0.term, $0.compilation) })
    }

    @Test func eachKeywordsCompilationAsItsPageHasIt() {
        let small = KeywordReport(model: Self.model(speeches: 3), candidates: [], maxTerms: 0)
        #expect(Self.compilations(small) == [
            "劳模精神": .compiled, "工匠精神": .excluded(.turnedOffInGlossary), "职工书屋": .noParagraphs,
        ])
        var config = SiteConfig.defaults
        config.compilations.keywords = .none
        let none = KeywordReport(model: Self.model(speeches: 3, config: config), candidates: [], maxTerms: 0)
        #expect(Self.compilations(none) == [
            "劳模精神": .excluded(.noneOnSite), "工匠精神": .excluded(.turnedOffInGlossary), "职工书屋": .excluded(.noneOnSite),
        ])
    }

    /// A keyword used too widely: the listing names the site's share and speeches, as its page does.
    @Test func aKeywordUsedTooWidelySaysHowWide() {
        var config = SiteConfig.defaults
        config.compilations.maxShare = 0.6
        let report = KeywordReport(model: Self.model(speeches: 102, config: config), candidates: [], maxTerms: 0)
        let common = report.keywords.first { $0.term == "劳模精神" }
        #expect(common?.compilation == .excluded(.tooCommon))
        #expect(common.map { MessageCatalogue.english.text(report.compilationMessage(of: $0)) }
            == "no: used in more than 60% of the 102 speeches")
        #expect(common.map { MessageCatalogue.chinese.text(report.compilationMessage(of: $0)) }
            == "没有：用到它的讲话超过全站 102 篇的 60%")
    }
}
