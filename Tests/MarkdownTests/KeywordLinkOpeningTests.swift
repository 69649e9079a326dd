@testable import Markdown
import PortalSupport
import Testing

/// Keyword links kept apart from the body HTML (`BodyLinking.keywordLinkTags`): the body put back
/// together is byte for byte the HTML rendered with the links in place, and the tags are really taken out.
@Suite struct KeywordLinkOpeningTests {
    static func apart(_ linking: BodyLinking, terms: Int) -> BodyLinking {
        var linking = linking
        linking.keywordLinkTags = (0..<terms).map { index in
            linking.keywordLink(KeywordID(index)).map { KeywordLinkOpening.tag(href: $0.href, title: $0.title) } ?? []
        }
        return linking
    }

    static let markdown = """
        ## 两个确立

        深刻领悟“两个确立”的决定性意义，[两个确立](https://example.com)，推进产业工人队伍建设改革。

        - 产业工人 & 劳模精神
        - *劳模精神*与工匠精神

        `代码里的工匠精神`，[已有链接](../../keywords/工匠精神/index.html "关键词：工匠精神")在前，工匠精神在后。
        """

    @Test(arguments: [
        ["两个确立", "产业工人队伍建设改革", "产业工人", "劳模精神", "工匠精神"],
        ["A&B's <x>", "\"引号\""],
    ])
    func bodyPutBackTogetherIsTheRenderedHTML(terms: [String]) {
        let linking = MarkdownRendererTests.linking(terms)
        let text = Self.markdown + "\n\n" + terms.joined(separator: "，") + "。\n"
        let whole = MarkdownRenderer.render(text, linking: linking)
        let apart = MarkdownRenderer.render(text, linking: Self.apart(linking, terms: terms.count))
        #expect(whole.keywordLinkOpenings.isEmpty)
        #expect(!apart.keywordLinkOpenings.isEmpty)
        #expect(apart.html.utf8.count < whole.html.utf8.count)
        #expect(apart.html { keyword in linking.keywordLink(keyword).map { KeywordLinkOpening.tag(href: $0.href, title: $0.title) } ?? [] } == whole.html)
        #expect(apart.blocks == whole.blocks)
        #expect(apart.keywordUses == whole.keywordUses)
    }

    @Test func everyOpeningTagOfALinkedKeywordIsTakenOut() {
        let terms = ["两个确立", "产业工人", "劳模精神", "工匠精神"]
        let apart = MarkdownRenderer.render(Self.markdown, linking: Self.apart(MarkdownRendererTests.linking(terms), terms: terms.count))
        #expect(apart.keywordLinkOpenings.map(\.keyword) == (0..<4).map { KeywordID($0) })
        #expect(!apart.html.contains("<a href=\"../../keywords/%E4%BA%A7"))
        // The editor's own link to a keyword page stays as written.
        #expect(apart.html.components(separatedBy: "<a href=\"../../keywords/").count == 2)
        #expect(apart.html.contains("<a href=\"https://example.com\">"))
    }

    @Test func tagIsWhatCmarkWrites() {
        #expect(String(decoding: KeywordLinkOpening.tag(href: "../k/工/index.html", title: "关键词：A&B"), as: UTF8.self)
            == "<a href=\"../k/%E5%B7%A5/index.html\" title=\"关键词：A&amp;B\">")
        #expect(String(decoding: KeywordLinkOpening.tag(href: "a'b&c", title: ""), as: UTF8.self)
            == "<a href=\"a&#x27;b&amp;c\">")
    }
}
