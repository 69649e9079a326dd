import Keywords
import PortalSupport
import Testing
@testable import PortalKit

/// Which keywords get a compilation (原文摘编), and why the others get none.
@Suite struct CompilationScopeTests {
    /// 劳模精神 from the glossary (with its entry's choice), 工匠精神 from a speech's front matter, 职工之家 discovered.
    static func keyword(_ origin: Vocabulary.Origin, compilation: Bool? = nil) -> Vocabulary.Keyword {
        let entry = Glossary.Entry(term: "劳模精神", compilation: compilation, location: SourceLocation(file: "content/keywords.yml"))
        let vocabulary = Vocabulary(glossary: Glossary(entries: [entry]), frontMatterKeywords: ["工匠精神"], discovered: ["职工之家"])
        let term = ["劳模精神": Vocabulary.Origin.glossary, "工匠精神": .frontMatter, "职工之家": .discovered].first { $0.value == origin }!.key
        return vocabulary[vocabulary.id(of: term)!]
    }

    @Test func aKeywordInMostSpeechesOfALargeSiteGetsNoCompilation() {
        let scope = CompilationScope.defaults
        // A small site: every keyword, whatever its share.
        #expect(scope.exclusion(of: Self.keyword(.discovered), usedIn: 5, of: 5) == nil)
        #expect(scope.exclusion(of: Self.keyword(.discovered), usedIn: 100, of: 120) == nil)
        // A large one: not a word in more than half of the speeches.
        #expect(scope.exclusion(of: Self.keyword(.discovered), usedIn: 5_000, of: 10_000) == nil)
        #expect(scope.exclusion(of: Self.keyword(.glossary), usedIn: 5_001, of: 10_000) == .tooCommon)
        #expect(CompilationScope(keywords: .all, maxShare: 1).exclusion(of: Self.keyword(.discovered), usedIn: 10_000, of: 10_000) == nil)
    }

    @Test func onlyTheKeywordsEditorsNamedOrNone() {
        let glossary = CompilationScope(keywords: .glossary, maxShare: 0.5)
        #expect(glossary.exclusion(of: Self.keyword(.glossary), usedIn: 3, of: 5) == nil)
        #expect(glossary.exclusion(of: Self.keyword(.frontMatter), usedIn: 3, of: 5) == nil)
        #expect(glossary.exclusion(of: Self.keyword(.discovered), usedIn: 3, of: 5) == .notNamedByEditors)
        #expect(CompilationScope(keywords: .none, maxShare: 1).exclusion(of: Self.keyword(.glossary), usedIn: 1, of: 5) == .noneOnSite)
    }

    /// A glossary entry's `compilation: yes/no` wins over every rule.
    @Test func theGlossaryEntrysChoiceOverridesTheRule() {
        let none = CompilationScope(keywords: .none, maxShare: 0.1)
        #expect(none.exclusion(of: Self.keyword(.glossary, compilation: true), usedIn: 500, of: 500) == nil)
        #expect(CompilationScope.defaults.exclusion(of: Self.keyword(.glossary, compilation: false), usedIn: 1, of: 10)
            == .turnedOffInGlossary)
    }
}
