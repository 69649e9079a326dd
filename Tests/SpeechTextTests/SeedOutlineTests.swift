import PortalTestSupport
@testable import SpeechText
import Testing

/// Each seed's outline as a careful editor would mark it, read off the seeds by hand:
/// (level, start of the heading text). Seeds 000 and 003 number their sections 第一，…;
/// 001 uses 一、 lines that go on after their lead sentence; 002 nests short 一是 lines
/// under 一、 (its long 一是要… paragraphs in section 一 are not headings); 004's eight
/// 一是要对标… points are its top level.
struct SeedOutlineTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let seed: String
        let title: String?
        let occasion: String?
        let outline: [(level: Int, prefix: String)]
        var testDescription: String { seed }
    }

    static let expectations: [Expectation] = [
        Expectation(seed: "000_3c769116415c95ed.txt", title: nil, occasion: nil, outline: [
            (2, "第一，要坚持党对工会的全面领导"),
            (2, "第二，要发挥工人阶级主力军作用"),
            (2, "第三，树牢职工为本的工作理念"),
        ]),
        Expectation(seed: "001_096c1f6663b99e3a.txt", title: nil, occasion: nil, outline: [
            (2, "一、捍卫“两个确立”，做到“两个维护”。"),
            (2, "二、突出担当作为，服务中心大局。"),
            (2, "三、坚持守正创新，强化自身建设。"),
        ]),
        Expectation(seed: "002_9c5b9b97e5413777.txt", title: "在市总工会X届X次全委会议的讲话",
                    occasion: "市总工会X届X次全委会议", outline: [
            (2, "一、抓好学习贯彻，把牢正确政治方向"),
            (2, "二、突出两个重点，搭平台建机制"),
            (3, "一是要在推动产业工人队伍建设改革上落地见效。"),
            (3, "二是要在激励先进模范充分发挥示范引领作用上落地见效。"),
            (2, "三、加大改革创新力度，统筹做好各项工作"),
            (3, "一是抓好维权服务工作。"),
            (3, "二是抓好基层基础建设。"),
            (3, "三是抓好干部队伍建设。"),
        ]),
        Expectation(seed: "003_d862ae81768b0004.txt", title: nil, occasion: nil, outline: [
            (2, "第一，要担起政治责任"),
            (2, "第二，要履行基本职责，在推进中国式现代化新**建设中彰显使命担当"),
            (2, "第三，要深化工会改革"),
        ]),
        Expectation(seed: "004_4310a0096f66f682.txt", title: "在工会系统理论培训班上的动员讲话",
                    occasion: "工会系统理论培训班", outline: [
            (2, "一是要对标“落实各级党委（党组）主体责任”要求"),
            (2, "二是要对标“坚持不懈用新时代中国特色社会主义思想凝心铸魂”要求"),
            (2, "三是要对标“全面落实意识形态工作责任制”要求"),
            (2, "四是要对标“坚持尊重劳动、尊重知识、尊重人才、尊重创造”要求"),
            (2, "五是要对标“全心全意依靠工人阶级”要求"),
            (2, "六是要对标“及时把矛盾纠纷化解在基层、化解在萌芽状态”要求"),
            (2, "七是要对标“有效发挥桥梁纽带作用”要求"),
            (2, "八是要对标“弘扬党的光荣传统和优良作风”要求"),
        ]),
    ]

    @Test(arguments: expectations)
    func outlineMatchesTheEditorsReading(_ expected: Expectation) throws {
        let result = SpeechConverter.convert(try SeedSpeeches.fixtures.text(expected.seed))
        #expect(result.outline.count == expected.outline.count)
        for (entry, want) in zip(result.outline, expected.outline) {
            #expect(entry.level == want.level, "\(entry.text)")
            #expect(entry.text.hasPrefix(want.prefix), "\(entry.text) should start with \(want.prefix)")
        }
        #expect(result.title == expected.title)
        #expect(result.occasion == expected.occasion)
        #expect(result.date == nil, "no seed prints a date line")
        if expected.title == nil {
            #expect(result.checks.map(\.description).contains("no title line found: the title was left empty"))
        }
    }

    @Test func headingsAreTheMarkdownHeadings() throws {
        for name in SeedSpeeches.fixtures.names {
            let result = SpeechConverter.convert(try SeedSpeeches.fixtures.text(name))
            let headingLines = result.markdown.split(separator: "\n").filter { $0.hasPrefix("#") }
            #expect(headingLines.count == result.outline.count, "\(name)")
            for (line, entry) in zip(headingLines, result.outline) {
                #expect(line.hasPrefix(String(repeating: "#", count: entry.level) + " "), "\(name): \(line)")
            }
        }
    }

    @Test func seed002HeadingsCarryTheirSourceLines() throws {
        let result = SpeechConverter.convert(try SeedSpeeches.fixtures.text("002_9c5b9b97e5413777.txt"))
        #expect(result.outline.map(\.line) == [4, 12, 14, 16, 18, 20, 22, 24])
        // The long 一是要… paragraphs of section 一 are listed for the editor.
        #expect(result.checks.map(\.description).filter { $0.contains("too long for a heading") }.count == 4)
    }

    @Test func seed003LeadSentencesAreBold() throws {
        let markdown = SpeechConverter.convert(try SeedSpeeches.fixtures.text("003_d862ae81768b0004.txt")).markdown
        for lead in ["增强政治定力", "强化政治引领", "筑牢阶级基础", "引导职工当好主力军", "弘扬劳模精神、劳动精神、工匠精神",
                     "构建和谐劳动关系", "在深化产改中增添动能", "在创新服务中夯实基础", "在深入调研中走好群众路线"] {
            #expect(markdown.contains("\n**\(lead)**。"), "\(lead)")
        }
        #expect(markdown.components(separatedBy: "**").count - 1 == 18, "nine bold leads, nothing else bold")
    }

    @Test func seed001InlineSeriesAreBoldOnlyWhenEveryLeadIsShort() throws {
        let markdown = SpeechConverter.convert(try SeedSpeeches.fixtures.text("001_096c1f6663b99e3a.txt")).markdown
        for lead in ["一是坚持政治引领", "二是坚持服务优先", "三是坚持实干实效", "一要主动服务发展", "二要竭诚服务职工", "三要切实维护权益"] {
            #expect(markdown.contains("**\(lead)**。"), "\(lead)")
        }
        // 一要增强政治意识，… has no short lead sentence, so its series stays plain.
        #expect(!markdown.contains("**二要强化理论武装**"))
        #expect(markdown.contains("。二要强化理论武装。"))
    }
}
