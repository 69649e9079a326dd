import Foundation
import Testing

/// Builds Tests/Fixtures/valid/paginated, whose site.yml puts three speeches on an archive page and two on a
/// keyword page, and reads the paged lists: their addresses, titles, links between pages, the sitemap, and the
/// link checker's verdict.
@Suite struct PaginatedFixtureTests {
    static let site = Portalgen.fixtures.appendingPathComponent("valid/paginated")

    static func withBuiltSite(_ body: (URL) throws -> Void) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "--strict", "--templates", Portalgen.templates, "--output", output.path], in: site)
        try #require(run.status == 0, "\(run.standardError)")
        try body(output)
    }

    static func page(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyPagedListHasItsPages() throws {
        try Self.withBuiltSite { output in
            let archive = [
                "archive/index.html", "archive/2024/index.html", "archive/2024/03/index.html", "archive/2024/03/page/2/index.html",
                "archive/2024/05/index.html", "archive/2024/undated/index.html", "archive/2023/index.html",
                "archive/undated/index.html", "archive/undated/page/2/index.html",
            ]
            let keyword = ["keywords/劳模精神/index.html"] + (2...6).map { "keywords/劳模精神/page/\($0)/index.html" }
            for path in archive + keyword {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
            }
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("keywords/劳模精神/page/7").path))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("archive/2023/06").path))
            // Every page is in the sitemap, the later pages of lists too.
            let sitemap = try Self.page(output, "sitemap.xml")
            for path in archive + keyword {
                let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                #expect(sitemap.contains("<loc>\(encoded)</loc>") || path == "index.html", "\(path) not in the sitemap")
            }
        }
    }

    @Test func aLaterPageNamesItsNumberAndLinksItsNeighbours() throws {
        try Self.withBuiltSite { output in
            let html = try Self.page(output, "keywords/劳模精神/page/3/index.html")
            #expect(html.contains("<title>劳模精神（第3页） · 分页测试</title>"))
            #expect(html.contains("<link rel=\"prev\" href=\"../../../../keywords/劳模精神/page/2/index.html\">"))
            #expect(html.contains("<link rel=\"next\" href=\"../../../../keywords/劳模精神/page/4/index.html\">"))
            #expect(html.contains("<nav class=\"pagination\" aria-label=\"分页\">"))
            #expect(html.contains("<a href=\"../../../../keywords/劳模精神/index.html\">第一页</a>"))
            #expect(html.contains("<a href=\"../../../../keywords/劳模精神/page/6/index.html\">最后一页</a>"))
            #expect(html.contains("<span aria-current=\"page\">第3页</span>"))
            // The chart and the related keywords are on the first page only; every page lists its two speeches.
            #expect(!html.contains("class=\"chart\""))
            #expect(html.components(separatedBy: "<li class=\"use").count - 1 == 2)
            let first = try Self.page(output, "keywords/劳模精神/index.html")
            #expect(first.contains("class=\"chart\"") && !first.contains("rel=\"prev\""))
            #expect(first.contains("<title>劳模精神 · 分页测试</title>"))
        }
    }

    @Test func oldArchiveLinksStillLeadToTheirYear() throws {
        try Self.withBuiltSite { output in
            let archive = try Self.page(output, "archive/index.html")
            #expect(archive.contains("<li id=\"y2024\">") && archive.contains("<li id=\"undated\">"))
            #expect(archive.contains("<a href=\"../archive/2024/03/index.html\">3月</a>"))
            let home = try Self.page(output, "index.html")
            #expect(home.contains("<a href=\"archive/2024/index.html\">2024年</a>"))
            // The speech's breadcrumbs lead to the page of its month that lists it.
            let speech = try Self.page(output, "speeches/2024-03-05-a/index.html")
            #expect(speech.contains("<a href=\"../../archive/2024/03/page/2/index.html\">3月</a>"))
        }
    }

    @Test func theLinkCheckerFollowsEveryPage() throws {
        try Self.withBuiltSite { output in
            let check = try Portalgen.run(["check", "--site", output.path], in: Self.site)
            #expect(check.status == 0, "\(check.standardError)")
            #expect(check.standardOutput.contains("checked 40 pages"))
            #expect(check.standardOutput.contains("no problems"))
            // Later pages are reached only through the pagination links: without them, the checker says so.
            let pages = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".html") }
            for path in pages {
                let html = try Self.page(output, path)
                let cut = html.replacingOccurrences(of: "page/6/index.html", with: "index.html")
                if cut != html { try Data(cut.utf8).write(to: output.appendingPathComponent(path)) }
            }
            let broken = try Portalgen.run(["check", "--site", output.path], in: Self.site, environment: ["NO_COLOR": "1"])
            #expect(broken.status == 1)
            #expect(broken.standardError.contains("keywords/劳模精神/page/6/index.html"))
        }
    }
}
