import Testing
@testable import SpeechText

/// The outline as a tree: levels by nesting, lists, consistent series, restarts, section words.
struct OutlineTests {
    static func outline(_ text: String) -> [String] {
        SpeechConverter.convert(text).outline.map { "\($0.level) \($0.text)" }
    }

    @Test func levelsFollowTheNestingInEachSection() {
        // 一是 directly under 一、 is ###, even though （一） appeared first elsewhere as ###.
        let text = "一、甲\n（一）子\n正文。\n二、乙\n一是加强学习。\n正文。\n二是改进作风。\n正文。\n三、丙"
        #expect(Self.outline(text) == ["2 一、甲", "3 （一）子", "2 二、乙", "3 一是加强学习。", "3 二是改进作风。", "2 三、丙"])
    }

    @Test func semicolonItemsAreAList() {
        let text = "一、甲\n要做好以下工作：\n1.深化集体协商；\n2.加强法律监督；\n3.完善调解机制。\n二、乙"
        let result = SpeechConverter.convert(text)
        #expect(result.outline.map(\.text) == ["一、甲", "二、乙"])
        #expect(result.markdown.contains("\n1\\.深化集体协商；\n\n2\\.加强法律监督；\n"))
        #expect(result.checks.map(\.description).contains("lines 3–5: 1. lines ending in ； read as a list, not headings"))
    }

    @Test func aRestartInsideASectionThatGoesOnIsAList() {
        let text = "一、甲\n正文。\n二、乙\n正文。\n三、丙\n一、坚持稳中求进\n二、坚持改革创新\n四、丁"
        let result = SpeechConverter.convert(text)
        #expect(result.outline.map(\.text) == ["一、甲", "二、乙", "三、丙", "四、丁"])
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("lines 6–7: the 一、 numbering starts again inside a section") })
    }

    @Test func aRestartAfterWhichTheFirstRunStopsIsANewRun() {
        // Two parts numbered separately, without part headings: both runs are top-level headings.
        let text = "一、甲\n正文。\n二、乙\n正文。\n一、丙\n正文。\n二、丁\n正文。"
        #expect(Self.outline(text) == ["2 一、甲", "2 二、乙", "2 一、丙", "2 二、丁"])
        #expect(SpeechConverter.convert(text).checks.map(\.description).contains { $0.hasPrefix("line 5: the 一、 numbering starts again") })
    }

    @Test func wholeSentencesInARowAreAList() {
        let text = "一、甲\n1.加强组织领导。\n2.强化督促检查。\n3.营造良好氛围。\n二、乙"
        #expect(Self.outline(text) == ["2 一、甲", "2 二、乙"])
        // With text under each, the same lines are headings.
        let headed = "一、甲\n1.加强组织领导。\n正文。\n2.强化督促检查。\n正文。\n二、乙"
        #expect(Self.outline(headed) == ["2 一、甲", "3 1.加强组织领导。", "3 2.强化督促检查。", "2 二、乙"])
    }

    @Test func aHeadingSeriesIsConsistent() {
        // 一是 has a first sentence too long for a heading alone, but 二是 and 三是 are headings: 一是 is split too.
        let lead = "一是要坚持把学习贯彻全会精神作为首要政治任务，通过举办培训班、开展专题宣讲等多种形式推动全会精神深入基层、深入职工，真正做到入脑入心。"
        let text = lead + "要把学习成果转化为推动工作的动力。\n二是要聚焦中心任务。\n正文。\n三是要做好服务工作。\n正文。"
        #expect(Self.outline(text) == ["2 " + lead, "2 二是要聚焦中心任务。", "2 三是要做好服务工作。"])
        #expect(SpeechConverter.convert(text).checks.map(\.description).contains { $0.contains("has a long lead sentence but the rest of its series") })
    }

    @Test func aSeriesStartingAtTwoTakesItsFirstItemFromTheParagraphAbove() {
        let text = "第二，要弘扬劳模精神\n今年要做好三项工作。一是加强宣传引导。讲好劳模故事。\n二是完善制度保障。落实劳模待遇。\n三是搭建成长平台。依托创新工作室。"
        let result = SpeechConverter.convert(text)
        #expect(result.outline.map { "\($0.level) \($0.text) @\($0.line)" } == [
            "2 第二，要弘扬劳模精神 @1", "3 一是加强宣传引导。 @2", "3 二是完善制度保障。 @3", "3 三是搭建成长平台。 @4",
        ])
        #expect(result.markdown.contains("今年要做好三项工作。\n\n### 一是加强宣传引导。\n\n讲好劳模故事。\n"))
    }

    @Test func aLeadHeadingWhoseParagraphHoldsTheFirstItem() {
        let text = "（二）加强自身建设。一是加强思想建设。要深入学习。\n二是加强作风建设。要改进作风。"
        #expect(Self.outline(text) == ["2 （二）加强自身建设。", "3 一是加强思想建设。", "3 二是加强作风建设。"])
    }

    @Test func sectionWordsBecomeTopLevelHeadingsWhenTheTextHasSections() {
        let text = "一、甲\n正文。\n二、乙\n正文。\n结束语\n让我们共同努力。"
        #expect(Self.outline(text) == ["2 一、甲", "2 二、乙", "2 结束语"])
        let alone = SpeechConverter.convert("正文。\n结束语\n让我们共同努力。")
        #expect(alone.outline.isEmpty)
        #expect(alone.checks.map(\.description).contains { $0.contains("looks like a section heading, but the text has no numbered sections") })
        #expect(SectionWord.matches(Array("附件1".unicodeScalars)) && SectionWord.matches(Array("结语：".unicodeScalars)))
        #expect(!SectionWord.matches(Array("总结经验".unicodeScalars)))
    }

    @Test func partsAndBareNumerals() {
        let parts = "第一部分　工作回顾\n一、甲\n正文。\n二、乙\n第二部分　主要任务\n一、丙\n正文。\n二、丁"
        #expect(Self.outline(parts) == ["2 第一部分　工作回顾", "3 一、甲", "3 二、乙", "2 第二部分　主要任务", "3 一、丙", "3 二、丁"])
        let old = "一\n上半年生产情况是好的。\n二\n（一）计划管理薄弱。有些计划不切实际。\n（二）质量不够稳定。返工损失较大。\n三\n下半年要做好工作。"
        #expect(Self.outline(old) == ["2 一", "2 二", "3 （一）计划管理薄弱。", "3 （二）质量不够稳定。", "2 三"])
        #expect(Numbering.parse(Array("第一部分内容是".unicodeScalars), at: 0, end: 7) == nil)
    }

    @Test func deepRestartsStayBounded() {
        // Alternating restarts would nest without end; the open series are capped and the text is kept.
        let text = String(repeating: "一、甲\n（一）乙\n", count: 2_000)
        let result = SpeechConverter.convert(text)
        #expect(result.outline.allSatisfy { $0.level <= 6 })
        #expect(result.markdown.components(separatedBy: "\n\n").count == 4_000)
    }
}
