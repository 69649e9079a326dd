import PortalSupport
import Testing
@testable import Keywords

@Suite struct KeywordStageTests {
    static let place = SourceLocation(file: "content/keywords.yml", line: 3)

    static func glossary(_ terms: [String], deny: Set<String> = [], settings: [String: Double] = [:]) -> Glossary {
        Glossary(
            entries: terms.map { Glossary.Entry(term: $0, location: place) }, deny: deny,
            discoverySettings: settings.mapValues { Glossary.DiscoverySetting(value: $0, location: place) })
    }

    /// Speeches that quote 国之大者 and 两个维护 often enough for discovery to propose them.
    static let markdown = (0..<4).map { index in
        "## 第\(index)部分\n\n心怀“国之大者”，做到“两个维护”，弘扬劳模精神。\n\n再讲“国之大者”和“两个维护”。\\*\\*省。\n"
    }

    @Test func theVocabularyIsGlossaryThenFrontMatterThenDiscovery() {
        let output = KeywordStage(glossary: Self.glossary(["劳模精神"]))
            .run(markdown: Self.markdown, frontMatterKeywords: ["工匠精神", "劳模精神", "工匠精神"])
        let vocabulary = output.vocabulary
        #expect(vocabulary.keywords.prefix(2).map(\.term) == ["劳模精神", "工匠精神"])
        #expect(vocabulary.keywords.prefix(2).map(\.origin) == [.glossary, .frontMatter])
        #expect(vocabulary.keywords.dropFirst(2).allSatisfy { $0.origin == .discovered })
        #expect(Set(vocabulary.keywords.dropFirst(2).map(\.term)).isSuperset(of: ["国之大者", "两个维护"]))
        // The matcher finds every keyword of the vocabulary by its id.
        let found = output.matcher.matches(in: "劳模精神与国之大者")
        #expect(found.map(\.keyword) == [vocabulary.id(of: "劳模精神"), vocabulary.id(of: "国之大者")].compactMap { $0 })
        #expect(output.warnings.isEmpty)
    }

    @Test func theSampleIsChosenOnceAndReadWhole() {
        // The four speeches between short ones are the sample although together they are longer than
        // `sample_bytes`; sampled again with that limit, two of them would be left. (Eight speeches of twice
        // `sample_bytes` are read whole unless `sample_whole_speeches` says otherwise.)
        let short = "工会。\n"
        let limit = 2 * Self.markdown[0].utf8.count + 2 * short.utf8.count
        let output = KeywordStage(glossary: Self.glossary([], settings: ["sample_bytes": Double(limit), "sample_whole_speeches": 0]))
            .run(markdown: Self.markdown.flatMap { [short, $0] }, frontMatterKeywords: [])
        let alone = KeywordStage(glossary: Self.glossary([])).run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(output.discovered.map(\.term).contains("国之大者"))
        #expect(output.discovered.map(\.term) == alone.discovered.map(\.term))
    }

    @Test func deniedTermsAreNoKeywordsAndDiscoveredTermsMayContainGlossaryTerms() {
        let output = KeywordStage(glossary: Self.glossary(["大者"], deny: ["两个维护"]))
            .run(markdown: Self.markdown, frontMatterKeywords: [])
        let terms = output.vocabulary.keywords.map(\.term)
        #expect(!terms.contains("两个维护"))
        // Counting is exact, so 国之大者 takes nothing from 大者: both are keywords.
        #expect(terms.contains("国之大者") && terms.contains("大者"))
        let found = output.matcher.mentions(in: "国之大者")
        #expect(Set(found.uses.map(\.keyword)) == Set([output.vocabulary.id(of: "国之大者"), output.vocabulary.id(of: "大者")].compactMap { $0 }))
    }

    @Test func discoverySettingsApplyAndUnknownOrRetiredOnesAreWarnings() {
        let output = KeywordStage(glossary: Self.glossary([], settings: ["max_terms": 0, "min_cont": 3, "min_boundary_entropy": 1]))
            .run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(output.discovered.isEmpty)
        #expect(output.warnings.map(\.0) == [
            .retiredDiscoverySetting("min_boundary_entropy", replacement: "min_boundary_variety"), .unknownDiscoverySetting("min_cont"),
        ])
        #expect(output.warnings.map(\.1) == [Self.place, Self.place])
        // What the command asks for goes over the glossary's settings.
        let more = KeywordStage(glossary: Self.glossary([], settings: ["max_terms": 0]), adjustDiscovery: { $0.maxTerms = 5 })
            .run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(!more.discovered.isEmpty)
    }

    @Test func autoLeavesTheDefaultAndIsNoWarningForAKnownSetting() {
        let auto = Glossary.DiscoverySetting(value: nil, location: Self.place)
        let glossary = Glossary(entries: [], discoverySettings: ["max_terms": auto, "min_speeches": auto, "max_term": auto])
        let output = KeywordStage(glossary: glossary).run(markdown: Self.markdown, frontMatterKeywords: [])
        let plain = KeywordStage(glossary: Self.glossary([])).run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(output.discovered == plain.discovered && !output.discovered.isEmpty)
        #expect(output.warnings.map(\.0) == [.unknownDiscoverySetting("max_term")])
    }

    @Test func theStageReportsHowManyTermsTheCutKept() {
        // Without `max_terms` the cut follows the corpus: "not among the first N" names what it kept.
        let automatic = KeywordStage(glossary: Self.glossary([])).run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(!automatic.discovered.isEmpty && automatic.maxTerms == automatic.discovered.count)
        let fixed = KeywordStage(glossary: Self.glossary([], settings: ["max_terms": 40])).run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(fixed.maxTerms == 40 && fixed.discovered.count < 40)
    }

    @Test func suggestionsAssessTheWholeCorpusWithAStatusEach() {
        let plain = KeywordStage(glossary: Self.glossary([])).run(markdown: Self.markdown, frontMatterKeywords: [])
        #expect(plain.suggestions.isEmpty)
        let output = KeywordStage(glossary: Self.glossary([]), suggest: true).run(markdown: Self.markdown, frontMatterKeywords: [])
        let suggested = Set(output.suggestions.map(\.term))
        #expect(suggested.isSuperset(of: output.discovered.map(\.term)))
        #expect(output.suggestions.allSatisfy { !$0.examples.isEmpty })
    }

    @Test func publishedTermsKeepTheirAddressesAndRetiredOnesAreCountedButNotLinked() {
        let published = PublishedKeywords(entries: [
            .init(slug: "gzdz", term: "国之大者", state: .page), .init(slug: "旧词", term: "再讲", state: .page),
        ])
        let output = KeywordStage(glossary: Self.glossary([]), published: published)
            .run(markdown: Self.markdown, frontMatterKeywords: [])
        let vocabulary = output.vocabulary
        let national = try! #require(vocabulary.id(of: "国之大者"))
        #expect(vocabulary[national].slug == "gzdz")
        let retired = try! #require(vocabulary.id(of: "再讲"))
        #expect(vocabulary[retired].origin == .retired && vocabulary[retired].slug == "旧词")
        #expect(!vocabulary.isLinkable(retired) && vocabulary.isLinkable(national))
        let found = output.matcher.mentions(in: "再讲“国之大者”", linkable: vocabulary.isLinkable)
        #expect(found.uses.map(\.keyword) == [retired, national])
        #expect(found.visible.map(\.keyword) == [national])
    }

    @Test func discoveryReadsTextWithoutMarkdownEscapesOrHeadingMarks() {
        #expect(KeywordStage.plainText("## 一、标题\n\\*\\*省的\\#号\n#不是标题\n") == "一、标题\n**省的#号\n#不是标题\n")
    }

    @Test func discoveryReadsAParagraphWrappedBetweenTwoChineseCharactersAsOneLine() {
        // As the page renders it: a soft line break between two Chinese characters is no break.
        #expect(KeywordStage.plainText("坚持中国特色社\n会主义道路。\n\n新段落") == "坚持中国特色社会主义道路。\n\n新段落")
        // A heading line, a list item, an indented line, a hard break (`\` at the end), punctuation or Latin
        // text at the break stay apart.
        #expect(KeywordStage.plainText("中国特色社\\\n会主义") == "中国特色社\n会主义")
        #expect(KeywordStage.plainText("## 一、总体要求\n中国特色\n- 社会主义\n　　新时代") == "一、总体要求\n中国特色\n- 社会主义\n　　新时代")
        #expect(KeywordStage.plainText("改革开放。\n中国\nAI\n𠀀\n𠀁") == "改革开放。\n中国\nAI\n𠀀𠀁")
        // So a term wrapped in every use is discovered, with every use counted.
        let texts = RuleCorpus.speeches(8) { _ in ["中国特色社会主义", "中国特色社会主义", "中国特色社会主义", "科学发展观"] }
        func discovered(_ markdown: [String]) -> DiscoveredTerm? {
            KeywordStage(glossary: Self.glossary([])).run(markdown: markdown, frontMatterKeywords: [])
                .discovered.first { $0.term == "中国特色社会主义" }
        }
        let wrapped = discovered(texts.map { $0.replacing("中国特色社会主义", with: "中国特色社\n会主义") })
        #expect(wrapped?.count == 24)
        #expect(wrapped?.count == discovered(texts)?.count)
    }

    @Test func everySettingHasOneNameAndSetsItsOption() {
        var options = KeywordDiscovery.Options()
        for (index, name) in KeywordDiscovery.Options.settingNames.enumerated() {
            let known = options.set(name, to: Double(index + 1))
            #expect(known, "\(name)")
        }
        let count = KeywordDiscovery.Options.settingNames.count
        #expect(options.sampleBytes == 1 && options.sampleWholeSpeeches == 2 && options.minCohesion == 8 && options.examples == count)
        #expect(options.periodWeight == Double(count - 10) && options.maxTerms == count - 4)
        #expect(options.contemporaryWeight == Double(count - 7) && options.contemporaries == count - 6)
        #expect(options.minTerms == count - 3 && options.cutShare == Double(count - 2) && options.autoMaxTerms == count - 1)
        let unknown = options.set("max_term", to: 1)
        #expect(!unknown)
        #expect(Set(KeywordDiscovery.Options.settingNames).count == KeywordDiscovery.Options.settingNames.count)
    }
}
