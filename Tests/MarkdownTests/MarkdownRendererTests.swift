@testable import Markdown
import PortalSupport
import Testing

@Suite struct MarkdownRendererTests {
    /// A matcher for tests: finds every occurrence of each term by plain search.
    static func linking(_ terms: [String]) -> BodyLinking {
        let encoded = terms.map { Array($0.utf8) }
        return BodyLinking(
            findKeywords: { buffer in
                var occurrences: [KeywordMatch] = []
                for position in 0..<buffer.count {
                    for (keyword, term) in encoded.enumerated() where position + term.count <= buffer.count
                        && buffer[position..<position + term.count].elementsEqual(term) {
                        occurrences.append(KeywordMatch(keyword: KeywordID(keyword), start: position, end: position + term.count))
                    }
                }
                // Visible: leftmost-longest, non-overlapping.
                var visible: [KeywordMatch] = []
                for occurrence in occurrences.sorted(by: { ($0.start, $1.end) < ($1.start, $0.end) })
                where occurrence.start >= (visible.last?.end ?? 0) {
                    visible.append(occurrence)
                }
                return KeywordMentions(uses: KeywordMentions.uses(among: occurrences), visible: visible)
            },
            keywordLink: { ("../../keywords/\(terms[$0.index])/index.html", "关键词：\(terms[$0.index])") },
            resolveLink: { $0.hasSuffix(".md") ? ($0 == "missing.md" ? .broken : .rewrite("../other/index.html")) : .keep })
    }

    @Test func headingsAndParagraphsGetIds() {
        let body = MarkdownRenderer.render("## 第一，要坚持党的领导\n\n同志们：\n\n## 第一，要坚持党的领导\n")
        let paragraph = ParagraphAnchor.base(forText: "同志们：")
        #expect(body.blocks.map(\.anchor) == ["第一-要坚持党的领导", paragraph, "第一-要坚持党的领导-2"])
        #expect(body.blocks.map(\.paragraphNumber) == [0, 1, 0])
        #expect(body.html.contains("<h2 id=\"第一-要坚持党的领导\">"))
        #expect(body.html.contains("<p id=\"\(paragraph)\">"))
        #expect(body.headings.count == 2)
    }

    @Test func lineBreaksBetweenChineseCharactersDisappear() {
        let body = MarkdownRenderer.render("工会组织\n要坚持\nEnglish\nwords\n")
        #expect(body.blocks[0].text == "工会组织要坚持\nEnglish\nwords")
        #expect(body.html.contains("工会组织要坚持\nEnglish\nwords"))
    }

    @Test func safeModeDropsRawHTMLAndScriptLinks() {
        let body = MarkdownRenderer.render("文字<script>alert(1)</script>[链接](javascript:alert(1))\n\n<div>块</div>\n")
        #expect(!body.html.contains("<script"))
        #expect(!body.html.contains("javascript:"))
        #expect(!body.html.contains("<div"))
    }

    @Test func firstMentionOfEachKeywordIsLinkedOutsideHeadingsAndLinks() {
        let markdown = """
            ## 两个确立

            深刻领悟“两个确立”的决定性意义，坚决拥护“两个确立”，[两个确立](https://example.com)。

            产业工人队伍建设改革和产业工人。
            """
        let body = MarkdownRenderer.render(markdown, linking: Self.linking(["两个确立", "产业工人", "产业工人队伍建设改革"]))
        // cmark percent-encodes the Chinese in hrefs, as URLs require.
        #expect(body.html.components(separatedBy: "title=\"关键词：两个确立\"").count == 2)
        #expect(body.html.contains("%E6%94%B9%E9%9D%A9/index.html\" title=\"关键词：产业工人队伍建设改革\">产业工人队伍建设改革</a>"))
        #expect(body.html.contains("title=\"关键词：产业工人\">产业工人</a>"))
        // Two in the heading and paragraph text, none inside the external link's text; 产业工人 is used twice,
        // once inside the longer keyword (which alone is linked there).
        #expect(body.keywordUses.filter { $0.keyword == 0 }.count == 3)
        #expect(body.keywordUses.filter { $0.keyword == 2 }.count == 1)
        #expect(body.keywordUses.filter { $0.keyword == 1 }.count == 2)
        // Each block knows its uses; offsets are into the block's own text.
        #expect(body.blocks.map(\.keywordUses) == [0..<1, 1..<3, 3..<6])
        let hit = body.keywordUses(inBlock: 1).first!
        let text = Array(body.blocks[1].text.utf8)
        #expect(String(decoding: text[hit.range], as: UTF8.self) == "两个确立")
    }

    @Test func linksToSpeechFilesAreRewrittenOrReported() {
        let body = MarkdownRenderer.render("见[另一篇](other.md)。\n\n再见[缺失的](missing.md)。\n", linking: Self.linking([]))
        #expect(body.html.contains("href=\"../other/index.html\""))
        #expect(body.brokenLinks == [BodyLinkIssue(problem: .missingSpeech, destination: "missing.md", line: 3, column: 3)])
    }

    @Test func unsafeLinksAreRemovedAndTheirTextKept() {
        let body = MarkdownRenderer.render("[点我](javascript:alert(1)) [图](JaVaScript:x) ![x](data:text/html,1) ![y](data:image/png;base64,AA==) [好](https://example.org)\n")
        #expect(body.html.contains("点我 图"))
        #expect(!body.html.lowercased().contains("javascript") && !body.html.contains("data:text"))
        #expect(body.html.contains("<img src=\"data:image/png;base64,AA==\" alt=\"y\" />"))
        #expect(body.html.contains("<a href=\"https://example.org\">好</a>"))
        #expect(body.brokenLinks.map(\.problem) == [.unsafe, .unsafe, .unsafe])
    }

    @Test func redactionMarksStayLiteral() {
        let body = MarkdownRenderer.render("加快建设中国式现代化新\\*\\*磅礴伟力，“\\*\\*省百万职工”，X同志，x元\n")
        #expect(body.blocks[0].text == "加快建设中国式现代化新**磅礴伟力，“**省百万职工”，X同志，x元")
        #expect(!body.html.contains("<em>") && !body.html.contains("<strong>"))
    }

    @Test func tightListParagraphsGetSpans() {
        let body = MarkdownRenderer.render("- 一\n- 二\n")
        #expect(body.html.contains("<span id=\"\(ParagraphAnchor.base(forText: "一"))\">"))
        #expect(!body.html.contains("<p"))
    }

    @Test func countsReadableCharacters() {
        let body = MarkdownRenderer.render("同志们：\n\n我讲三点，abc 12。\n")
        #expect(body.characterCount == 3 + 4 + 3 + 2)
    }
}
