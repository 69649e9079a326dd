import PortalSupport
import Testing
@testable import Keywords

@Suite struct PublishedKeywordsTests {
    static let place = SourceLocation(file: "content/keywords.yml", line: 1)

    @Test func theLockFileReadsBackAsWritten() {
        let published = PublishedKeywords(entries: [
            .init(slug: "两个确立", term: "两个确立", state: .page), .init(slug: "计划经济", term: "计划经济", state: .kept),
            .init(slug: "劳动竞赛", term: "劳动竞赛", state: .redirect(to: "劳动和技能竞赛")),
            .init(slug: "旧词", term: "旧词", state: .redirect(to: nil)),
        ])
        let text = published.text
        #expect(text.hasPrefix("# Keyword pages published by"))
        #expect(text.contains("劳动竞赛\t劳动竞赛\tredirect\t劳动和技能竞赛\n"))
        #expect(text.contains("旧词\t旧词\tredirect\n"))
        let (read, problems) = PublishedKeywords.parse(text)
        #expect(problems.isEmpty)
        #expect(read.entries.map(\.slug) == ["两个确立", "劳动竞赛", "旧词", "计划经济"])
        #expect(read.text == text)
        #expect(read.slug(of: "计划经济") == "计划经济" && read.entry(slug: "劳动竞赛")?.state == .redirect(to: "劳动和技能竞赛"))
    }

    @Test func lookupsFollowReplacedEntries() {
        var published = PublishedKeywords(entries: [
            .init(slug: "a", term: "甲", state: .page), .init(slug: "b", term: "乙", state: .page),
            .init(slug: "c", term: "甲", state: .kept),
        ])
        #expect(published.slug(of: "甲") == "a")
        published.insert(.init(slug: "a", term: "丙", state: .page))
        #expect(published.slug(of: "甲") == "c" && published.slug(of: "丙") == "a")
        published.insert(.init(slug: "b", term: "丙", state: .kept))
        #expect(published.slug(of: "丙") == "a" && published.slug(of: "乙") == nil)
        #expect(published.entry(slug: "b")?.state == .kept && published.entry(slug: "d") == nil)
        #expect(published.entries.map(\.slug) == ["a", "b", "c"])
        #expect(published == PublishedKeywords(entries: published.entries))
    }

    @Test func linesThatCannotBeReadAreProblemsAtTheirPlace() {
        let text = "# comment\n两个确立\t两个确立\tpage\n只有一列\n旧\t旧\tgone\n两个确立\t两个确立\tkept\n../x\tx\tpage\na\ta\tredirect\t../../etc\r\n"
        let (read, problems) = PublishedKeywords.parse(text)
        #expect(read.entries.map(\.slug) == ["两个确立"])
        #expect(problems.map(\.line) == [3, 4, 5, 6, 7])
        #expect(problems.map(\.error) == [
            .unreadableLockLine("只有一列"), .unknownLockState("gone"), .duplicateLockAddress("两个确立"),
            .unsafeLockAddress("../x"), .unsafeLockAddress("../../etc"),
        ])
        #expect(problems[1].column == 5)
    }

    static func vocabulary(_ glossary: Glossary, discovered: [String], published: PublishedKeywords) -> Vocabulary {
        Vocabulary(glossary: glossary, frontMatterKeywords: [], discovered: discovered, published: published)
    }

    @Test func everyPublishedAddressLeadsSomewhere() throws {
        let glossary = Glossary(
            entries: [
                Glossary.Entry(term: "劳动和技能竞赛", formerly: ["技能竞赛"], location: Self.place),
                Glossary.Entry(term: "产业工人队伍建设改革", aliases: ["产改"], location: Self.place),
            ],
            deny: ["不要了"])
        let published = PublishedKeywords(entries: [
            .init(slug: "技能竞赛", term: "技能竞赛", state: .page),
            .init(slug: "产改", term: "产改", state: .page),
            .init(slug: "社会主义市场经济", term: "社会主义市场经济", state: .page),
            .init(slug: "计划经济", term: "计划经济", state: .page),
            .init(slug: "很少", term: "很少", state: .page),
            .init(slug: "不要了", term: "不要了", state: .page),
        ])
        let vocabulary = Self.vocabulary(glossary, discovered: ["社会主义市场经济体制"], published: published)
        func id(_ term: String) throws -> KeywordID { try #require(vocabulary.id(of: term)) }
        let speeches: [KeywordID: Set<Int>] = [
            try id("劳动和技能竞赛"): [0], try id("产业工人队伍建设改革"): [0, 1], try id("社会主义市场经济体制"): [1, 2, 3],
            try id("社会主义市场经济"): [1, 2], try id("计划经济"): [4, 5, 6], try id("很少"): [4], try id("不要了"): [1, 2, 3],
        ]
        let hasPage: Set<KeywordID> = [try id("劳动和技能竞赛"), try id("产业工人队伍建设改革"), try id("社会主义市场经济体制")]
        let plan = AddressPlan(
            published: published, vocabulary: vocabulary, glossary: glossary, speeches: speeches, hasPage: hasPage, minSpeeches: 2)
        let state = Dictionary(uniqueKeysWithValues: plan.published.entries.map { ($0.slug, $0.state) })
        #expect(state["技能竞赛"] == .redirect(to: "劳动和技能竞赛"))  // an earlier name
        #expect(state["产改"] == .redirect(to: "产业工人队伍建设改革"))  // now an alias
        #expect(state["社会主义市场经济"] == .redirect(to: "社会主义市场经济体制"))  // a longer keyword holds its speeches
        #expect(state["计划经济"] == .kept)  // still used in three speeches
        #expect(state["很少"] == .redirect(to: nil))  // in one speech only
        #expect(state["不要了"] == .redirect(to: nil))  // denied
        #expect(state["劳动和技能竞赛"] == .page && state["产业工人队伍建设改革"] == .page)
        #expect(plan.kept == [try id("计划经济")])
        #expect(plan.redirects.count == 5)
        #expect(plan.changes == [
            .publishedPagesKept(["keywords/计划经济/"]),
            .publishedAddressesRedirected([
                "keywords/技能竞赛/ → keywords/劳动和技能竞赛/", "keywords/产改/ → keywords/产业工人队伍建设改革/",
                "keywords/社会主义市场经济/ → keywords/社会主义市场经济体制/", "keywords/很少/ → keywords/index.html",
                "keywords/不要了/ → keywords/index.html",
            ]),
        ])
    }

    @Test func anEarlierNameRedirectsEvenWithoutALockAndNothingChangesOnceRecorded() throws {
        let glossary = Glossary(entries: [Glossary.Entry(term: "劳动和技能竞赛", formerly: ["技能比武"], location: Self.place)])
        let vocabulary = Self.vocabulary(glossary, discovered: [], published: .none)
        let id = try #require(vocabulary.id(of: "劳动和技能竞赛"))
        let first = AddressPlan(published: .none, vocabulary: vocabulary, glossary: glossary, speeches: [id: [0]], hasPage: [id], minSpeeches: 2)
        #expect(first.redirects.map(\.slug) == ["技能比武"])
        #expect(first.changes.isEmpty)
        let again = AddressPlan(
            published: first.published, vocabulary: vocabulary, glossary: glossary, speeches: [id: [0]], hasPage: [id], minSpeeches: 2)
        #expect(again.published.text == first.published.text && again.changes.isEmpty)
    }

    @Test func publishedAddressesStayWithTheirTermsAndNoNewTermTakesOne() {
        let published = PublishedKeywords(entries: [.init(slug: "a", term: "A/B", state: .page), .init(slug: "c-d", term: "旧", state: .kept)])
        let vocabulary = Self.vocabulary(Glossary(), discovered: ["A/B", "c/d"], published: published)
        #expect(vocabulary.keywords.map(\.slug) == ["a", "c-d-2", "c-d"])
        #expect(vocabulary.keywords.map(\.origin) == [.discovered, .discovered, .retired])
    }
}
