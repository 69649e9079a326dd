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

    @Test func theCompilationPageSizeHasADefaultAndAChineseName() {
        #expect(SiteConfig.defaults.compilationPageExcerpts == 150)
        let (config, diagnostics) = SiteConfig.read(yaml: "摘编每页段数: 40\n", file: "content/site.yml")
        #expect(diagnostics.isEmpty && config.compilationPageExcerpts == 40)
    }

    @Test func whichKeywordsGetACompilationIsASettingInEitherLanguage() {
        #expect(SiteConfig.defaults.compilations == CompilationScope(keywords: .all, maxShare: 0.5))
        for (yaml, keywords, share) in [
            ("compilations: glossary\ncompilation_max_share: 0.3\n", CompilationScope.Keywords.glossary, 0.3),
            ("原文摘编: 不生成\n摘编最高比例: 80%\n", .none, 0.8), ("原文摘编: 全部\n摘编最高比例: 1\n", .all, 1),
            ("compilations: false\ncompilation_max_share: 25％\n", .none, 0.25),
        ] {
            let (config, diagnostics) = SiteConfig.read(yaml: yaml, file: "content/site.yml")
            #expect(diagnostics.isEmpty, "\(yaml)")
            #expect(config.compilations == CompilationScope(keywords: keywords, maxShare: share), "\(yaml)")
        }
    }

    @Test func aCompilationSettingOutOfItsValuesIsAnErrorAtItsPlace() {
        let (config, diagnostics) = SiteConfig.read(
            yaml: "title: 园地\ncompilations: some\n摘编最高比例: 60\n", file: "content/site.yml")
        #expect(config.compilations == .defaults)
        #expect(diagnostics.map(\.message.key) == [.compilationsValue, .shareOutOfRange])
        #expect(diagnostics.map(\.location) == [
            SourceLocation(file: "content/site.yml", line: 2, column: 15), SourceLocation(file: "content/site.yml", line: 3, column: 9),
        ])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func aBaseURLLeftAtAnExampleHostIsAWarningAtItsPlace() {
        let (config, diagnostics) = SiteConfig.read(yaml: "title: 园地\nbase_url: https://xuexi.example.org/\n", file: "content/site.yml")
        #expect(config.baseURL == "https://xuexi.example.org/")
        #expect(diagnostics.map(\.message.key) == [.exampleBaseURL])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == SourceLocation(file: "content/site.yml", line: 2, column: 11))
        for url in ["http://localhost:8000/", "https://EXAMPLE.com", "http://127.0.0.1/site/", "https://a.b.example.net/x/",
                    "https://portal.test/", "http://[::1]:8080/"] {
            #expect(SiteConfig.exampleHost(in: url) != nil, "\(url)")
        }
        for url in ["https://xuexi.gonghui.cn/", "https://example.org.cn/", "https://myexample.org/", "https://testing.cn/"] {
            #expect(SiteConfig.exampleHost(in: url) == nil, "\(url)")
        }
    }
}
