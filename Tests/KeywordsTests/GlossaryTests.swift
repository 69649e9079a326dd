import PortalSupport
import Testing
@testable import Keywords

@Suite struct GlossaryTests {
    static func entry(_ term: String, aliases: [String] = [], line: Int) -> Glossary.Entry {
        Glossary.Entry(term: term, aliases: aliases, location: SourceLocation(file: "k.yml", line: line))
    }

    @Test func namesAreEveryTermAndAlias() {
        let glossary = Glossary(entries: [Self.entry("产业工人队伍建设改革", aliases: ["产改"], line: 1), Self.entry("劳模精神", line: 2)])
        #expect(glossary.names == ["产业工人队伍建设改革", "产改", "劳模精神"])
    }

    @Test func aNameGivenAgainIsReportedAtTheLaterEntryWithTheFirst() {
        let glossary = Glossary(entries: [
            Self.entry("产业工人队伍建设改革", aliases: ["产改", "产改"], line: 1),
            Self.entry("产改", line: 5),
            Self.entry("劳模精神", aliases: ["产业工人队伍建设改革"], line: 7),
        ])
        let found = glossary.duplicateNames()
        #expect(found.map(\.0) == [
            .duplicateName("产改", firstTerm: "产业工人队伍建设改革", firstLocation: SourceLocation(file: "k.yml", line: 1)),
            .duplicateName("产业工人队伍建设改革", firstTerm: "产业工人队伍建设改革", firstLocation: SourceLocation(file: "k.yml", line: 1)),
        ])
        #expect(found.map(\.1.line) == [5, 7])
    }

    @Test func theVocabularyGivesEveryKeywordOneIdAndAUniqueSlug() {
        let glossary = Glossary(entries: [Self.entry("A/B", aliases: ["ab"], line: 1), Self.entry("a-b", line: 2)], deny: ["x"])
        let vocabulary = Vocabulary(glossary: glossary, frontMatterKeywords: ["x", "y"], discovered: ["A/B", "z"])
        #expect(vocabulary.keywords.map(\.term) == ["A/B", "a-b", "y", "z"])
        #expect(vocabulary.keywords.map(\.slug) == ["A-B", "a-b-2", "y", "z"])
        #expect(vocabulary.id(of: "ab") == vocabulary.id(of: "A/B"))
        #expect(vocabulary.matchTerms.map(\.text) == ["A/B", "ab", "a-b", "y", "z"])
    }
}
