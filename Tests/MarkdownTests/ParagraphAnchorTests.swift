import Testing
@testable import Markdown

@Suite struct ParagraphAnchorTests {
    static let speech = [
        "## 一、提高认识", "同志们：", "今年是全面贯彻落实党的二十大精神的开局之年。", "工会组织要坚持“两个确立”。",
        "## 二、抓好落实", "要大力弘扬劳模精神、劳动精神、工匠精神。", "谢谢大家！",
    ]

    static func anchors(_ blocks: [String]) -> [String] {
        MarkdownRenderer.render(blocks.joined(separator: "\n\n") + "\n").blocks.filter { !$0.isHeading }.map(\.anchor)
    }

    /// Pairs each paragraph's text with its id, so a test can ask what became of a paragraph.
    static func anchorsByText(_ blocks: [String]) -> [String: String] {
        let body = MarkdownRenderer.render(blocks.joined(separator: "\n\n") + "\n")
        return Dictionary(uniqueKeysWithValues: body.blocks.filter { !$0.isHeading }.map { ($0.text, $0.anchor) })
    }

    @Test func idsHaveTheirFormAndAreDeterministic() {
        let anchors = Self.anchors(Self.speech)
        #expect(anchors.count == 5)
        #expect(anchors.allSatisfy(ParagraphAnchor.isParagraphAnchor))
        #expect(anchors.allSatisfy { $0.count == 8 && $0.hasPrefix("p-") })
        #expect(Set(anchors).count == anchors.count)
        #expect(Self.anchors(Self.speech) == anchors)
        // Fixed across processes and releases: links already published depend on it.
        #expect(ParagraphAnchor.base(forText: "同志们：") == ParagraphAnchor.base(forText: "同志们："))
    }

    @Test func insertingRemovingOrEditingAParagraphChangesOnlyItsOwnId() {
        let before = Self.anchorsByText(Self.speech)
        var inserted = Self.speech
        inserted.insert("新插入的一段话，在最前面。", at: 1)
        inserted.insert("## 零、新的一节", at: 0)
        let afterInsert = Self.anchorsByText(inserted)
        for (text, anchor) in before { #expect(afterInsert[text] == anchor, "\(text)") }

        var removed = Self.speech
        removed.remove(at: 2)
        let afterRemove = Self.anchorsByText(removed)
        for (text, anchor) in afterRemove { #expect(before[text] == anchor, "\(text)") }

        var edited = Self.speech
        edited[3] = "工会组织要坚持“两个确立”，做到“两个维护”。"
        let afterEdit = Self.anchors(edited)
        let original = Self.anchors(Self.speech)
        #expect(zip(original, afterEdit).filter { $0 != $1 }.count == 1)
        #expect(original[2] != afterEdit[2])
    }

    @Test func punctuationSpacingCaseAndMarkupDoNotChangeAnId() {
        let plain = ParagraphAnchor.base(forText: "要坚持AI赋能，推进2024年工作。")
        #expect(ParagraphAnchor.base(forText: "要坚持 ａｉ 赋能、推进２０２４年工作！") == plain)
        let rendered = MarkdownRenderer.render("要坚持**AI**赋能，\n推进2024年工作。\n")
        #expect(rendered.blocks[0].anchor == plain)
        #expect(ParagraphAnchor.base(forText: "要坚持AI赋能，推进2025年工作。") != plain)
        // Paragraphs without letters or digits still differ from one another.
        #expect(ParagraphAnchor.base(forText: "……") != ParagraphAnchor.base(forText: "※ ※ ※"))
        #expect(ParagraphAnchor.base(forText: "※ ※ ※") == ParagraphAnchor.base(forText: "※※※"))
    }

    @Test func equalParagraphsAreToldApartInOrderAndNeverCollide() {
        let blocks = ["同志们：", "第一段。", "同志们：", "## 同志们", "同志们！", "第二段。"]
        let anchors = Self.anchors(blocks)
        let base = ParagraphAnchor.base(forText: "同志们：")
        #expect(anchors[0] == base && anchors[2] == base + "-2" && anchors[3] == base + "-3")
        #expect(anchors.allSatisfy(ParagraphAnchor.isParagraphAnchor))
        #expect(Set(anchors).count == anchors.count)
        // The heading's slug is its own, so the paragraph ids do not move when headings change.
        let body = MarkdownRenderer.render(blocks.joined(separator: "\n\n") + "\n")
        #expect(body.blocks[3].anchor == "同志们")

        // A thousand equal paragraphs: all different, one probe each.
        let many = MarkdownRenderer.render(Array(repeating: "（略）", count: 1000).joined(separator: "\n\n") + "\n")
        #expect(Set(many.blocks.map(\.anchor)).count == 1000)
        #expect(many.blocks.map(\.paragraphNumber) == Array(1...1000))
    }

    @Test func differentTextsSharingAHashGetDifferentIds() throws {
        // Two different texts with the same base (30 bits: some pair among a few ten thousand texts).
        var seen: [String: String] = [:]
        var pair: (String, String)?
        var number = 0
        while pair == nil, number < 200_000 {
            let text = "第\(number)段"
            let base = ParagraphAnchor.base(forText: text)
            if let other = seen[base] { pair = (other, text) } else { seen[base] = text }
            number += 1
        }
        let (first, second) = try #require(pair)
        var allocator = AnchorAllocator()
        let a = allocator.paragraphAnchor(for: first)
        let b = allocator.paragraphAnchor(for: second)
        #expect(a != b && b == a + "-2")
        #expect(ParagraphAnchor.isParagraphAnchor(a) && ParagraphAnchor.isParagraphAnchor(b))
    }

    @Test func recognisesParagraphIdsAndOldNumbers() {
        #expect(ParagraphAnchor.isParagraphAnchor("p-k3x9q2"))
        #expect(ParagraphAnchor.isParagraphAnchor("p-k3x9q2-12"))
        #expect(!ParagraphAnchor.isParagraphAnchor("p-k3x9q"))
        #expect(!ParagraphAnchor.isParagraphAnchor("p-k3x9q2-"))
        #expect(!ParagraphAnchor.isParagraphAnchor("p-k3x9qi"))  // i is not in the alphabet
        #expect(!ParagraphAnchor.isParagraphAnchor("p12"))
        #expect(ParagraphAnchor.legacyNumber("p12") == 12)
        #expect(ParagraphAnchor.legacyNumber("p0") == nil)
        #expect(ParagraphAnchor.legacyNumber("p-k3x9q2") == nil)
        #expect(ParagraphAnchor.legacyNumber("第一") == nil)
    }
}
