import Testing
import WordDocument
import WordDocumentTestSupport

/// List labels are materialised as Word shows them, with Word's counting: levels restart
/// below a higher level, lists of one definition continue, `w:startOverride` restarts.
struct OutlineNumberingTests {
    /// The usual outline of a Chinese report: 一、 （一） 1. （1）.
    static let chineseOutline = WordXML.abstractNumbering(0, [
        WordXML.level(0, format: "chineseCounting", text: "%1、"),
        WordXML.level(1, format: "chineseCounting", text: "（%2）"),
        WordXML.level(2, format: "decimal", text: "%3."),
        WordXML.level(3, format: "decimal", text: "（%4）"),
    ])

    /// Paragraphs as (list id, level) or nil for an unnumbered one; returns their plain-text lines.
    private func lines(_ items: [(id: Int, level: Int)?], numbering: String) throws -> [String] {
        let body = items.enumerated().map { index, item in
            WordXML.paragraph(text: "标题\(index)", properties: WordXML.properties(list: item))
        }.joined()
        return try Docx.read(body: body, numbering: numbering).paragraphs.map(\.plainText)
    }

    @Test func chineseOutlineRestartsDeeperLevels() throws {
        let numbering = Self.chineseOutline + WordXML.numbering(1, abstractID: 0)
        let items: [(id: Int, level: Int)?] = [
            (1, 0), (1, 1), (1, 2), (1, 3), (1, 3), (1, 2), (1, 3), (1, 1), (1, 2), (1, 0), (1, 1),
        ]
        #expect(try lines(items, numbering: numbering) == [
            "一、标题0", "（一）标题1", "1.标题2", "（1）标题3", "（2）标题4", "2.标题5", "（1）标题6",
            "（二）标题7", "1.标题8", "二、标题9", "（一）标题10",
        ])
    }

    @Test func listsOfOneDefinitionContinueAcrossOtherText() throws {
        let numbering = Self.chineseOutline + WordXML.numbering(1, abstractID: 0) + WordXML.numbering(2, abstractID: 0)
        let items: [(id: Int, level: Int)?] = [(1, 0), (1, 1), nil, (2, 1), (2, 0), nil, (1, 0)]
        #expect(try lines(items, numbering: numbering) == [
            "一、标题0", "（一）标题1", "标题2", "（二）标题3", "二、标题4", "标题5", "三、标题6",
        ])
    }

    @Test func startOverrideRestartsAList() throws {
        let numbering = Self.chineseOutline + WordXML.numbering(1, abstractID: 0)
            + WordXML.numbering(3, abstractID: 0, startOverrides: [0: 1, 1: 1])
        let items: [(id: Int, level: Int)?] = [(1, 0), (1, 0), (3, 0), (3, 1), (3, 0), (1, 0)]
        #expect(try lines(items, numbering: numbering) == [
            "一、标题0", "二、标题1", "一、标题2", "（一）标题3", "二、标题4", "三、标题5",
        ])
    }

    @Test func startValuesAndLevelsThatNeverRestart() throws {
        let numbering = WordXML.abstractNumbering(4, [
            WordXML.level(0, format: "chineseCounting", text: "%1、", start: 3),
            WordXML.level(1, format: "decimal", text: "%2.", restartAfter: 0),
            WordXML.level(2, format: "decimal", text: "（%3）", start: 5),
        ]) + WordXML.numbering(4, abstractID: 4)
        let items: [(id: Int, level: Int)?] = [(4, 0), (4, 1), (4, 2), (4, 0), (4, 1), (4, 2)]
        #expect(try lines(items, numbering: numbering) == [
            "三、标题0", "1.标题1", "（5）标题2", "四、标题3", "2.标题4", "（5）标题5",
        ])
    }

    @Test func multiLevelLabelsAndLegalNumbering() throws {
        let numbering = WordXML.abstractNumbering(5, [
            WordXML.level(0, format: "chineseCounting", text: "第%1章"),
            WordXML.level(1, format: "decimal", text: "%1.%2").replacingOccurrences(
                of: "<w:numFmt", with: "<w:isLgl/><w:numFmt"),
            WordXML.level(2, format: "decimal", text: "%1.%2.%3"),
        ]) + WordXML.numbering(5, abstractID: 5)
        let items: [(id: Int, level: Int)?] = [(5, 0), (5, 1), (5, 2), (5, 1), (5, 0), (5, 2)]
        #expect(try lines(items, numbering: numbering) == [
            "第一章　标题0", "1.1 标题1", "一.1.1 标题2", "1.2 标题3", "第二章　标题4", "二.1.1 标题5",
        ])
    }

    @Test func partsAndSuffixes() throws {
        let numbering = WordXML.abstractNumbering(6, [
            WordXML.level(0, format: "chineseCountingThousand", text: "第%1部分", suffix: "space"),
            WordXML.level(1, format: "decimal", text: "%2", suffix: "nothing"),
            WordXML.level(2, format: "upperLetter", text: "%3."),
        ]) + WordXML.numbering(6, abstractID: 6)
        let body = WordXML.paragraph(text: "总体要求", properties: WordXML.properties(list: (6, 0)))
            + WordXML.paragraph(text: "要点", properties: WordXML.properties(list: (6, 1)))
            + WordXML.paragraph(text: "Scope", properties: WordXML.properties(list: (6, 2)))
            + WordXML.paragraph(text: "范围", properties: WordXML.properties(list: (6, 2)))
        let paragraphs = try Docx.read(body: body, numbering: numbering).paragraphs
        #expect(paragraphs.map(\.plainText) == ["第一部分　总体要求", "1要点", "A. Scope", "B.范围"])
        #expect(paragraphs.map(\.text) == ["总体要求", "要点", "Scope", "范围"])
        #expect(paragraphs.map { $0.numbering?.level } == [0, 1, 2, 2])
        #expect(paragraphs.first?.numbering?.suffix == .space)
    }

    @Test func bulletsFromSymbolFonts() throws {
        let bullet = WordXML.level(0, format: "bullet", text: "\u{F0B7}")
            .replacingOccurrences(of: "</w:lvl>", with: "<w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr></w:lvl>")
        let numbering = WordXML.abstractNumbering(7, [bullet, WordXML.level(1, format: "bullet", text: "o")])
            + WordXML.numbering(7, abstractID: 7)
        let paragraphs = try Docx.read(body: WordXML.paragraph(text: "要点", properties: WordXML.properties(list: (7, 0)))
            + WordXML.paragraph(text: "细目", properties: WordXML.properties(list: (7, 1))), numbering: numbering).paragraphs
        #expect(paragraphs.map(\.plainText) == ["•要点", "o 细目"])
        #expect(paragraphs.allSatisfy { $0.numbering?.isBullet == true })
    }

    @Test func missingDefinitionsLeaveParagraphsUnnumbered() throws {
        let numbering = Self.chineseOutline + WordXML.numbering(1, abstractID: 0)
        let items: [(id: Int, level: Int)?] = [(9, 0), (1, 7), (0, 0), (1, 0)]
        #expect(try lines(items, numbering: numbering) == ["标题0", "标题1", "标题2", "一、标题3"])
        #expect(try lines([(1, 0)], numbering: "") == ["标题0"])
    }

    @Test func levelsThatShowNothingCountButHaveNoLabel() throws {
        // LibreOffice numbers its heading styles this way when they show no number.
        let numbering = WordXML.abstractNumbering(8, [
            WordXML.level(0, format: "none", text: ""),
            WordXML.level(1, format: "decimal", text: "%2."),
        ]) + WordXML.numbering(8, abstractID: 8)
        let body = [(8, 0), (8, 1), (8, 1), (8, 0), (8, 1)].enumerated().map { index, item in
            WordXML.paragraph(text: "标题\(index)", properties: WordXML.properties(list: item))
        }.joined()
        let paragraphs = try Docx.read(body: body, numbering: numbering).paragraphs
        #expect(paragraphs.map(\.plainText) == ["标题0", "1.标题1", "2.标题2", "标题3", "1.标题4"])
        #expect(paragraphs.map { $0.numbering == nil } == [true, false, false, true, false])
    }
}
