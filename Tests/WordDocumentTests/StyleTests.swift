import Testing
import WordDocument
import WordDocumentTestSupport

/// Heading levels, titles and alignment come from the paragraph's style (followed through
/// `w:basedOn`) unless the paragraph sets them itself.
struct StyleTests {
    static let styles = [
        WordXML.style(id: "a", name: "Normal", isDefault: true, paragraph: "<w:jc w:val=\"both\"/>"),
        // Word's English built-in names, with and without an outline level of their own.
        WordXML.style(id: "Heading1", name: "heading 1", basedOn: "a", paragraph: "<w:outlineLvl w:val=\"0\"/>",
                      run: "<w:b/>"),
        WordXML.style(id: "Heading2", name: "heading 2", basedOn: "a"),
        // Chinese names as some tools write them, with numeric ids as Chinese Word writes them.
        WordXML.style(id: "3", name: "标题 3", basedOn: "a"),
        WordXML.style(id: "4", name: "标题4"),
        // Custom styles that inherit a heading level.
        WordXML.style(id: "SectionHead", name: "一级标题（单位）", basedOn: "Heading1", paragraph: "<w:jc w:val=\"center\"/>"),
        WordXML.style(id: "Deep", name: "Deep", basedOn: "SectionHead"),
        WordXML.style(id: "Title", name: "Title", basedOn: "a", paragraph: "<w:jc w:val=\"center\"/>"),
        WordXML.style(id: "ZhTitle", name: "标题", basedOn: "a"),
        WordXML.style(id: "Subtitle", name: "副标题", basedOn: "a"),
        // A cycle must not hang the reader.
        WordXML.style(id: "LoopA", name: "Loop A", basedOn: "LoopB"),
        WordXML.style(id: "LoopB", name: "Loop B", basedOn: "LoopA", paragraph: "<w:jc w:val=\"right\"/>"),
    ].joined()

    private func paragraphs(_ pairs: [(style: String?, properties: String)]) throws -> [WordParagraph] {
        let body = pairs.enumerated().map { index, pair in
            WordXML.paragraph(text: "段落\(index)", properties: WordXML.properties(style: pair.style) + pair.properties)
        }.joined()
        return try Docx.read(body: body, styles: Self.styles).paragraphs
    }

    @Test func headingLevelsFromEnglishAndChineseStyleNames() throws {
        let result = try paragraphs([("Heading1", ""), ("Heading2", ""), ("3", ""), ("4", ""), (nil, "")])
        #expect(result.map(\.headingLevel) == [1, 2, 3, 4, nil])
        #expect(result.map(\.styleName) == ["heading 1", "heading 2", "标题 3", "标题4", "Normal"])
        #expect(result.map(\.styleID) == ["Heading1", "Heading2", "3", "4", "a"])
    }

    @Test func stylesInheritThroughBasedOn() throws {
        let result = try paragraphs([("SectionHead", ""), ("Deep", "")])
        #expect(result.map(\.headingLevel) == [1, 1])
        #expect(result.map(\.alignment) == [.center, .center])
        #expect(result.map(\.boldLead) == ["段落0", "段落1"])
    }

    @Test func directOutlineLevelWinsOverTheStyle() throws {
        let result = try paragraphs([(nil, "<w:outlineLvl w:val=\"1\"/>"), ("Heading1", "<w:outlineLvl w:val=\"9\"/>"),
                                     ("Heading2", "<w:outlineLvl w:val=\"2\"/>")])
        #expect(result.map(\.role) == [.heading(2), .body, .heading(3)])
    }

    @Test func titleAndSubtitleStyles() throws {
        let result = try paragraphs([("Title", ""), ("ZhTitle", ""), ("Subtitle", "")])
        #expect(result.map(\.role) == [.title, .title, .subtitle])
        #expect(result.map(\.alignment) == [.center, .justified, .justified])
    }

    @Test func undefinedStyleHasTheDefaultStylesProperties() throws {
        let result = try paragraphs([("NoSuchStyle", ""), ("Heading5", "")])
        #expect(result.map(\.styleID) == ["NoSuchStyle", "Heading5"])
        #expect(result.map(\.styleName) == [nil, nil])
        #expect(result.map(\.alignment) == [.justified, .justified])
        #expect(result.map(\.role) == [.body, .heading(5)])
    }

    @Test func styleCyclesEnd() throws {
        let result = try paragraphs([("LoopA", ""), ("LoopB", "")])
        #expect(result.map(\.alignment) == [.end, .end])
        #expect(result.map(\.role) == [.body, .body])
    }

    @Test func documentWithoutStylesReadsAsBodyText() throws {
        let document = try Docx.read(body: WordXML.paragraph(text: "无样式", properties: WordXML.properties(style: "Heading1")))
        #expect(document.paragraphs.map(\.role) == [.heading(1)])
        #expect(document.paragraphs.map(\.alignment) == [.start])
    }
}
