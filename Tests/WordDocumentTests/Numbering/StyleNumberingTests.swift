import Testing
import WordDocument
import WordDocumentTestSupport

/// Numbering that comes from paragraph styles, the way Chinese templates number their headings.
struct StyleNumberingTests {
    static let styles = [
        WordXML.style(id: "Normal", name: "Normal", isDefault: true),
        WordXML.style(id: "1", name: "heading 1", paragraph: "<w:outlineLvl w:val=\"0\"/>"
            + "<w:numPr><w:numId w:val=\"1\"/></w:numPr>"),
        // No level of its own: the level whose w:pStyle names it.
        WordXML.style(id: "2", name: "heading 2", paragraph: "<w:outlineLvl w:val=\"1\"/>"
            + "<w:numPr><w:numId w:val=\"1\"/></w:numPr>"),
        WordXML.style(id: "MyHeading", name: "My heading", basedOn: "1"),
        WordXML.style(id: "OutlineList", name: "Outline list", paragraph: "<w:numPr><w:numId w:val=\"3\"/></w:numPr>",
                      type: "numbering"),
    ].joined()

    static let numbering = WordXML.abstractNumbering(0, [
        WordXML.level(0, format: "chineseCounting", text: "%1、", style: "1"),
        WordXML.level(1, format: "chineseCounting", text: "（%2）", style: "2"),
    ]) + WordXML.numbering(1, abstractID: 0)
        // A list that points through a numbering style to the definition holding its levels.
        + "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"OutlineList\"/></w:abstractNum>"
        + WordXML.abstractNumbering(2, [WordXML.level(0, format: "decimal", text: "%1）")])
        + WordXML.numbering(3, abstractID: 2) + WordXML.numbering(4, abstractID: 1)

    private func paragraphs(_ items: [(style: String?, list: (id: Int, level: Int)?)]) throws -> [WordParagraph] {
        let body = items.enumerated().map { index, item in
            WordXML.paragraph(text: "标题\(index)", properties: WordXML.properties(style: item.style, list: item.list))
        }.joined()
        return try Docx.read(body: body, styles: Self.styles, numbering: Self.numbering).paragraphs
    }

    @Test func headingStylesCarryTheirNumbering() throws {
        let result = try paragraphs([("1", nil), ("2", nil), ("2", nil), ("MyHeading", nil), (nil, nil), ("2", nil)])
        #expect(result.map(\.plainText) == ["一、标题0", "（一）标题1", "（二）标题2", "二、标题3", "标题4", "（一）标题5"])
        #expect(result.map(\.headingLevel) == [1, 2, 2, 1, nil, 2])
    }

    @Test func paragraphCanSwitchStyleNumberingOff() throws {
        let result = try paragraphs([("1", nil), ("1", (0, 0)), ("1", nil)])
        #expect(result.map(\.plainText) == ["一、标题0", "标题1", "二、标题2"])
    }

    @Test func paragraphLevelOverridesTheStyleLevel() throws {
        let result = try paragraphs([("1", nil), ("1", (1, 1))])
        #expect(result.map(\.plainText) == ["一、标题0", "（一）标题1"])
    }

    @Test func numberingStyleLinksAreFollowed() throws {
        let result = try paragraphs([(nil, (4, 0)), (nil, (3, 0)), (nil, (4, 0))])
        #expect(result.map(\.plainText) == ["1）标题0", "2）标题1", "3）标题2"])
    }
}
