/// Generates speech-like texts that stress the converter: every numbering family, lead
/// sentences, inline series, salutations and closings, Markdown-special characters in
/// every position, the seeds' redaction marks, CJK and ASCII punctuation, odd spaces and
/// all three line-end styles. The same seed always gives the same text.
///
/// Standard library only, so every test target can use it.
public struct SpeechTextGenerator {
    public static let markers = [
        "第一，", "第二，", "第十二，", "一、", "二、", "十一、", "（一）", "（二）", "(三)", "（四)",
        "1.", "2.", "3、", "4．", "12.", "（1）", "(2)", "一是", "二是", "三是", "一要", "二要",
    ]
    public static let words = [
        "工会", "职工", "坚持政治引领", "增强政治定力", "两个确立", "劳模精神", "服务职工群众", "高质量发展",
        "产业工人队伍建设改革", "习近平新时代中国特色社会主义思想", "基层", "深化改革", "凝心铸魂", "维权服务",
    ]
    public static let punctuation = ["。", "，", "、", "；", "：", "！", "？", "“", "”", "‘", "’", "（", "）", "《", "》", "—", "……", "·"]
    public static let markdown = [
        "*", "**", "***", "_", "__", "#", "## ", "+", "-", "=", "[", "]", "(", ")", "<", ">", "\\", "`", "```",
        "&", "&amp;", "&#123;", "&copy;", "|", "~", "~~~", "!", "![图](a.png)", "[链接](http://x.cn)", "<b>",
        "</p>", "<!-- 注 -->", "<http://x.y>", "---", "===", "1.", "1)", "- ", "+ ", "* ", "> ", "\\*", "\\\\",
        "a_b_c", "*强调*", "__粗__", "`代码`", "| a | b |", ".", "%", "$", "^", "{", "}", "'", "\"",
    ]
    public static let redactions = ["X", "x", "**", "“**省”", "XX", "x同志", "X届X次", "**产业工人大军"]
    public static let ascii = ["2025年", "10月23日", "1.5亿", "abc", "12351", "3+N", "“1234”", "A-B", "Q&A", "50%"]
    public static let spaces = [" ", "\u{3000}", "\u{00A0}", "\t", "  "]
    public static let wholeLines = [
        "同志们：", "同志们：今天我们召开会议。", "同志们，今天我们在这里召开会议。", "各位代表、同志们：",
        "我就讲这么多，谢谢大家！", "今天的会开得很好。我就讲这么多，谢谢大家！", "谢谢大家。",
        "增强政治定力。把坚持党的领导作为最高政治原则。", "强化政治引领。发扬好工会光荣传统。",
        "工作。一是坚持政治引领。扎实抓好学习。二是坚持服务优先。开展竞赛。三是坚持实干实效。",
        "一、捍卫“两个确立”，做到“两个维护”。工会党组要以党的政治建设为统领。",
        "一是坚持政治引领。二是坚持服务优先。", "（2023年3月5日）", "2023-03-05", "在市总工会X届X次全委会议的讲话",
        "---", "***", "===", "    缩进代码", "> 引用", "- 列表", "1. 列表", "1) 列表", "# 标题", "<div>块</div>",
        "[脚注]: http://x.cn", "| 表 | 格 |", "```swift", "~~~", "\u{3000}\u{3000}首行缩进的段落。",
        "结束语", "附件1", "第一部分　工作回顾", "第二部分", "一", "二", "三、", "（一）", "1.加强组织领导。", "1.深化集体协商；",
    ]
    /// Lines of a document's header block (title continuations, subtitles, date lines, bylines, notes).
    public static let headerLines = [
        "凝心聚力谋发展", "奋力开创工会工作新局面", "——在全市工会工作会议上的讲话", "—在区总工会全委会议上的报告",
        "--在区总工会全委会议上的报告", "——2017年3月5日在第十二届全国人民代表大会第五次会议上", "——2021年10月12日",
        "（2024年1月15日）", "(2024年1月15日)", "二〇二四年一月十五日", "二零二三年三月九日", "２０２１年１２月３日",
        "（2024年1月15日市总工会十五届三次全委会议通过）", "（一九五五年七月六日在第一届全国人民代表大会第二次会议上）",
        "习　近　平", "张建华", "国务院总理李克强", "市总工会党组书记、主席　张建华", "李　明", "（摘要）", "（根据录音整理）",
    ]

    private var random: SeededRandom

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// A whole text: 1–40 lines, random line ends and blank lines, sometimes a BOM, a header block
    /// or a paragraph hard-wrapped at a fixed width as PDF copies are.
    public mutating func speech() -> String {
        var text = chance(10) ? "\u{FEFF}" : ""
        if chance(3) { text += pick(spaces) + "在" + pick(Self.words) + "会议上的讲话" + pick(["", " ", "\u{3000}"]) }
        if chance(3) {
            for _ in 0..<int(1...4) { text += pick(["\n", "\r\n"]) + pick(Self.headerLines) }
        }
        for _ in 0..<int(1...40) {
            text += pick(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n\u{3000}\n", "\n \n\n"])
            text += chance(8) ? wrapped() : line()
        }
        if chance(2) { text += pick(["\n", "\r\n", "\r"]) }
        return text
    }

    /// A paragraph cut into lines of one width, mid-sentence, as a PDF copy is.
    public mutating func wrapped() -> String {
        var paragraph = ""
        for _ in 0..<int(2...5) { paragraph += pick(Self.words) + pick(["，", "、", "", "的"]) + line() }
        let scalars = Array(paragraph.unicodeScalars)
        let width = int(15...30)
        return stride(from: 0, to: scalars.count, by: width).map { start in
            var chunk = ""
            chunk.unicodeScalars.append(contentsOf: scalars[start..<min(start + width, scalars.count)])
            return chunk
        }.joined(separator: "\n")
    }

    /// One line of mixed content.
    public mutating func line() -> String {
        if chance(6) { return pick(Self.wholeLines) }
        var line = chance(4) ? pick(spaces) : ""
        if chance(3) { line += pick(Self.markers) }
        for _ in 0..<int(0...14) {
            switch int(0...9) {
            case 0...2: line += pick(Self.words)
            case 3...4: line += pick(Self.punctuation)
            case 5...6: line += pick(Self.markdown)
            case 7: line += pick(Self.redactions)
            case 8: line += pick(Self.ascii)
            default: line += pick(Self.spaces)
            }
        }
        if chance(3) { line += pick(["。", "！", "？", "：", "；"]) }
        if chance(5) { line += pick(spaces) }
        return line
    }

    private var spaces: [String] { Self.spaces }

    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func chance(_ oneIn: Int) -> Bool { int(1...oneIn) == 1 }
    private mutating func pick(_ items: [String]) -> String { items[int(0...(items.count - 1))] }
}
