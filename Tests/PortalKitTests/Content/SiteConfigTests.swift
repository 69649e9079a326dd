import PortalSupport
import Testing
@testable import PortalKit

@Suite struct SiteConfigTests {
    @Test func pageSizesHaveDefaultsAndCanBeSet() {
        let (defaults, none) = SiteConfig.read(yaml: "title: 园地\n", file: "content/site.yml")
        #expect(none.isEmpty)
        #expect(defaults.archivePageSpeeches == 100 && defaults.keywordPageSpeeches == 200 && defaults.keywordContextSpeeches == 10)
        let (config, diagnostics) = SiteConfig.read(
            yaml: "archive_page_speeches: 50\nkeyword_page_speeches: 20\nkeyword_context_speeches: 5\n", file: "content/site.yml")
        #expect(diagnostics.isEmpty)
        #expect(config.archivePageSpeeches == 50 && config.keywordPageSpeeches == 20 && config.keywordContextSpeeches == 5)
        // Their Chinese names.
        let (chinese, problems) = SiteConfig.read(yaml: "归档每页篇数: 30\n关键词每页篇数: 40\n", file: "content/site.yml")
        #expect(problems.isEmpty && chinese.archivePageSpeeches == 30 && chinese.keywordPageSpeeches == 40)
    }

    @Test func aPageOfNoSpeechesIsAnErrorAtItsPlace() {
        let (config, diagnostics) = SiteConfig.read(yaml: "title: 园地\nkeyword_page_speeches: 0\n", file: "content/site.yml")
        #expect(config.keywordPageSpeeches == SiteConfig.defaults.keywordPageSpeeches)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "content/site.yml", line: 2, column: 24))
        #expect(diagnostics.first?.message.key == .pageSize)
    }
}
