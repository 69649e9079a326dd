import Testing
@testable import SpeechText

/// Each numbering pattern, the level rule and the lead-sentence rule.
struct HeadingTests {
    static func outline(_ text: String) -> [String] {
        SpeechConverter.convert(text).outline.map { "\($0.level) \($0.text)" }
    }

    @Test(arguments: [
        ("第一，坚持党的领导\n正文。\n第二，发挥主力军作用\n正文。", ["2 第一，坚持党的领导", "2 第二，发挥主力军作用"]),
        ("一、抓好学习贯彻\n正文。\n二、突出两个重点", ["2 一、抓好学习贯彻", "2 二、突出两个重点"]),
        ("（一）全角括号\n正文。\n(二)半角括号\n（三)混合括号", ["2 （一）全角括号", "2 (二)半角括号", "2 （三)混合括号"]),
        ("1.点号\n2、顿号\n3．全角点\n４.全角数字", ["2 1.点号", "2 2、顿号", "2 3．全角点", "2 ４.全角数字"]),
        ("（1）全角\n(2)半角", ["2 （1）全角", "2 (2)半角"]),
        ("一是抓好维权服务工作。\n正文。\n二是抓好基层基础建设。", ["2 一是抓好维权服务工作。", "2 二是抓好基层基础建设。"]),
        ("一要增强政治意识\n二要强化理论武装", ["2 一要增强政治意识", "2 二要强化理论武装"]),
        ("十、第十项\n十一、第十一项\n二十一、第二十一项", ["2 十、第十项", "2 十一、第十一项", "2 二十一、第二十一项"]),
    ])
    func eachPattern(_ text: String, _ expected: [String]) {
        #expect(Self.outline(text) == expected)
    }

    @Test func levelsFollowFirstAppearance() {
        let text = """
            一、第一部分
            （一）第一节
            1. 第一条
            （1）第一款
            一是第一点
            （二）第二节
            二、第二部分
            """
        #expect(Self.outline(text) == ["2 一、第一部分", "3 （一）第一节", "4 1. 第一条", "5 （1）第一款",
                                       "6 一是第一点", "3 （二）第二节", "2 二、第二部分"])
        let markdown = SpeechConverter.convert(text).markdown
        #expect(markdown.hasPrefix("## 一、第一部分\n\n### （一）第一节\n\n#### 1. 第一条\n\n##### （1）第一款\n\n###### 一是第一点\n"))
    }

    @Test func aSpeechThatStartsLowerStillStartsAtLevelTwo() {
        #expect(Self.outline("（一）第一节\n正文。\n（二）第二节") == ["2 （一）第一节", "2 （二）第二节"])
    }

    @Test func deepNestingIsCappedAtSix() {
        let result = SpeechConverter.convert("第一，甲\n一、乙\n（一）丙\n1.丁\n（1）戊\n一是己\n一要庚")
        #expect(result.outline.map(\.level) == [2, 3, 4, 5, 6, 6, 6])
        #expect(result.checks.map(\.description).contains { $0.contains("deeper than ######") })
    }

    @Test func leadSentenceThatGoesOnBecomesHeadingPlusParagraph() {
        let result = SpeechConverter.convert("一、捍卫“两个确立”，做到“两个维护”。工会党组要以党的政治建设为统领。")
        #expect(result.outline == [OutlineEntry(level: 2, text: "一、捍卫“两个确立”，做到“两个维护”。", line: 1)])
        #expect(result.markdown == "## 一、捍卫“两个确立”，做到“两个维护”。\n\n工会党组要以党的政治建设为统领。\n")
    }

    @Test func sentenceEndsInsideQuotesDoNotSplit() {
        let result = SpeechConverter.convert("一是要对标“做好工作。”要求，始终保持方向。工会工作做的是群众工作。")
        #expect(result.outline.map(\.text) == ["一是要对标“做好工作。”要求，始终保持方向。"])
    }

    @Test func longNumberedLineStaysAParagraph() {
        let long = "一是要按照两个会议的重要指示精神和确定的各项目标任务，与贯彻落实市委的全会和全市经济工作会议精神结合起来，"
            + "精心谋划好全市工会工作的重点，确保各项工作任务落到实处。"
        let result = SpeechConverter.convert(long)
        #expect(result.outline.isEmpty)
        #expect(result.markdown == long + "\n")
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("line 1: 「一是要按照") && $0.contains("too long for a heading") })
    }

    @Test func shortNumberedLineWithoutSentenceEndIsAHeading() {
        #expect(Self.outline("一、抓好学习贯彻，把牢正确政治方向，在勇当排头兵上有新作为") ==
            ["2 一、抓好学习贯彻，把牢正确政治方向，在勇当排头兵上有新作为"])
    }

    @Test func aLineContinuingItsOwnSeriesIsAnInlineList() {
        let result = SpeechConverter.convert("一是坚持政治引领。二是坚持服务优先。")
        #expect(result.outline.isEmpty)
        #expect(result.markdown == "**一是坚持政治引领**。**二是坚持服务优先**。\n")
    }

    @Test func notNumbering() {
        for line in ["10月23日，习近平总书记发表重要讲话。", "1.5亿元的投入。", "2025年全市工会工作。", "一方面要落实好整改工作。",
                     "一二九运动的精神。", "第一次全委会议召开。", "十分重要的工作。", "（扩大）会议。", "(a) 不是编号。"] {
            #expect(SpeechConverter.convert(line).outline.isEmpty, "\(line)")
        }
    }

    @Test func numberingGapsAreReported() {
        let result = SpeechConverter.convert("一、甲\n（一）子\n（二）丑\n三、丙\n（一）寅")
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("line 4: heading 「三、丙」 is number 3 where 2 was expected") })
        // （一） restarts after a new upper heading: no complaint about line 5.
        #expect(!result.checks.map(\.description).contains { $0.hasPrefix("line 5") })
    }

    @Test func invertedHierarchyIsReported() {
        let result = SpeechConverter.convert("（一）子\n一、甲")
        #expect(result.outline.map(\.level) == [2, 3])
        #expect(result.checks.map(\.description).contains { $0.contains("一、 headings appear below （一） headings") })
    }
}
