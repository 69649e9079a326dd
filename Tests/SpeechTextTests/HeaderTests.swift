import Testing
@testable import SpeechText

/// Each header form of speech-conventions.md, alone, and where each value comes from.
struct HeaderTests {
    static func roles(_ text: String) -> [String] {
        SpeechConverter.convert(text).header.map { "\($0.role.rawValue) \($0.line)" }
    }

    @Test(arguments: [
        ("（2024年1月15日）", TextDate(year: 2024, month: 1, day: 15)),
        ("(2024年1月15日)", TextDate(year: 2024, month: 1, day: 15)),
        ("2024年1月15日", TextDate(year: 2024, month: 1, day: 15)),
        ("二〇二四年一月十五日", TextDate(year: 2024, month: 1, day: 15)),
        ("二零二四年十二月三十一日", TextDate(year: 2024, month: 12, day: 31)),
        ("２０２４年１月１５日", TextDate(year: 2024, month: 1, day: 15)),
        ("（一九五四年九月二十三日）", TextDate(year: 1954, month: 9, day: 23)),
    ])
    func dateLine(_ line: String, _ date: TextDate) {
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n\(line)\n同志们：\n正文。")
        #expect(result.date == date)
        #expect(result.dateSource == ValueSource(part: .dateLine, lines: 2...2))
        #expect(result.header.map(\.role) == [.title, .date])
        #expect(result.bodyMarkdown == "同志们：\n\n正文。\n")
    }

    @Test(arguments: [
        ("（2024年1月15日市总工会十五届三次全委会议通过）", "市总工会十五届三次全委会议"),
        ("（2017年10月24日中国共产党第十九次全国代表大会通过）", "中国共产党第十九次全国代表大会"),
        ("（2020年5月28日第十三届全国人民代表大会第三次会议审议通过）", "第十三届全国人民代表大会第三次会议"),
        ("（一九五五年七月六日在第一届全国人民代表大会第二次会议上）", "第一届全国人民代表大会第二次会议"),
    ])
    func datedLineWithAnOccasion(_ line: String, _ occasion: String) {
        let result = SpeechConverter.convert("关于加强工会工作的决议\n\(line)\n正文。")
        #expect(result.date != nil)
        #expect(result.occasion == occasion)
        #expect(result.occasionSource == ValueSource(part: .dateLine, lines: 2...2))
    }

    @Test(arguments: [
        ("——在全市工会工作会议上的讲话", nil, "全市工会工作会议"),
        ("—在全市工会工作会议上的讲话", nil, "全市工会工作会议"),
        ("--在全市工会工作会议上的讲话", nil, "全市工会工作会议"),
        ("——2017年3月5日在第十二届全国人民代表大会第五次会议上", TextDate(year: 2017, month: 3, day: 5),
         "第十二届全国人民代表大会第五次会议"),
        ("——在市总工会十五届三次全委会议上的报告（2024年1月15日）", TextDate(year: 2024, month: 1, day: 15),
         "市总工会十五届三次全委会议"),
        ("——2021年10月12日", TextDate(year: 2021, month: 10, day: 12), nil),
    ] as [(String, TextDate?, String?)])
    func subtitle(_ line: String, _ date: TextDate?, _ occasion: String?) {
        let result = SpeechConverter.convert("凝心聚力谱写新篇章\n\(line)\n同志们：\n正文。")
        #expect(result.title == "凝心聚力谱写新篇章")
        #expect(result.header.map(\.role) == [.title, .subtitle])
        #expect(result.date == date)
        #expect(result.occasion == occasion)
        if occasion != nil { #expect(result.occasionSource == ValueSource(part: .subtitle, lines: 2...2)) }
    }

    @Test(arguments: [
        ("习　近　平", "习近平", nil),
        ("王　　勇", "王勇", nil),
        ("张建华", "张建华", nil),
        ("国务院总理李克强", "李克强", "国务院总理"),
        ("国务院总理　李克强", "李克强", "国务院总理"),
        ("市总工会党组书记、主席　张建华", "张建华", "市总工会党组书记、主席"),
        ("国务院副总理兼财政部部长　李先念", "李先念", "国务院副总理兼财政部部长"),
        ("江川专区专员　陈守义", "陈守义", "江川专区专员"),
        ("欧阳明远", "欧阳明远", nil),
        ("张建华同志", "张建华", nil),
    ] as [(String, String, String?)])
    func byline(_ line: String, _ name: String, _ office: String?) {
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n\(line)\n同志们：\n正文。")
        #expect(result.speaker == name)
        #expect(result.speakerOffice == office)
        #expect(result.speakerSource == ValueSource(part: .byline, lines: 2...2))
        #expect(result.header.last == HeaderLine(role: .byline, text: line, line: 2))
    }

    @Test(arguments: ["（一）", "一、", "2024年全市工会工作要点", "（一）加强学习"])
    func numberedLinesStartTheBody(_ line: String) {
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n\(line)\n正文。")
        #expect(result.header.map(\.role) == [.title])
    }

    @Test(arguments: ["新形势", "工作回顾", "前言", "结束语", "同志们", "今年以来", "市总工会主席"])
    func notABylineAfterTheTitle(_ line: String) {
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n\(line)\n正文。")
        #expect(result.speaker == nil)
        #expect(!result.header.contains { $0.role == .byline })
    }

    @Test func twoAndThreeLineTitles() {
        let two = SpeechConverter.convert("凝心聚力谋发展\n奋力开创工会工作新局面\n——在市总工会全委会议上的报告\n各位委员：\n正文。")
        #expect(two.title == "凝心聚力谋发展\u{3000}奋力开创工会工作新局面")
        #expect(two.titleSource == ValueSource(part: .title, lines: 1...2))
        #expect(two.checks.map(\.description).contains("lines 1–2 read as one title of 2 lines: check the title"))
        let three = SpeechConverter.convert("高举伟大旗帜\n坚定信心决心\n奋力谱写新篇章\n（2024年1月15日）\n同志们：\n正文。")
        #expect(three.header.map(\.role) == [.title, .title, .title, .date])
        // A title line naming the kind of document is complete: a short line after it is not more title.
        let complete = SpeechConverter.convert("在全市工会工作会议上的讲话\n加强学习\n同志们：\n正文。")
        #expect(complete.title == "在全市工会工作会议上的讲话")
        // Nor is a line that the body follows with a numbered heading.
        let heading = SpeechConverter.convert("凝心聚力谋发展\n抓好三项工作\n一、加强学习\n正文。")
        #expect(heading.title == "凝心聚力谋发展")
    }

    @Test func speakerFromATitleThatStartsWithTheName() {
        let result = SpeechConverter.convert("张建华同志在全市工会宣传思想工作会议上的讲话（摘要）\n同志们：\n正文。")
        #expect(result.speaker == "张建华")
        #expect(result.speakerSource == ValueSource(part: .title, lines: 1...1))
        #expect(result.occasion == "全市工会宣传思想工作会议")
    }

    @Test func aNoteStaysInTheHeader() {
        #expect(Self.roles("在劳动竞赛总结表彰会上的讲话\n（根据录音整理）\n2019年12月30日\n同志们：\n正文。")
            == ["title 1", "note 2", "date 3"])
    }

    @Test func theHeaderEndsAtTheFirstBodyLine() {
        // The date below the greeting is a body line, read only as a date line after the header.
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n同志们：\n正文。\n2024年1月15日")
        #expect(result.header.map(\.role) == [.title])
        #expect(result.dateSource == ValueSource(part: .bodyDateLine, lines: 4...4))
        #expect(result.bodyMarkdown == "同志们：\n\n正文。\n\n2024年1月15日\n")
    }

    @Test func eachRoleAtMostOnce() {
        // A second date line ends the header: it is text, reported as a different date.
        let result = SpeechConverter.convert("在全市工会工作会议上的讲话\n2024年1月15日\n2024年1月16日\n正文。")
        #expect(result.header.map(\.role) == [.title, .date])
        #expect(result.date == TextDate(year: 2024, month: 1, day: 15))
        #expect(result.checks.map(\.description).contains { $0.hasPrefix("line 3: the date line 2024-01-16 differs") })
    }

    @Test func aTextStartingWithItsSubtitleHasNoTitle() {
        let result = SpeechConverter.convert("——在全市工会工作会议上的讲话\n同志们：\n正文。")
        #expect(result.title == nil)
        #expect(result.header.map(\.role) == [.subtitle])
        #expect(result.occasion == "全市工会工作会议")
    }

    @Test func theOldMarkdownKeepsHeaderLinesAsParagraphs() {
        let result = SpeechConverter.convert("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理　李克强\n各位代表：\n正文。")
        #expect(result.bodyMarkdown == "各位代表：\n\n正文。\n")
        #expect(result.markdown == "——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n国务院总理　李克强\n\n各位代表：\n\n正文。\n")
    }
}
