import Keywords
import PortalSupport
import Testing
@testable import PortalKit

@Suite struct GlossaryReaderTests {
    static let yaml = """
        groups: [思想引领]
        keywords:
          - term: 两个确立
            aliases: [两个确立的决定性意义]
            description: 一条说明。
            group: 思想引领
            related: [劳模精神]
          - 劳模精神
          - term: 产改
            grup: 产业工人
        deny: [工会, 工作]
        discovery:
          max_terms: 20
          min_cont: 3
        colour: red

        """

    @Test func readsEntriesGroupsDenyAndDiscoverySettings() {
        let (glossary, _) = GlossaryReader.read(yaml: Self.yaml, file: "content/keywords.yml")
        #expect(glossary.entries.map(\.term) == ["两个确立", "劳模精神", "产改"])
        #expect(glossary.entries[0].aliases == ["两个确立的决定性意义"])
        #expect(glossary.entries[0].related == ["劳模精神"])
        #expect(glossary.entries[0].location == SourceLocation(file: "content/keywords.yml", line: 3, column: 11))
        #expect(glossary.groups == ["思想引领"])
        #expect(glossary.deny == ["工会", "工作"])
        #expect(glossary.discoverySettings["max_terms"]?.value == 20)
        #expect(glossary.discoverySettings["min_cont"]?.location?.line == 14)
    }

    @Test func unknownFieldsAreWarningsThatSuggestTheRightOne() {
        let (_, diagnostics) = GlossaryReader.read(yaml: Self.yaml, file: "content/keywords.yml")
        #expect(diagnostics.map(\.description) == [
            "content/keywords.yml:10:5: warning: unknown field `grup` in a glossary entry is ignored\n  hint: did you mean `group`?",
            "content/keywords.yml:15:1: warning: unknown field `colour` in the glossary is ignored\n"
                + "  hint: the glossary has keywords (关键词), groups (分组), deny (排除), discovery (自动发现)",
        ])
    }

    /// `compilation: yes/no` (原文摘编: 是/否) overrides the site's rule for one keyword; anything else is an error
    /// at the value, in either language, and the entry is still read without it.
    @Test func anEntryMayChooseItsCompilation() {
        let yaml = """
            keywords:
              - term: 劳模精神
                compilation: no
              - 词条：工匠精神
                原文摘编：是
              - term: 职工之家
                compilation: yes
              - term: 产业工人
              - term: 劳动竞赛
                原文摘编: 也许

            """
        let (glossary, diagnostics) = GlossaryReader.read(yaml: yaml, file: "content/keywords.yml")
        #expect(glossary.entries.map(\.term) == ["劳模精神", "工匠精神", "职工之家", "产业工人"])
        #expect(glossary.entries.map(\.compilation) == [false, true, true, nil])
        #expect(diagnostics.map { $0.text(in: .english) } == [
            "content/keywords.yml:10:11: error: `原文摘编` must be true or false, but it is `也许`\n  hint: give `原文摘编` true or false",
        ])
        #expect(diagnostics.first?.text(in: .chinese).hasPrefix("content/keywords.yml:10:11: 错误：`原文摘编` 应当是“是”或“否”（true 或 false）") == true)
    }

    @Test func aBrokenEntryIsAnErrorThatDoesNotHideTheOthers() {
        let (glossary, diagnostics) = GlossaryReader.read(
            yaml: "keywords:\n  - term: \"\"\n  - description: 无词条\n  - [a, b]\n  - 工匠精神\n", file: "k.yml")
        #expect(glossary.entries.map(\.term) == ["工匠精神"])
        #expect(diagnostics.map(\.message.key) == [.glossaryEmptyTerm, .glossaryEntryWithoutTerm, .glossaryEntryNotMapping])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test func theSameNameTwiceIsAWarningAtTheSecondEntry() {
        let (_, diagnostics) = GlossaryReader.read(
            yaml: "keywords:\n  - term: 产业工人队伍建设改革\n    aliases: [产改]\n  - term: 产改\n", file: "k.yml")
        #expect(diagnostics.map(\.description) == [
            "k.yml:4:11: warning: `产改` is already a term or alias of `产业工人队伍建设改革` (k.yml:2:11)\n"
                + "  hint: keep one entry for `产改`; list other spellings as its `aliases`",
        ])
    }

    @Test func aDiscoverySettingIsANumberOrAuto() {
        let (glossary, diagnostics) = GlossaryReader.read(
            yaml: "discovery:\n  max_terms: auto\n  min_terms: 自动\n  cut_share: 0.5\n  min_count: 很多\n", file: "k.yml")
        #expect(glossary.discoverySettings["max_terms"] == Glossary.DiscoverySetting(value: nil, location: SourceLocation(file: "k.yml", line: 2, column: 3)))
        #expect(glossary.discoverySettings["min_terms"]?.value == .some(nil))
        #expect(glossary.discoverySettings["cut_share"]?.value == 0.5)
        #expect(diagnostics.map(\.description) == [
            "k.yml:5:14: error: `discovery.min_count` must be a number or `auto`, but it is `很多`\n"
                + "  hint: give `discovery.min_count` a number or `auto`",
        ])
    }

    @Test func wrongShapesAreWrongTypes() {
        let (_, diagnostics) = GlossaryReader.read(yaml: "keywords: 劳模精神\ndiscovery: 3\n", file: "k.yml")
        #expect(diagnostics.map(\.description) == [
            "k.yml:1:11: error: `keywords` must be a list of entries (`- term: …`), but it is `劳模精神`\n"
                + "  hint: give `keywords` a list of entries (`- term: …`)",
            "k.yml:2:12: error: `discovery` must be a group of `setting: number` lines, but it is `3`\n"
                + "  hint: give `discovery` a group of `setting: number` lines",
        ])
    }
}
