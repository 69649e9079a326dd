import Foundation
import Testing

/// A theme in another language needs no change to portalgen: with an English `labels.yml`, every word the
/// build writes into pages (navigation, titles, dates, chart summaries, keyword link tooltips) is English.
@Suite struct ThemeLabelsTests {
    static let english = """
        home: Home
        archive: Archive
        keywords: Keywords
        search: Search
        not_found: Page not found
        archive_description: Every speech by year and month
        keywords_description: The keywords of the speeches
        search_description: Search every speech
        keyword_description: "“{term}” is said {mentions} times in {speeches} speeches"
        redirect_description: "The page of “{term}” has moved"
        keyword_link_title: "Keyword: {term}"
        date_year: "{year}"
        date_month: "{month}/{year}"
        date_day: "{month}/{day}/{year}"
        month: "Month {month}"
        undated: Date unknown
        chart_year: "{year}: {mentions}"
        list_separator: ", "
        all_keywords: All keywords
        other_keywords: Other keywords
        former_keywords: Former keywords
        month_unknown: Month unknown
        year_month_unknown: "{year}, month unknown"
        archive_list_description: "The {count} speeches of {period}"
        page_number: "Page {page}"
        paged_title: "{title}, page {page}"
        compilation: Excerpts
        compilation_title: "“{term}”: excerpts"
        compilation_description: "Every paragraph of {speeches} speeches that says “{term}” ({paragraphs})"

        """

    /// Builds the fixture `site` with the repository's templates and the English labels; `body` reads its pages.
    static func withEnglishSite(_ site: String, _ body: (_ page: (String) throws -> String) throws -> Void) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let theme = work.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Portalgen.templates), to: theme)
        try Data(Self.english.utf8).write(to: theme.appendingPathComponent("labels.yml"))
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(
            ["build", "--templates", theme.path, "--output", output.path], in: Portalgen.fixtures.appendingPathComponent(site))
        try #require(run.status == 0, "\(run.standardError)")
        try body { path in try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
    }

    @Test func everyLabelComesFromTheTheme() throws {
        try Self.withEnglishSite("valid/basic") { page in
            let speech = try page("speeches/2023-10-first/index.html")
            #expect(speech.contains(">Home</a>") && speech.contains(">Archive</a>") && speech.contains(">Search</a>"))
            #expect(speech.contains("<time datetime=\"2023-10-23\">10/23/2023</time>"))
            #expect(speech.contains("title=\"Keyword: 两个确立\">两个确立</a>"))
            let archive = try page("archive/index.html")
            #expect(archive.contains("<title>Archive"))
            #expect(archive.contains("Every speech by year and month"))
            #expect(archive.contains("Month 10"))
            let keyword = try page("keywords/产业工人队伍建设改革/index.html")
            #expect(keyword.contains("“产业工人队伍建设改革” is said"))
            #expect(try page("keywords/index.html").contains("<title>Keywords"))
            #expect(try page("404.html").contains("<title>Page not found"))
            // None of the Chinese words of the repository's labels reaches a page (the templates' own words do).
            for path in ["index.html", "archive/index.html", "keywords/index.html", "search/index.html", "404.html",
                         "speeches/2023-10-first/index.html", "keywords/产业工人队伍建设改革/index.html"] {
                let html = try page(path)
                let chinese = ["关键词：", "日期不详", "按年份和月份", "在全部讲话中搜索词语", "2023年10月23日", "<title>讲话归档"]
                let found = chinese.filter { html.contains($0) }
                #expect(found.isEmpty, "\(path) has \(found)")
            }
        }
    }

    @Test func laterPagesOfListsAreNamedInTheThemesWords() throws {
        try Self.withEnglishSite("valid/paginated") { page in
            let later = try page("archive/2024/03/page/2/index.html")
            #expect(later.contains("<title>3/2024, page 2 · "))
            #expect(later.contains("<span aria-current=\"page\">Page 2</span>"))
            #expect(later.contains("The 4 speeches of 3/2024"))
            #expect(try page("archive/2024/undated/index.html").contains("<title>2024, month unknown · "))
            #expect(try page("archive/2024/index.html").contains(">Month unknown</a>"))
        }
    }

    @Test func aThemeWithoutLabelsIsRefusedWithTheFix() throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let theme = work.appendingPathComponent("theme")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Portalgen.templates), to: theme)
        try FileManager.default.removeItem(at: theme.appendingPathComponent("labels.yml"))
        let site = Portalgen.fixtures.appendingPathComponent("valid/basic")
        let run = try Portalgen.run(
            ["build", "--templates", theme.path, "--output", work.appendingPathComponent("public").path], in: site,
            environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("labels.yml: error: the theme has no labels.yml"))
        #expect(run.standardError.contains("hint: copy templates/labels.yml"))
    }
}
