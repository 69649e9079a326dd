import PortalSupport
import PortalTestSupport
import Testing
@testable import Keywords

/// Small corpora made for one rule each: the terms in varied contexts across speeches, over a background of
/// ordinary report sentences, so that counts, boundaries and cohesion behave as in real text. As in real
/// speeches, a speech discusses its terms in one place (a paragraph of its own), not sprinkled evenly.
enum RuleCorpus {
    /// What comes before and after a term: verbs, punctuation, particles, nouns.
    static let before = ["我们要坚持", "必须高举", "，", "。", "全面推进", "关于", "大力发展", "深入研究", "认真对待", "一是", "以及"]
    static let after = ["，这是根本。", "的各项工作。", "取得新进展。", "，必须长期坚持。", "是重要经验。", "。", "和人民群众。", "，成效显著。"]
    /// Background sentences: ordinary words in ordinary combinations.
    static let background = [
        "今年全省经济运行总体平稳，财政收入稳步增长。", "各地区各部门要加强协调，形成工作合力。", "城乡居民收入继续增加，市场供应充足。",
        "我们要清醒地看到，工作中还存在一些困难和问题。", "要认真总结经验，改进工作作风，提高办事效率。", "全年完成固定资产投资八百亿元。",
        "农业生产喜获丰收，粮食总产量再创新高。", "科技教育事业取得新的进步，人才队伍不断壮大。", "生态环境持续改善，空气质量明显好转。",
        "社会保障水平进一步提高，就业形势保持稳定。", "我们要团结一致，开拓进取，努力完成今年的各项任务。",
    ]

    /// `speeches` speeches; speech i holds four paragraphs of background and one paragraph with the
    /// `uses(i)` terms, each in a context drawn at random.
    static func speeches(_ count: Int, seed: UInt64 = 42, uses: (Int) -> [String]) -> [String] {
        var generator = SeededRandom(seed: seed)
        return (0..<count).map { speech in
            var paragraphs = (0..<4).map { _ in background.shuffled(using: &generator).joined() }
            let terms = uses(speech).map { term in
                (before.randomElement(using: &generator) ?? "") + term + (after.randomElement(using: &generator) ?? "")
            }
            paragraphs.insert(terms.joined(), at: Int.random(in: 0...paragraphs.count, using: &generator))
            return paragraphs.joined(separator: "\n")
        }
    }

    static func assess(_ texts: [String], years: [Int?] = [], options: KeywordDiscovery.Options = .init()) -> [String: DiscoveredTerm] {
        Dictionary(KeywordDiscovery(options: options).assess(texts, years: years).map { ($0.term, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

@Suite struct DiscoveryRulesTests {
    @Test func aTermMostlyUsedInsideALongerOneThatAddsCharactersBeforeItGivesWay() throws {
        // 社会主义 three times in four inside 中国特色社会主义: the longer term is the keyword.
        let inside = RuleCorpus.assess(RuleCorpus.speeches(8) { _ in ["中国特色社会主义", "中国特色社会主义", "中国特色社会主义", "社会主义"] })
        #expect(inside["中国特色社会主义"]?.status == .accepted)
        #expect(inside["社会主义"].map { $0.status != .accepted } ?? true)
        // Mostly on its own: both stand.
        let alone = RuleCorpus.assess(RuleCorpus.speeches(8) { _ in ["中国特色社会主义", "社会主义", "社会主义", "社会主义"] })
        #expect(alone["社会主义"]?.status == .accepted)
        #expect(alone["中国特色社会主义"]?.status == .accepted)
    }

    @Test func aHeadSharedByTermsThatQualifyItGivesWayButAConceptTheyExtendStays() throws {
        // 体制改革 lies in four reforms: no single one holds half of its uses, together they hold them all.
        let reforms = ["经济体制改革", "政治体制改革", "教育体制改革", "科技体制改革"]
        let heads = RuleCorpus.assess(RuleCorpus.speeches(8) { speech in reforms + [reforms[speech % 4]] })
        guard case .partOf = try #require(heads["体制改革"]).status else {
            Issue.record("体制改革 should give way: \(String(describing: heads["体制改革"]?.status))")
            return
        }
        // 中国特色社会主义 followed by four different words: the words qualify it; it names the concept.
        let concept = RuleCorpus.assess(RuleCorpus.speeches(8) { speech in
            ["中国特色社会主义道路", "中国特色社会主义制度", "中国特色社会主义理论", "中国特色社会主义事业", "中国特色社会主义"]
                .filter { _ in speech >= 0 }
        })
        #expect(concept["中国特色社会主义"]?.status == .accepted)
    }

    @Test func aFunctionCharacterNextToAFreeWordCutsAPhraseButNotAWord() {
        // 基础 is a free word (基础设施, 基础工作 …): 基础上 is 基础 + 上. 原则 is no free word ending in 则.
        let texts = RuleCorpus.speeches(8) { _ in
            ["稳定的基础上", "发展的基础上", "基础设施", "基础工作", "经济基础", "基础教育", "基础研究", "四项基本原则", "四项基本原则", "基础上"]
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["基础上"] == nil)
        #expect(found["四项基本原则"]?.status == .accepted)
    }

    @Test func aGoverningVerbBeforeATermIsCutButNotBeforeAWordItForms() {
        let texts = RuleCorpus.speeches(8) { _ in
            ["坚持四项基本原则", "坚持四项基本原则", "四项基本原则", "保障性住房", "保障性住房", "保障性住房", "坚持改革", "坚持创新", "坚持发展"]
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["坚持四项基本原则"] == nil)
        #expect(found["四项基本原则"]?.status == .accepted)
        // 保障 governs objects elsewhere, but 性住房 is no word: 保障性住房 is a term.
        #expect(found["保障性住房"]?.status == .accepted)
    }

    @Test func aWordWhereGoverningWordsStandBeforeATermAtAClausesStartMakesAVerbPhrase() {
        // 保障 is no governing word everywhere (社会保障体系, 保障性住房), but it takes many objects, and before
        // 国家粮食安全, which otherwise follows 确保 and 保证, at the start of a clause, it is one: 保障国家粮食安全 would hold half the uses of
        // 国家粮食安全. 科技 also starts clauses before a term, but 体制改革 otherwise follows modifiers.
        let texts = RuleCorpus.speeches(8) { _ in
            ["，保障国家粮食安全", "，保障国家粮食安全", "确保国家粮食安全", "保证国家粮食安全", "社会保障体系", "保障性住房",
             "保障群众利益", "保障职工权益", "保障和改善民生", "，科技体制改革", "，科技体制改革", "教育体制改革", "经济体制改革"]
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["保障国家粮食安全"] == nil)
        #expect(found["国家粮食安全"]?.status == .accepted)
        #expect(found["科技体制改革"] != nil)
    }

    @Test func aParticleThatBeginsAWordWithTheNextCharacterIsNoBoundary() {
        // 和 is a boundary particle (工人和农民), but 谐 is always the end of 和谐: 谐劳动关系 is a fragment, and
        // 和谐劳动关系 is not 和 + a term. 劳 after 和 (劳动精神和劳模精神) is still a free boundary.
        let texts = RuleCorpus.speeches(8) { _ in
            ["和谐劳动关系", "和谐劳动关系", "构建和谐劳动关系", "劳动精神和劳模精神", "劳模精神", "劳模精神"]
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["和谐劳动关系"]?.status == .accepted)
        #expect(found["谐劳动关系"] == nil)
        #expect(found["劳模精神"]?.status == .accepted)
    }

    @Test func aParticleThatEndsAWordWithThePreviousCharacterIsNoBoundary() {
        // 与 and 是 are boundary particles, but 参 is nearly always the start of 参与 and 求 of 求是: 源头参 and
        // 实事求 are fragments, not terms that 源头参与 and 实事求是 extend. 的 attaches to any word, so it
        // still ends 百家争鸣, although 鸣 is always followed by it.
        let texts = RuleCorpus.speeches(8) { _ in
            ["源头参与", "源头参与", "源头参与", "实事求是", "实事求是", "实事求是", "百家争鸣的方针", "百家争鸣的方针", "百家争鸣的方针"]
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["源头参与"]?.status == .accepted)
        #expect(found["实事求是"]?.status == .accepted)
        #expect(found["源头参"] == nil && found["实事求"] == nil)
        #expect(found["百家争鸣"]?.status == .accepted)
    }

    @Test func aParticleEndingAGoverningWordStillBindsTheNextCharacter() {
        // 要把 is a governing word, and its 把 is also the start of 把握: after 要把, 握工会工作 is still a fragment.
        let texts = RuleCorpus.speeches(8) { speech in
            ["要把握工会工作正确政治方向", "要把握工会工作正确政治方向", "把握大局", "团结动员职工\(speech)"]
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["握工会工作正确政治方向"]?.status != .accepted)
    }

    @Test func aTermInNearlyEverySpeechIsGeneralButNotOneInHalfOfThem() {
        let texts = RuleCorpus.speeches(12) { speech in ["全国人民", "全国人民", "科学发展观", "科学发展观"].filter { $0 == "全国人民" || speech % 2 == 0 } }
        let found = RuleCorpus.assess(texts)
        #expect(found["全国人民"]?.status == .general)
        #expect(found["科学发展观"]?.status == .accepted)
        // With fewer speeches than `general_min_documents`, being everywhere is no evidence.
        let few = RuleCorpus.assess(Array(texts.prefix(5)))
        #expect(few["全国人民"]?.status == .accepted)
    }

    @Test func aTwoItemEnumerationWrittenTogetherBecomesOneTermALongerListDoesNot() {
        let texts = RuleCorpus.speeches(6) { _ in
            ["资源节约型、环境友好型社会", "资源节约型、环境友好型社会", "劳模精神、劳动精神、工匠精神", "劳模精神、劳动精神、工匠精神"]
        }
        let found = RuleCorpus.assess(texts)
        let pair = found["资源节约型、环境友好型社会"]
        #expect(pair?.status == .accepted)
        #expect(pair?.origin.contains(DiscoveredTerm.Origin.enumeration) == true)
        #expect(found["资源节约型"]?.status != .accepted)
        #expect(found["劳模精神、劳动精神"] == nil && found["劳动精神、工匠精神"] == nil)
        #expect(found["劳动精神"]?.status == .accepted)
    }

    @Test func aQuotedTwoCharacterFormulaIsATermAQuotedCommonWordIsNot() {
        let texts = RuleCorpus.speeches(6) { speech in
            ["“三农”", "“三农”", "三农", "改革", "改革", "改革", "改革", "改革", "改革"] + (speech == 0 ? ["“改革”"] : [])
        }
        let found = RuleCorpus.assess(texts)
        #expect(found["三农"]?.status == .accepted)
        #expect(found["三农"]?.origin.contains(DiscoveredTerm.Origin.quoted) == true)
        #expect(found["改革"] == nil)
    }

    @Test func concentrationInTimeRaisesATermOfItsPeriodAndNothingWithoutDates() throws {
        // 人民公社 and 国民经济 are used alike, but 人民公社 only in the speeches of one decade.
        let texts = RuleCorpus.speeches(12) { speech in speech < 4 ? ["人民公社", "人民公社", "国民经济", "国民经济"] : ["国民经济", "国民经济"] }
        let years = (0..<12).map { 1955 + $0 * 5 }
        // Only concentration: the share of contemporaries using a term raises both (see the next test).
        var concentrationOnly = KeywordDiscovery.Options()
        concentrationOnly.contemporaryWeight = 0
        let dated = RuleCorpus.assess(texts, years: years, options: concentrationOnly)
        let undated = RuleCorpus.assess(texts)
        let commune = try #require(dated["人民公社"]).score / (try #require(undated["人民公社"]).score)
        let economy = try #require(dated["国民经济"]).score / (try #require(undated["国民经济"]).score)
        #expect(commune > 1.5)
        #expect(economy < 1.1)
        #expect(dated["人民公社"]?.years == 1955...1970)
        var off = concentrationOnly
        off.periodWeight = 0
        #expect(RuleCorpus.assess(texts, years: years, options: off)["人民公社"]?.score == undated["人民公社"]?.score)
    }

    @Test func theSpeechesOfItsTimeRaiseATermTheyAllUseNotOneAFewOfThemRepeat() throws {
        // 十六字方针 is used once in each of eight consecutive years; 三北防护林 three times in four speeches
        // five years apart, each with no other speech around it using it.
        let texts = RuleCorpus.speeches(16) { speech in
            (speech < 8 ? ["十六字方针"] : []) + (speech % 5 == 0 ? ["三北防护林", "三北防护林", "三北防护林"] : [])
        }
        let years = (0..<16).map { 1980 + $0 }
        var off = KeywordDiscovery.Options()
        off.contemporaryWeight = 0
        let with = RuleCorpus.assess(texts, years: years)
        let without = RuleCorpus.assess(texts, years: years, options: off)
        let formulation = try #require(with["十六字方针"]).score / (try #require(without["十六字方针"]).score)
        let sectorTerm = try #require(with["三北防护林"]).score / (try #require(without["三北防护林"]).score)
        // 十六字方针, with four contemporaries on each side: all of them use it in 1980–1983, 7 of 8 … 4 of 8 in
        // 1984–1987: a share of 6.75 / 8.
        #expect(abs(formulation - (1 + 0.2 * 6.75 / 8)) < 0.01)
        #expect(sectorTerm == 1)
        // Undated speeches have no contemporaries.
        #expect(RuleCorpus.assess(texts)["十六字方针"]?.score == RuleCorpus.assess(texts, options: off)["十六字方针"]?.score)
    }

    @Test func numberedFormulas() {
        for formula in ["四项基本原则", "两个确立", "一国两制", "三去一降一补", "三个代表"] { #expect(KeywordDiscovery.isNumberedFormula(formula), "\(formula)") }
        for other in ["一定能够", "三年", "十分重要", "四化"] { #expect(!KeywordDiscovery.isNumberedFormula(other), "\(other)") }
        #expect(KeywordDiscovery.quotedQuality(1, of: 5) == 1.2)
        #expect(KeywordDiscovery.quotedQuality(5, of: 5) == 1.5)
    }

    @Test func knownAndDeniedTermsHoldTheirFragments() {
        let texts = RuleCorpus.speeches(8) { _ in ["产业工人队伍建设改革", "产业工人队伍建设改革", "产业工人队伍建设改革"] }
        var options = KeywordDiscovery.Options()
        options.deny = ["产业工人队伍建设改革"]
        let found = RuleCorpus.assess(texts, options: options)
        #expect(found["产业工人队伍建设改革"] == nil)
        #expect(!found.values.contains { $0.status == .accepted && "产业工人队伍建设改革".contains($0.term) })
    }
}
