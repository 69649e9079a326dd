import Keywords
import Markdown
import PortalSupport
import Testing
@testable import PortalKit

@Suite struct SiteLinkerTests {
    static let glossary = TestSite.glossary(["两个确立", "劳模精神", "工匠精神", "产业工人"])

    static let files = [
        (name: "a.md", text: TestSite.speech("甲", date: "2023-10-23", "## 一、两个确立\n\n坚决拥护两个确立。弘扬劳模精神。\n\n再说两个确立。\n")),
        (name: "b.md", text: TestSite.speech("乙", date: "2023", keywords: ["工匠精神"], "弘扬劳模精神和产业工人精神。\n")),
        (name: "c.md", text: TestSite.speech("丙", date: "2024-01", "两个确立。劳模精神。\n")),
        (name: "d.md", text: TestSite.speech("丁", "没有日期的讲话，说到劳模精神。\n")),
        (name: "e.md", text: TestSite.speech("戊", date: "2023-10", "两个确立。\n")),
    ]

    static let model = TestSite.model(files, glossary: glossary)

    private func id(_ term: String) throws -> KeywordID { try #require(Self.model.vocabulary.id(of: term)) }

    @Test func speechesAreNewestFirstWithPartialDatesAfterFullOnesAndUndatedLast() {
        #expect(Self.model.speeches.map(\.title) == ["丙", "甲", "戊", "乙", "丁"])
        #expect(Self.model.speeches.map(\.path.path) == ["c", "a", "e", "b", "d"].map { "speeches/\($0)/index.html" })
    }

    @Test func neighboursInTimeAreTheSpeechesBeside() {
        let speeches = Self.model.speeches
        #expect(speeches[0].newer == nil && speeches[0].older == SpeechID(1))
        #expect(speeches[1].newer == SpeechID(0) && speeches[1].older == SpeechID(2))
        #expect(speeches[4].older == nil)
    }

    @Test func aSpeechCountsItsMentionsAndKeepsFrontMatterKeywordsItNeverSays() throws {
        let speech = Self.model.speeches[1]  // 甲
        #expect(speech.keywords.map(\.keyword) == [try id("两个确立"), try id("劳模精神")])
        #expect(speech.keywords.map(\.mentions) == [3, 1])
        // The first mention of 两个确立 is the heading, block 0; of 劳模精神 the paragraph after it.
        #expect(speech.keywords.map(\.firstBlock) == [0, 1])
        let second = Self.model.speeches[3]  // 乙: 工匠精神 only in front matter, so it comes last with no mention
        #expect(second.keywords.last == SpeechKeyword(keyword: try id("工匠精神"), mentions: 0, firstBlock: nil))
    }

    /// A document's header lines under its title (here the occasion line) are shown on the speech page, so a
    /// keyword said there is a use like the body's; the first mention stays the body's block.
    @Test func usesInTheDocumentHeaderUnderTheTitleCount() throws {
        let text = "在全省节能减排工作会议上的讲话\n——2007年6月4日在全省节能减排工作会议上\n省长　冯立明\n\n同志们：\n\n节能减排是一项硬任务。\n"
        let onlyHeader = "政府工作报告\n——在全省节能减排工作会议上\n\n各位代表：\n\n今年的工作很多。\n"
        let model = TestSite.model(
            [(name: "2007-06-04-jieneng.txt", text: text), (name: "2008-01-01-baogao.txt", text: onlyHeader)],
            glossary: TestSite.glossary(["节能减排"]))
        let term = try #require(model.vocabulary.id(of: "节能减排"))
        let speech = try #require(model.speeches.first { $0.title == "在全省节能减排工作会议上的讲话" })
        #expect(speech.source.headerBelowTitle.map(\.text).contains("——2007年6月4日在全省节能减排工作会议上"))
        #expect(speech.keywords.first { $0.keyword == term }?.mentions == 2)
        #expect(speech.keywords.first { $0.keyword == term }?.firstBlock != nil)
        let page = try #require(model.keywordPage[term].map { model[$0] })
        #expect(page.uses.count == 2 && page.mentions == 3)
    }

    @Test func keywordPagesAreTheUsedKeywordsMostMentionedFirst() throws {
        let pages = Self.model.keywords
        #expect(pages.map { Self.model.vocabulary[$0.id].term } == ["两个确立", "劳模精神", "产业工人", "工匠精神"])
        #expect(pages.map(\.mentions) == [5, 4, 1, 0])
        #expect(pages[0].path == SiteRoutes.keyword(slug: "两个确立"))
        #expect(Self.model.keywordPage[try id("劳模精神")] == KeywordPageID(1))
        // Most mentions first, then the newer speech.
        #expect(pages[0].uses.map(\.speech) == [SpeechID(1), SpeechID(0), SpeechID(2)])
        #expect(pages[0].uses.map(\.mentions) == [3, 1, 1])
    }

    @Test func contextsComeFromDifferentBlocksFirstAndPointAtTheirBlock() throws {
        let use = try #require(Self.model.keywords[0].uses.first)
        let paragraphs = ["坚决拥护两个确立。弘扬劳模精神。", "再说两个确立。"].map(ParagraphAnchor.base(forText:))
        #expect(use.contexts.map(\.anchor) == ["一-两个确立"] + paragraphs)
        #expect(use.contexts[1].sentence.parts.map(\.text) == ["坚决拥护", "两个确立", "。"])
        #expect(use.contexts[1].sentence.parts.map(\.isMark) == [false, true, false])
        #expect(use.firstBlock.map { Self.model[use.speech].body.blocks[$0].anchor } == "一-两个确立")
    }

    @Test func aSentenceThatUsesTheTermTwiceIsOneContextWithBothUsesMarked() throws {
        let glossary = Glossary(
            entries: [Glossary.Entry(term: "两个确立", aliases: ["两确立"], location: SourceLocation(file: "content/keywords.yml"))],
            groups: [], deny: [], discoverySettings: ["max_terms": Glossary.DiscoverySetting(value: 0, location: nil)])
        let files = [(name: "a.md", text: TestSite.speech("甲", date: "2024-01-02", "深刻领会两个确立，坚决做到两确立。另说一句。\n\n再谈两个确立。\n"))]
        let model = TestSite.model(files, glossary: glossary)
        let use = try #require(model.keywords.first?.uses.first)
        #expect(use.contexts.count == 2)
        let first = use.contexts[0].sentence
        #expect(first.text == "深刻领会两个确立，坚决做到两确立。")
        #expect(first.parts.filter(\.isMark).map(\.text) == ["两个确立", "两确立"])
        #expect(use.contexts.map(\.anchor) == ["深刻领会两个确立，坚决做到两确立。另说一句。", "再谈两个确立。"].map(ParagraphAnchor.base(forText:)))
    }

    @Test func everyParagraphThatUsesAKeywordOrAnAliasIsAnExcerptNewestSpeechFirst() throws {
        let glossary = Glossary(
            entries: [Glossary.Entry(term: "劳模精神", aliases: ["劳模风范"], location: SourceLocation(file: "content/keywords.yml"))],
            groups: [], deny: [], discoverySettings: ["max_terms": Glossary.DiscoverySetting(value: 0, location: nil)])
        let files = [
            (name: "old.md", text: TestSite.speech("旧", date: "2020-05-01", "弘扬劳模精神。\n\n无关的一段。\n\n## 二、劳模精神\n\n学习劳模风范，传承劳模精神。\n")),
            (name: "new.md", text: TestSite.speech("新", date: "2024-05-01", "劳模精神代代相传。\n")),
            (name: "undated.md", text: TestSite.speech("无日期", "讲劳模精神。\n")),
        ]
        let model = TestSite.model(files, glossary: glossary)
        let entry = try #require(model.keywords.first)
        // The heading is not an excerpt, the paragraph without the term neither; the alias counts.
        #expect(entry.excerpts.map { model[$0.speech].title } == ["新", "旧", "旧", "无日期"])
        let last = entry.excerpts[2]
        let speech = model[last.speech]
        #expect(speech.body.blocks[last.block].anchor == ParagraphAnchor.base(forText: "学习劳模风范，传承劳模精神。"))
        #expect(last.section.map { speech.body.blocks[$0].text } == "二、劳模精神")
        let marked = MarkedText(text: speech.body.blocks[last.block].text, marks: last.marks(in: speech.body))
        #expect(marked.parts.filter(\.isMark).map(\.text) == ["劳模风范", "劳模精神"])
        #expect(entry.excerptSpeeches == 3)
    }

    @Test func contextsStopAtTheSiteLimit() {
        var config = SiteConfig.defaults
        config.keywordContextSpeeches = 1
        let model = TestSite.model(Self.files, glossary: Self.glossary, config: config)
        #expect(model.keywords[0].uses.map { !$0.contexts.isEmpty } == [true, false, false])
    }

    @Test func contextsAreForTheFirstSpeechesOfEachPageOfAKeywordsList() {
        var config = SiteConfig.defaults
        config.keywordContextSpeeches = 1
        config.keywordPageSpeeches = 2
        let model = TestSite.model(Self.files, glossary: Self.glossary, config: config)
        // 劳模精神 is in four speeches: pages of two, the first of each with its sentences.
        #expect(model.keywords[1].uses.map { !$0.contexts.isEmpty } == [true, false, true, false])
        config.keywordContextSpeeches = 0
        #expect(TestSite.model(Self.files, glossary: Self.glossary, config: config).keywords.allSatisfy { keyword in
            keyword.uses.allSatisfy(\.contexts.isEmpty)
        })
    }

    @Test func mentionsPerYearLeaveOutUndatedSpeeches() {
        #expect(Self.model.keywords[1].mentionsPerYear.map { [$0.year, $0.mentions] } == [[2023, 2], [2024, 1]])
    }

    @Test func cooccurringKeywordsCountSharedSpeeches() throws {
        let laomo = Self.model.keywords[1]
        // Most shared speeches first, then in the vocabulary's order (the glossary's).
        #expect(laomo.cooccurring == [
            CooccurringKeyword(keyword: try id("两个确立"), sharedSpeeches: 2),
            CooccurringKeyword(keyword: try id("工匠精神"), sharedSpeeches: 1),
            CooccurringKeyword(keyword: try id("产业工人"), sharedSpeeches: 1),
        ])
    }

    @Test func theArchiveGroupsByYearAndMonth() {
        let archive = Self.model.archive
        #expect(archive.map(\.year) == [2024, 2023, nil])
        #expect(archive[1].months.map(\.month) == [10, nil])
        #expect(archive[1].months[0].speeches == [SpeechID(1), SpeechID(2)])
        #expect(archive.map(\.count) == [1, 3, 1])
    }

    @Test func groupsFollowTheGlossaryThenTheEntriesThatNameNewOnes() {
        var glossary = TestSite.glossary(["两个确立", "劳模精神"], groups: ["两个确立": "思想", "劳模精神": "劳模"])
        glossary.groups = ["思想"]
        let model = TestSite.model(Self.files, glossary: glossary)
        #expect(model.groups == ["思想", "劳模"])
    }
}
