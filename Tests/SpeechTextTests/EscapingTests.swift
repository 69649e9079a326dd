import Testing
@testable import SpeechText

/// Everything Markdown would interpret is escaped exactly once.
struct EscapingTests {
    static func body(_ line: String) -> String {
        SpeechConverter.convert(line).markdown
    }

    @Test(arguments: [
        ("a*b", "a\\*b"), ("a_b", "a\\_b"), ("a#b", "a\\#b"), ("a[b]c", "a\\[b\\]c"), ("a<b>c", "a\\<b\\>c"),
        ("a\\b", "a\\\\b"), ("a`b", "a\\`b"), ("a&amp;b", "a\\&amp;b"), ("a|b", "a\\|b"), ("a~b", "a\\~b"),
        ("a!b", "a\\!b"), ("a+b-c=d", "a+b-c=d"), ("a.b)c", "a.b)c"),
    ])
    func everywhere(_ source: String, _ markdown: String) {
        #expect(Self.body("正文" + source) == "正文" + markdown + "\n")
    }

    @Test(arguments: [
        ("+ 列表", "\\+ 列表"), ("- 列表", "\\- 列表"), ("---", "\\---"), ("===", "\\==="), ("= 号", "\\= 号"),
        ("100. 列表", "100\\. 列表"), ("12) 列表", "12\\) 列表"), ("2025.3 版本", "2025\\.3 版本"), ("# 标题", "\\# 标题"),
        ("> 引用", "\\> 引用"), ("* 列表", "\\* 列表"), ("```", "\\`\\`\\`"), ("~~~", "\\~\\~\\~"),
        ("<div>", "\\<div\\>"), ("[a]: http://x", "\\[a\\]: http://x"), ("|a|b|", "\\|a\\|b\\|"),
    ])
    func atLineStart(_ source: String, _ markdown: String) {
        #expect(Self.body(source) == markdown + "\n")
    }

    @Test func redactionMarksStayLiteral() {
        #expect(Self.body("凝聚起加快建设中国式现代化新**磅礴伟力。") == "凝聚起加快建设中国式现代化新\\*\\*磅礴伟力。\n")
        #expect(Self.body("持续开展“**省百万职工劳动竞赛”") == "持续开展“\\*\\*省百万职工劳动竞赛”\n")
        #expect(Self.body("X同志向大家全面传达了x个行业的精神。") == "X同志向大家全面传达了x个行业的精神。\n")
    }

    @Test func backslashesAreEscapedOnceNotInterpreted() {
        #expect(Self.body("已转义\\*不是强调") == "已转义\\\\\\*不是强调\n")
        #expect(Self.body("行尾反斜杠\\") == "行尾反斜杠\\\\\n")
    }

    @Test func headingsAreEscapedToo() {
        let result = SpeechConverter.convert("第二，要履行基本职责，在推进中国式现代化新**建设中 #")
        #expect(result.markdown == "## 第二，要履行基本职责，在推进中国式现代化新\\*\\*建设中 \\#\n")
        #expect(result.outline.first?.text == "第二，要履行基本职责，在推进中国式现代化新**建设中 #")
    }

    @Test func boldLeadsKeepTheirPunctuationOutside() {
        let markdown = Self.body("增强政治定力。把坚持党的领导作为原则。\n强化政治引领。发扬好工会光荣传统。")
        #expect(markdown == "**增强政治定力**。把坚持党的领导作为原则。\n\n**强化政治引领**。发扬好工会光荣传统。\n")
    }

    @Test(.enabled(if: CmarkCLI.isAvailable, CmarkCLI.skipMessage))
    func cmarkRendersEscapesAsLiterals() throws {
        let html = try CmarkCLI.render(Self.body("正文&amp;a*b*_c_ `d` <b>e</b> [f](g) ![h](i) \\ ~j~ |k|"))
        #expect(html == "<p>正文&amp;amp;a*b*_c_ `d` &lt;b&gt;e&lt;/b&gt; [f](g) ![h](i) \\ ~j~ |k|</p>\n")
        let bold = try CmarkCLI.render(Self.body("增强政治定力。把坚持。\n强化“政治”引领。发扬。"))
        #expect(bold == "<p><strong>增强政治定力</strong>。把坚持。</p>\n<p><strong>强化“政治”引领</strong>。发扬。</p>\n")
    }

    @Test func flankingRules() {
        // `**增强政治定力。**把`: punctuation before, letter after: cannot close.
        #expect(!EmphasisFlanking.canClose(before: "。", after: "把"))
        #expect(EmphasisFlanking.canClose(before: "力", after: "。"))
        #expect(EmphasisFlanking.canOpen(before: "。", after: "“"))
        #expect(!EmphasisFlanking.canOpen(before: "字", after: "“"))
        #expect(!EmphasisFlanking.canOpen(before: nil, after: " "))
        #expect(EmphasisFlanking.canClose(before: "”", after: nil))
        #expect(EmphasisFlanking.isWhitespace("\u{3000}"))
        #expect(EmphasisFlanking.isPunctuation("、") && !EmphasisFlanking.isPunctuation("工"))
    }
}
