import Testing
@testable import SpeechText

/// Title, salutation, closing, lead-ins, inline series, date and occasion.
struct StructureTests {
    @Test func titleWithLeadingSpaces() {
        for prefix in [" ", "\u{3000}\u{3000}", "\t", "\u{00A0}"] {
            let result = SpeechConverter.convert(prefix + "在工会系统理论培训班上的动员讲话\n\n同志们：\n正文。")
            #expect(result.title == "在工会系统理论培训班上的动员讲话")
            #expect(result.occasion == "工会系统理论培训班")
            #expect(result.markdown == "同志们：\n\n正文。\n")
        }
    }

    @Test(arguments: ["同志们：", "今天我们召开会议。", "一、抓好学习贯彻", "2023年3月5日", "我就讲这么多，谢谢大家",
                      "党的二十大报告站位高远、思想深邃、内涵丰富，", String(repeating: "很长的标题", count: 11)])
    func notATitle(_ first: String) {
        let result = SpeechConverter.convert(first + "\n正文。")
        #expect(result.title == nil)
        #expect(result.checks.map(\.description).first == "no title line found: the title was left empty")
    }

    @Test func aSingleLineIsBodyNotTitle() {
        #expect(SpeechConverter.convert("在工会会议上的讲话").title == nil)
    }

    @Test(arguments: [
        ("在市总工会X届X次全委会议的讲话", "市总工会X届X次全委会议"),
        ("在工会系统理论培训班上的动员讲话", "工会系统理论培训班"),
        ("张三同志在全市工会工作会议上的讲话（摘要）", "全市工会工作会议"),
        ("凝心聚力谱新篇——在市总工会十五届三次全委（扩大）会议上的报告", "市总工会十五届三次全委（扩大）会议"),
        ("在劳模表彰大会开幕式上的致辞", "劳模表彰大会开幕式"),
    ])
    func occasionFromTitle(_ title: String, _ occasion: String) {
        #expect(SpeechConverter.convert(title + "\n正文。").occasion == occasion)
    }

    @Test func occasionFromSubtitleLine() {
        let result = SpeechConverter.convert("凝心聚力谱写新篇章\n——在全市工会工作会议上的讲话\n正文。")
        #expect(result.title == "凝心聚力谱写新篇章")
        #expect(result.occasion == "全市工会工作会议")
        #expect(result.markdown.hasPrefix("——在全市工会工作会议上的讲话\n"))
    }

    @Test func titleWithoutOccasionIsReported() {
        let result = SpeechConverter.convert("坚持党的领导\n正文。")
        #expect(result.occasion == nil)
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("no occasion found") })
    }

    @Test func salutationRules() {
        #expect(SpeechConverter.convert("同志们：今天我们召开会议。").markdown == "同志们：\n\n今天我们召开会议。\n")
        #expect(SpeechConverter.convert("各位代表、同志们： 今天开会。").markdown == "各位代表、同志们：\n\n今天开会。\n")
        // A greeting followed by a comma belongs to its sentence.
        #expect(SpeechConverter.convert("同志们，今天我们在这里召开会议。").markdown == "同志们，今天我们在这里召开会议。\n")
        #expect(SpeechConverter.convert("同志们：\n正文。").markdown == "同志们：\n\n正文。\n")
    }

    @Test func closingIsSplitOffTheLastLine() {
        let result = SpeechConverter.convert("正文。\n让我们共同努力。我就讲这么多，谢谢大家！")
        #expect(result.markdown == "正文。\n\n让我们共同努力。\n\n我就讲这么多，谢谢大家！\n")
        // Only the last line: a closing-looking sentence earlier stays where it is.
        let middle = SpeechConverter.convert("努力。谢谢大家！\n最后一段。")
        #expect(middle.markdown == "努力。谢谢大家！\n\n最后一段。\n")
        #expect(SpeechConverter.convert("正文。\n我就讲这么多，谢谢大家！").markdown == "正文。\n\n我就讲这么多，谢谢大家！\n")
    }

    @Test func loneShortFirstSentenceIsNotBold() {
        let markdown = SpeechConverter.convert("政治安全是最大的安全、最根本的安全。要认真贯彻总体国家安全观。").markdown
        #expect(!markdown.contains("**"))
    }

    @Test func leadInsNeedNoCommaAndAShortSentence() {
        let markdown = SpeechConverter.convert("增强政治定力，把坚持党的领导作为原则。\n强化政治引领。发扬好传统。").markdown
        #expect(!markdown.contains("**"))
        let long = SpeechConverter.convert("竭诚服务职工群众是工会一切工作的出发点和落脚点。要以维护为重点。\n强化引领。发扬。").markdown
        #expect(!long.contains("**"))
    }

    @Test func inlineSeriesAllOrNothing() {
        let text = "做了大量工作。一是坚持政治引领。扎实抓好学习。二是坚持服务优先。开展竞赛。三是坚持实干实效。推进建设。"
        #expect(SpeechConverter.convert(text).markdown ==
            "做了大量工作。**一是坚持政治引领**。扎实抓好学习。**二是坚持服务优先**。开展竞赛。**三是坚持实干实效**。推进建设。\n")
        let mixed = "工作。一要增强政治意识，要始终把政治建设放在首位。二要强化理论武装。近期要学习。三要突出宣传引领。"
        #expect(!SpeechConverter.convert(mixed).markdown.contains("**"))
        let gap = "工作。一是坚持引领。二是坚持服务。四是坚持实效。"
        #expect(SpeechConverter.convert(gap).markdown == "工作。**一是坚持引领**。**二是坚持服务**。四是坚持实效。\n")
    }

    @Test(arguments: [
        ("2023年3月5日", TextDate(year: 2023, month: 3, day: 5)), ("（2023年3月5日）", TextDate(year: 2023, month: 3, day: 5)),
        ("(2023年3月)", TextDate(year: 2023, month: 3)), ("2023年", TextDate(year: 2023)),
        ("二〇二三年三月十五日", TextDate(year: 2023, month: 3, day: 15)), ("2023-03-05", TextDate(year: 2023, month: 3, day: 5)),
        ("2024.2.29", TextDate(year: 2024, month: 2, day: 29)), ("２０２３年１２月", TextDate(year: 2023, month: 12)),
    ])
    func dateLines(_ line: String, _ date: TextDate) {
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n" + line + "\n正文。")
        #expect(result.date == date)
        #expect(result.markdown.hasSuffix("\n\n正文。\n"))
        #expect(result.outline.isEmpty)
    }

    @Test(arguments: ["2023年2月29日", "2023年13月", "研究部署2025年全市工会工作。", "10月23日", "1899年", "2023-13", "2023.3.5.1"])
    func notADate(_ line: String) {
        #expect(SpeechConverter.convert("正文。\n" + line).date == nil)
    }

    @Test func conflictingDatesAreLeftToTheEditor() {
        let result = SpeechConverter.convert("正文。\n2023年3月5日\n正文。\n2023年3月6日")
        #expect(result.date == nil)
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("several date lines (line 2: 2023-03-05, line 4: 2023-03-06)") })
    }

    /// A date line in the header block (the top of the text, before the greeting) is the document's date
    /// (speech-conventions.md, "The header block"); another date further down is reported, not preferred.
    @Test func theHeadersDateWinsOverALaterDateLine() {
        let result = SpeechConverter.convert("2023年3月5日\n正文。\n2023年3月6日")
        #expect(result.date == TextDate(year: 2023, month: 3, day: 5))
        #expect(result.dateSource == ValueSource(part: .dateLine, lines: 1...1))
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("line 3: the date line 2023-03-06 differs from the header's date 2023-03-05") })
    }

    @Test func yearsMentionedAreAHint() {
        let result = SpeechConverter.convert("研究部署2025年全市工会工作，回顾2024年。")
        #expect(result.checks.map(\.description).contains { $0.hasSuffix("(the text mentions 2025年, 2024年)") })
    }

    @Test func textDateDescription() {
        #expect(TextDate(year: 2023).description == "2023")
        #expect(TextDate(year: 2023, month: 3).description == "2023-03")
        #expect(TextDate(year: 2023, month: 3, day: 5).description == "2023-03-05")
        #expect(TextDate(year: 2023, month: nil, day: 5).day == nil)
    }
}
