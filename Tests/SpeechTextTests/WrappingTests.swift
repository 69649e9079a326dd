import Testing
@testable import SpeechText

/// Lines wrapped mid-sentence (PDF copies) are joined; text typed one paragraph per line is not.
/// And the rule callers use to tell pasted text in a `.md` file from Markdown.
struct WrappingTests {
    static let wrapped = """
        同志们：
        今天，全市职工职业技能大赛在这里隆重开幕了。在此，我谨代表
        市总工会，向大赛的顺利开幕表示热烈的祝贺！向精心筹办本次大
        赛的各承办单位和全体工作人员表示衷心的感谢！
        一、大赛是展示职工技能风采的重要舞台
        本届大赛共设置电工、焊工、数控车工、汽车维修工等十二个竞赛
        项目，来自全市各行各业的一千二百余名职工报名参赛。
        """

    @Test func linesBrokenMidSentenceAreJoined() {
        let result = SpeechConverter.convert(Self.wrapped)
        #expect(result.joins.map(\.lines) == [2...4, 6...7])
        #expect(result.outline.map(\.text) == ["一、大赛是展示职工技能风采的重要舞台"])
        #expect(result.bodyMarkdown.contains("在此，我谨代表市总工会，向大赛"))
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("lines 2–4, 6–7: 2 paragraph(s) were wrapped mid-sentence") })
        let first = result.joins[0]
        #expect(first.breaks.count == 2 && first.insertedSpace == [false, false])
    }

    @Test func oneParagraphPerLineIsNeverJoined() {
        // Two unpunctuated subheadings of equal width, between long paragraphs of every width.
        let text = """
            在全市工会劳动保护工作会议上的讲话
            　　同志们：
            　　今天我们召开全市工会劳动保护工作会议，主要任务是总结去年工作，分析当前形势，部署今年的工会劳动保护工作。
            　　坚持人民至上、生命至上的理念
            　　安全生产事关人民群众生命财产安全，事关改革发展稳定大局。各级工会要牢固树立安全发展理念，坚决守住安全生产底线。
            　　发挥群众性安全生产监督作用
            　　要深入开展“安康杯”竞赛活动，组织职工开展隐患排查治理，推动企业落实安全生产主体责任。
            """
        #expect(SpeechConverter.convert(text).joins.isEmpty)
    }

    @Test func indentedLinesStartParagraphs() {
        // Where paragraphs start with 　　, an indented line is never a continuation, even after an unfinished line.
        let text = """
            同志们：
            　　今天，全市职工职业技能大赛在这里隆重开幕了。在此，我谨
            代表市总工会，向大赛的顺利开幕表示热烈的祝贺！向精心筹办本
            　　次大赛的各承办单位和全体工作人员表示衷心的感谢！
            """
        #expect(SpeechConverter.convert(text).joins.map(\.lines) == [2...3])
    }

    @Test func aBlankLineOrAHeadingStopsAJoin() {
        let text = """
            今天，全市职工职业技能大赛在这里隆重开幕了。在此，我谨代表

            市总工会，向大赛的顺利开幕表示热烈的祝贺！向精心筹办本次大
            一、大赛是展示职工技能风采的重要舞台
            本届大赛共设置电工、焊工、数控车工、汽车维修工等十二个竞赛
            项目，来自全市各行各业的一千二百余名职工报名参赛。
            """
        #expect(SpeechConverter.convert(text).joins.map(\.lines) == [5...6])
    }

    @Test func asciiWordsKeepTheirSpace() {
        let text = """
            我们要积极参与共建“一带一路”，深化同沿线国家的合作，推动Belt
            and Road Initiative走深走实，办好每一个合作项目，让成果更好惠及各
            国人民。
            """
        let result = SpeechConverter.convert(text)
        #expect(result.joins.first?.insertedSpace == [true, false])
        #expect(result.bodyMarkdown.contains("推动Belt and Road"))
    }

    @Test(arguments: [
        ("　　第一段，用全角空格缩进的一行一段的文字。\n　　第二段，也是这样缩进的一行。", true),
        ("第一段是很长的一行文字，段与段之间没有空行，直接接着第二段文字内容。\n第二段也是很长的一行文字，段与段之间没有空行，直接接着第三段。\n"
            + "第三段同样是很长的一行文字，段与段之间没有空行，这是从网页复制来的。", true),
        ("第一段是很长的一行文字，段与段之间有空行，这是 Markdown 的写法。\n\n第二段也是很长的一行文字，段与段之间有空行，这是写法。\n\n"
            + "第三段同样是很长的一行文字，段与段之间有空行，很规范的。", false),
        ("## 一、标题\n　　第一段，用全角空格缩进的一行一段的文字。\n　　第二段，也是这样缩进的一行。", false),
        ("　　第一段有[链接](http://example.cn)的文字。\n　　第二段。", false),
        ("- 列表项一\n- 列表项二", false),
        ("短行\n短行\n短行", false),
    ])
    func pastedTextInAMarkdownBody(_ body: String, _ pasted: Bool) {
        let assessment = PastedText.assess(body)
        #expect(assessment.looksPasted == pasted, "\(assessment.reason)")
    }

    @Test func pastedTextReasons() {
        #expect(PastedText.assess("# 标题\n正文").markdownLine == 1)
        #expect(PastedText.assess("　　甲。\n　　乙。").reason.hasPrefix("2 lines start with a full-width space"))
        #expect(PastedText.assess("正文。\r\n\r\n1) 列表").markdownLine == 3)
        #expect(!PastedText.isMarkdown("1.加强组织领导"[...]))
        #expect(PastedText.isMarkdown("   ---"[...]) && PastedText.isMarkdown("| 表 | 格 |"[...]))
    }
}
