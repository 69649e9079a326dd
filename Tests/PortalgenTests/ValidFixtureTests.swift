import Foundation
import Testing

/// Builds Tests/Fixtures/valid/basic end to end with the real executable and reads the pages it wrote.
@Suite struct ValidFixtureTests {
    static let site = Portalgen.fixtures.appendingPathComponent("valid/basic")

    /// Builds into a fresh folder and hands it to `body`.
    static func withBuiltSite(_ extra: [String] = [], _ body: (URL, Portalgen.Run) throws -> Void) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "--templates", Portalgen.templates, "--output", output.path] + extra, in: site)
        try #require(run.status == 0, "\(run.standardError)")
        try body(output, run)
    }

    static func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func writesEveryPageKind() throws {
        try Self.withBuiltSite { output, run in
            for path in [
                "index.html", "archive/index.html", "keywords/index.html", "search/index.html", "404.html",
                "speeches/2023-10-first/index.html", "speeches/2024-second/index.html",
                "speeches/2021-05-01-third/index.html", "keywords/两个确立/index.html",
                "keywords/产业工人队伍建设改革/index.html", "feed.xml", "sitemap.xml", "robots.txt", "static/style.css",
            ] {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
            }
            #expect(run.standardOutput.hasPrefix("built 3 speeches, "))
            // The draft is left out.
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("speeches/2022-03-draft").path))
        }
    }

    @Test func draftsAreBuiltWhenAskedFor() throws {
        try Self.withBuiltSite(["--drafts"]) { output, _ in
            let draft = try Self.page(output, "speeches/2022-03-draft/index.html")
            #expect(draft.contains("草稿"))
        }
    }

    @Test func everyLinkResolves() throws {
        try Self.withBuiltSite { output, _ in
            let check = try Portalgen.run(["check", "--site", output.path], in: Self.site)
            #expect(check.status == 0, "\(check.standardError)")
            #expect(check.standardOutput.contains("no problems"))
        }
    }

    @Test func speechPageLinksItsKeywordsAndNeighbours() throws {
        try Self.withBuiltSite { output, _ in
            let page = try Self.page(output, "speeches/2023-10-first/index.html")
            #expect(page.contains("<h1 id=\"speech-title\">在工会干部培训班上的讲话</h1>"))
            #expect(page.contains("<time datetime=\"2023-10-23\">2023年10月23日</time>"))
            // Keyword list, table of contents, first mention linked in the body.
            #expect(page.contains("title=\"关键词：两个确立\">两个确立</a>"))
            #expect(page.contains("<a href=\"#一-坚持-两个确立\">一、坚持“两个确立”</a>"))
            // A link to another speech's file points at its page; an old paragraph number stays as written.
            #expect(page.contains("href=\"../2024-second/index.html#p2\""))
            // Neighbours in time: the .txt speech of 2021 is older, the 2024 one newer.
            #expect(page.contains("rel=\"prev\" href=\"../../speeches/2021-05-01-third/index.html\""))
            #expect(page.contains("rel=\"next\" href=\"../../speeches/2024-second/index.html\""))
        }
    }

    @Test func plainTextSpeechIsConverted() throws {
        try Self.withBuiltSite { output, _ in
            let page = try Self.page(output, "speeches/2021-05-01-third/index.html")
            #expect(page.contains("<h1 id=\"speech-title\">在基层工会工作座谈会上的讲话</h1>"))
            #expect(page.contains("<dd>基层工会工作座谈会</dd>"))
            #expect(page.contains("\n一、提高认识\n</h2>"))
        }
    }

    @Test func keywordPageShowsSentencesInContext() throws {
        try Self.withBuiltSite { output, _ in
            let page = try Self.page(output, "keywords/两个确立/index.html")
            #expect(page.contains("一条测试用的说明。"))
            #expect(page.contains("在 <strong>3</strong> 篇讲话中出现 <strong>5</strong> 次"))
            #expect(page.contains("<mark>两个确立</mark>"))
            #expect(page.contains("href=\"../../speeches/2024-second/index.html#p-9nt769\""))
            // The alias 产改 counts for 产业工人队伍建设改革.
            let reform = try Self.page(output, "keywords/产业工人队伍建设改革/index.html")
            #expect(reform.contains("又称：<span class=\"alias\">产改</span>"))
            #expect(reform.contains("<mark>产改</mark>"))
        }
    }

    @Test func redactionMarksRenderLiterally() throws {
        try Self.withBuiltSite { output, _ in
            let page = try Self.page(output, "speeches/2024-second/index.html")
            #expect(page.contains("加快建设中国式现代化新**磅礴伟力，X同志，x元。"))
            #expect(!page.contains("<em>"))
        }
    }

    @Test func feedAndSitemapUseTheBaseURL() throws {
        try Self.withBuiltSite { output, _ in
            let feed = try Self.page(output, "feed.xml")
            #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/portal/speeches/2024-second/index.html\"/>"))
            #expect(feed.contains("<updated>2024-01-01T00:00:00Z</updated>"))
            let sitemap = try Self.page(output, "sitemap.xml")
            #expect(sitemap.contains("<loc>https://example.org/portal/speeches/2023-10-first/index.html</loc><lastmod>2023-10-23</lastmod>"))
            #expect(try Self.page(output, "robots.txt").contains("Sitemap: https://example.org/portal/sitemap.xml"))
        }
    }

    @Test func secondBuildWritesNothingNew() throws {
        try Self.withBuiltSite { output, _ in
            let index = output.appendingPathComponent("index.html").path
            let before = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
            let again = try Portalgen.run(
                ["build", "--templates", Portalgen.templates, "--output", output.path], in: Self.site)
            #expect(again.status == 0)
            #expect(again.standardOutput.hasPrefix("nothing changed: 3 speeches"))
            let after = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
            #expect(before == after)
        }
    }
}
