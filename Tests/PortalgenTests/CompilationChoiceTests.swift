import Foundation
import Testing

/// Which keywords get a compilation (原文摘编): the site's rule (`compilations`, `compilation_max_share`), a
/// glossary entry's own `compilation: yes/no`, and the line a keyword page without one shows instead, followed
/// by the sitemap, `portalgen check` and the last column of `portalgen keywords`.
@Suite struct CompilationChoiceTests {
    /// 102 speeches (past the 100 below which every keyword keeps its compilation): 劳模精神 and 职工之家 in all
    /// of them, 工匠精神 and 产业工人 in two.
    static let glossary = """
        keywords:
          - 劳模精神
          - 工匠精神
          - term: 职工之家
            compilation: yes
          - 词条：产业工人
            原文摘编：否
        discovery:
          max_terms: 0

        """

    static func site(in work: URL, settings: String, speeches count: Int = 102) throws -> URL {
        let site = work.appendingPathComponent("site")
        let speeches = site.appendingPathComponent("content/speeches")
        try FileManager.default.createDirectory(at: speeches, withIntermediateDirectories: true)
        try Data(settings.utf8).write(to: site.appendingPathComponent("content/site.yml"))
        try Data(glossary.utf8).write(to: site.appendingPathComponent("content/keywords.yml"))
        for number in 1...count {
            let rare = number <= 2 ? "学习工匠精神，壮大产业工人。\n\n" : ""
            let text = "---\ntitle: 第\(number)次讲话\ndate: 2024-01-01\n---\n弘扬劳模精神，建设职工之家。\n\n\(rare)第\(number)段。\n"
            try Data(text.utf8).write(to: speeches.appendingPathComponent("s\(number).md"))
        }
        return site
    }

    /// Builds the site with `settings`, checks it and lists its keywords in `language`; `body` reads a page of
    /// the result and the listing's compilation column by term.
    static func withBuiltSite(
        settings: String, language: String, _ body: (_ page: (String) -> String?, _ listed: [String: String]) throws -> Void
    ) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.site(in: work, settings: settings)
        let build = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site)
        try #require(build.status == 0, "\(build.standardError)")
        let check = try Portalgen.run(["check", "--site", "public"], in: site)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        let keywords = try Portalgen.run(["keywords", "--lang", language], in: site)
        try #require(keywords.status == 0, "\(keywords.standardError)")
        let rows = KeywordCountTests.rows(of: keywords.standardOutput)
        #expect(rows.count == 4, "\(keywords.standardOutput)")
        let listed = Dictionary(rows.map { ($0.names[0], $0.compilation) }, uniquingKeysWith: { first, _ in first })
        try body({ path in try? String(contentsOf: site.appendingPathComponent("public/" + path), encoding: .utf8) }, listed)
    }

    static let reasons = [
        "tooCommon": "没有原文摘编：全站 102 篇讲话中有 102 篇用到这个词（超过 50%）",
        "notChosen": "没有原文摘编：本站只为编辑选定的关键词编摘编", "turnedOff": "没有原文摘编：本站编辑决定这个词不编摘编。",
        "siteHasNone": "没有原文摘编：本站不编摘编。",
    ]

    /// What `portalgen keywords` says for each reason a page gives (and for none: "yes"), in each language.
    static let listedReasons = [
        "en": [
            "yes": "yes", "tooCommon": "no: used in more than 50% of the 102 speeches",
            "turnedOff": "no: `compilation: no` in its glossary entry", "siteHasNone": "no: the site has none (compilations: none)",
        ],
        "zh": [
            "yes": "有", "tooCommon": "没有：用到它的讲话超过全站 102 篇的 50%", "turnedOff": "没有：关键词表中设为不编（原文摘编：否）",
            "siteHasNone": "没有：本站不编摘编（原文摘编：不生成）",
        ],
    ]

    /// The reason a keyword page gives, nil when it gives none; the page must then link to its compilation,
    /// which exists and is in the sitemap. `portalgen keywords` must say the same in `language`.
    static func reason(of term: String, _ page: (String) -> String?, listed: [String: String], in language: String) -> String? {
        let keyword = page("keywords/\(term)/index.html") ?? ""
        let found = reasons.filter { keyword.contains($0.value) }.map(\.key)
        #expect(found.count <= 1 && keyword.contains("没有原文摘编") == (found.count == 1), "\(term)")
        let hasCompilation = page("keywords/\(term)/excerpts/index.html") != nil
        #expect(keyword.contains("/excerpts/index.html\">原文摘编</a>") == hasCompilation, "\(term)")
        let address = "keywords/\(term)/excerpts/".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? ""
        #expect((page("sitemap.xml") ?? "").contains(address) == hasCompilation, "\(term)")
        #expect(hasCompilation == found.isEmpty, "\(term)")
        #expect(listed[term] == listedReasons[language]?[found.first ?? "yes"], "\(term)")
        return found.first
    }

    @Test func theSitesRuleAndEachEntrysChoice() throws {
        try Self.withBuiltSite(settings: "title: 摘编测试\n", language: "en") { page, listed in
            #expect(Self.reason(of: "劳模精神", page, listed: listed, in: "en") == "tooCommon")
            #expect(Self.reason(of: "职工之家", page, listed: listed, in: "en") == nil)
            #expect(Self.reason(of: "工匠精神", page, listed: listed, in: "en") == nil)
            #expect(Self.reason(of: "产业工人", page, listed: listed, in: "en") == "turnedOff")
        }
    }

    @Test func aSiteWithoutCompilationsStillGivesTheChosenOnes() throws {
        try Self.withBuiltSite(settings: "title: 摘编测试\n原文摘编: 不生成\n", language: "zh") { page, listed in
            #expect(Self.reason(of: "劳模精神", page, listed: listed, in: "zh") == "siteHasNone")
            #expect(Self.reason(of: "职工之家", page, listed: listed, in: "zh") == nil)
            #expect(Self.reason(of: "工匠精神", page, listed: listed, in: "zh") == "siteHasNone")
            #expect(Self.reason(of: "产业工人", page, listed: listed, in: "zh") == "turnedOff")
        }
    }

    /// End to end in Chinese, on a one-speech site (nothing to build gets that far); the English words of the
    /// same error at the same place are GlossaryReaderTests.anEntryMayChooseItsCompilation's.
    @Test func aWrongChoiceIsAnErrorAtItsPlace() throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = try Self.site(in: work, settings: "title: 摘编测试\n", speeches: 1)
        try Data("keywords:\n  - term: 劳模精神\n    compilation: sometimes\n".utf8)
            .write(to: site.appendingPathComponent("content/keywords.yml"))
        let build = try Portalgen.run(
            ["build", "--templates", Portalgen.templates, "--lang", "zh"], in: site, environment: ["NO_COLOR": "1"])
        #expect(build.status == 1)
        #expect(build.standardError.contains("content/keywords.yml:3:18: 错误：`compilation` 应当是“是”或“否”（true 或 false）"),
                "\(build.standardError)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }
}
