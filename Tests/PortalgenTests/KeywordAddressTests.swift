import Foundation
import Testing

/// Tests/Fixtures/valid/keyword-addresses: a site whose `content/keywords.lock` records addresses an earlier
/// version published. Built from a copy (the build updates the lock), with the real executable.
@Suite struct KeywordAddressTests {
    /// A copy of the fixture, built once; `body` gets the site folder and the build's run.
    static func withBuiltCopy(_ body: (URL, Portalgen.Run) throws -> Void) throws {
        try Portalgen.withFixtureCopy("keyword-addresses") { site in
            let run = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site)
            try #require(run.status == 0, "\(run.standardError)")
            try body(site, run)
        }
    }

    static func text(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyPublishedAddressAnswersWithAPageOrARedirect() throws {
        try Self.withBuiltCopy { site, run in
            let redirects = [
                ("技能比武", "../../keywords/劳动和技能竞赛/index.html"),  // a renamed glossary term (`formerly`)
                ("产改", "../../keywords/产业工人队伍建设改革/index.html"),  // now an alias
                ("过时的说法", "../../keywords/index.html"),  // denied
                ("不再使用", "../../keywords/index.html"),  // used nowhere any more
            ]
            for (slug, target) in redirects {
                let page = try Self.text(site, "public/keywords/\(slug)/index.html")
                #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(target)\">"), "\(slug)")
                #expect(page.contains("<link rel=\"canonical\" href=\"\(target)\">"), "\(slug)")
                #expect(page.contains("<a href=\"\(target)\">"), "\(slug)")
                #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"), "\(slug)")
            }
            // Still used in three speeches: its page is kept, with exact counts, and said to be a former keyword.
            let kept = try Self.text(site, "public/keywords/计划经济/index.html")
            #expect(kept.contains("以往的关键词"))
            #expect(kept.contains("在 <strong>3</strong> 篇讲话中出现 <strong>4</strong> 次"))
            #expect(!kept.contains("http-equiv"))
            #expect(try Self.text(site, "public/keywords/index.html").contains("以往的关键词"))
            // A former keyword is never linked from the speeches.
            #expect(!(try Self.text(site, "public/speeches/2021-second/index.html")).contains("keywords/计划经济/"))
            // The build says what changed, and records it.
            #expect(run.standardError.contains("keyword pages kept although their terms are no longer keywords"))
            #expect(run.standardError.contains("keywords/技能比武/ → keywords/劳动和技能竞赛/"))
            let lock = try Self.text(site, "content/keywords.lock")
            #expect(lock.contains("技能比武\t技能比武\tredirect\t劳动和技能竞赛\n"))
            #expect(lock.contains("计划经济\t计划经济\tkept\n"))
            #expect(lock.contains("和平统一、一国两制\t和平统一、一国两制\tpage\n"))
            // Redirects are not in the sitemap; the checker follows their links and needs none to them.
            let sitemap = try Self.text(site, "public/sitemap.xml")
            #expect(!sitemap.contains("%E6%8A%80%E8%83%BD%E6%AF%94%E6%AD%A6"))  // 技能比武
            #expect(sitemap.contains("%E8%AE%A1%E5%88%92%E7%BB%8F%E6%B5%8E"))  // 计划经济
            let check = try Portalgen.run(["check", "--site", site.appendingPathComponent("public").path], in: site)
            #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        }
    }

    @Test func aKeywordInsideALongerOneListsEverySpeechThatUsesIt() throws {
        try Self.withBuiltCopy { site, _ in
            // 一国两制: once alone and once inside 和平统一、一国两制 in the first speech, twice in the second.
            let page = try Self.text(site, "public/keywords/一国两制/index.html")
            #expect(page.contains("在 <strong>2</strong> 篇讲话中出现 <strong>4</strong> 次"))
            #expect(page.contains("speeches/2020-first/index.html"))
            // The reader still sees the longer keyword linked where both start.
            let speech = try Self.text(site, "public/speeches/2020-first/index.html")
            #expect(speech.contains("title=\"关键词：和平统一、一国两制\">和平统一、一国两制</a>"))
        }
    }

    @Test func theNextBuildHasNothingToDoAndSaysNothingAgain() throws {
        try Self.withBuiltCopy { site, _ in
            let lock = try Self.text(site, "content/keywords.lock")
            // Builds within a second of the inputs' changes look again; the check is on the stamps.
            Thread.sleep(forTimeInterval: 1.1)
            let again = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site)
            #expect(again.status == 0)
            #expect(!again.standardError.contains("no longer keywords"))
            #expect(try Self.text(site, "content/keywords.lock") == lock)
            let third = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site)
            #expect(third.standardOutput.hasPrefix("nothing changed"), "\(third.standardOutput)")
        }
    }

    @Test func aLockFileWithLinesABuildDoesNotWriteIsLeftAsItIs() throws {
        try Portalgen.withFixtureCopy("keyword-addresses") { site in
            let lockFile = site.appendingPathComponent("content/keywords.lock")
            for extra in ["# 注意：这一行是编辑加的\n", "坏行\n"] {
                let edited = try String(contentsOf: lockFile, encoding: .utf8) + extra
                try Data(edited.utf8).write(to: lockFile)
                let run = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site)
                #expect(run.status == 0, "\(run.standardError)")
                #expect(try String(contentsOf: lockFile, encoding: .utf8) == edited)
                #expect(run.standardError.contains("content/keywords.lock"))
                // The addresses still answer.
                #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/keywords/技能比武/index.html").path))
            }
        }
    }

    @Test func onlyBuildRecordsAddresses() throws {
        try Portalgen.withFixtureCopy("keyword-addresses") { site in
            let lockFile = site.appendingPathComponent("content/keywords.lock")
            let before = try Data(contentsOf: lockFile)
            for command in [["keywords"], ["keywords", "--suggest"], ["check"]] {
                let run = try Portalgen.run(command + ["--templates", Portalgen.templates].filter { _ in command == ["check"] }, in: site)
                #expect(run.status == 0, "\(command): \(run.standardError)")
                #expect(try Data(contentsOf: lockFile) == before, "\(command)")
            }
        }
    }
}
