import PortalTestSupport
import Testing
@testable import SpeechText

/// What a Word document's styles tell the converter (`LineHints`): headings by style, centred title
/// lines, bold leads, table rows kept as they are, links; and nothing is lost with them.
@Suite struct HintTests {
    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func centredLinesContinueTheTitle() {
        // Without hints the second line would not continue the title: the first names a kind of meeting.
        let text = "凝心聚力谋发展\n奋力开创工会工作新局面\n——在全市工会工作会议上的讲话\n同志们：\n今天我们召开会议。"
        let hints = LineHints(lines: [1: LineHint(isHeaderCandidate: true), 2: LineHint(isHeaderCandidate: true),
                                      3: LineHint(isHeaderCandidate: true)], paragraphsAreWhole: true)
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.title == "凝心聚力谋发展\u{3000}奋力开创工会工作新局面")
        #expect(speech.header.map(\.role) == [.title, .title, .subtitle])
        #expect(speech.occasion == "全市工会工作会议")
    }

    @Test func aCentredLineAfterACompleteTitleIsNoTitleLine() {
        let text = "在全市工会工作会议上的讲话\n张建华\n同志们：\n今天我们召开会议。"
        let hints = LineHints(lines: [1: LineHint(isHeaderCandidate: true), 2: LineHint(isHeaderCandidate: true)])
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.header.map(\.role) == [.title, .byline])
        #expect(speech.speaker == "张建华")
    }

    @Test func aStyledHeadingIsNeverATitleOrHeaderLine() {
        let text = "总体要求\n要坚持党的领导，推动工会工作高质量发展，这是今年工作的总要求。\n主要任务\n一是加强思想引领。"
        let hints = LineHints(lines: [1: LineHint(headingLevel: 1), 3: LineHint(headingLevel: 1)], paragraphsAreWhole: true)
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.header.isEmpty)
        // The document styles its headings: an unstyled numbered line stays a paragraph.
        #expect(speech.outline.map(\.text) == ["总体要求", "主要任务"])
        #expect(speech.outline.map(\.level) == [2, 2])
        #expect(speech.bodyMarkdown.hasSuffix("\n\n一是加强思想引领。\n"))
    }

    @Test func styledLevelsAreRankedAndNumberedSeriesNestBelowThem() {
        let text = """
            讲话
            同志们：
            第一部分
            总体要求
            一是加强学习。要学深悟透。
            二是加强实践。要知行合一。
            工作目标
            全年完成十项任务。
            """
        // Heading 2, 3 and 4 styles: the highest used is ##, whatever Word calls it; the styled 一是 series
        // nests below the unnumbered heading above it.
        let hints = LineHints(lines: [3: LineHint(headingLevel: 2), 4: LineHint(headingLevel: 3), 5: LineHint(headingLevel: 4),
                                      6: LineHint(headingLevel: 4), 7: LineHint(headingLevel: 3)], paragraphsAreWhole: true)
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.outline.map(\.text) == ["第一部分", "总体要求", "一是加强学习。", "二是加强实践。", "工作目标"])
        #expect(speech.outline.map(\.level) == [2, 3, 4, 4, 3])
    }

    @Test func aStyledNumberedLineMakesItsSeriesHeadings() {
        // Two lines ending in ； would be a list; the document styles the first as a heading.
        let text = "讲话\n同志们：\n一、加强思想政治引领，把广大职工团结在党的周围；\n内容。\n二、深化产业工人队伍建设改革，提高技能素质；\n内容。"
        let plain = SpeechConverter.convert(text)
        #expect(plain.outline.isEmpty)
        let hints = LineHints(lines: [3: LineHint(headingLevel: 1), 5: LineHint(headingLevel: 1)])
        let styled = SpeechConverter.convert(text, hints: hints)
        #expect(styled.outline.map(\.level) == [2, 2])
        #expect(styled.outline.first?.text == "一、加强思想政治引领，把广大职工团结在党的周围；")
    }

    @Test func verbatimRowsStayParagraphsAsWritten() {
        let text = "讲话\n同志们：\n一、项目\t金额\n二、培训\t20万元\n一、总结\n内容。\n二、部署\n内容。"
        let hints = LineHints(lines: [3: LineHint(isVerbatim: true), 4: LineHint(isVerbatim: true)], paragraphsAreWhole: true)
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.outline.map(\.text) == ["一、总结", "二、部署"])
        #expect(speech.bodyMarkdown.contains("\n\n一、项目\t金额\n\n二、培训\t20万元\n"))
    }

    @Test func boldLeadsComeFromTheDocumentAndCloseBeforePunctuation() {
        let text = "讲话\n同志们：\n提高政治站位。要始终把党的政治建设摆在首位。\n全体职工要团结奋斗。"
        let hints = LineHints(lines: [3: LineHint(boldLead: 7), 4: LineHint(boldLead: 4)], paragraphsAreWhole: true)
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.bodyMarkdown.contains("**提高政治站位**。要始终"))
        #expect(speech.bodyMarkdown.contains("**全体职工**要团结奋斗。"))
    }

    @Test func linksWrapTheirTextOnly() {
        let text = "讲话\n同志们：\n依法维权[1]是工会的基本职责[2]。"
        let hints = LineHints(lines: [3: LineHint(links: [InlineLink(range: 4..<7, destination: "#note-1"),
                                                          InlineLink(range: 15..<18, destination: "#note-2")])])
        let speech = SpeechConverter.convert(text, hints: hints)
        #expect(speech.bodyMarkdown.contains("依法维权[\\[1\\]](#note-1)是工会的基本职责[\\[2\\]](#note-2)。"))
    }

    @Test(.enabled(if: CmarkCLI.isAvailable, CmarkCLI.skipMessage))
    func nothingIsLostWithHints() throws {
        var generator = SeededRandom(seed: 14)
        var texts = SpeechTextGenerator(seed: 14)
        for index in 0..<60 {
            let text = texts.speech()
            let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            var hints = LineHints(paragraphsAreWhole: generator.below(2) == 0)
            for number in 1...max(1, lines.count) {
                let length = lines.indices.contains(number - 1) ? lines[number - 1].unicodeScalars.count : 0
                var hint = LineHint()
                switch generator.below(6) {
                case 0: hint.headingLevel = 1 + generator.below(4)
                case 1: hint.isHeaderCandidate = true
                case 2: hint.boldLead = generator.below(length + 2)
                case 3: hint.isVerbatim = true
                case 4 where length > 2:
                    let start = generator.below(length - 1)
                    hint.links = [InlineLink(range: start..<(start + 1 + generator.below(length - start)), destination: "#n")]
                default: continue
                }
                hints.lines[number] = hint
            }
            let speech = SpeechConverter.convert(text, hints: hints)
            let html = try CmarkCLI.render(speech.bodyMarkdown)
            let difference = RenderedText.difference(source: text, title: speech.header.map(\.text).joined(), html: html)
            #expect(difference == nil, "text \(index): \(difference ?? "")\n\(speech.bodyMarkdown)")
            var previous = 1
            for entry in speech.outline {
                #expect(entry.level >= 2 && entry.level <= previous + 1, "text \(index): 「\(entry.text)」 skips a level")
                previous = entry.level
            }
        }
    }
}
