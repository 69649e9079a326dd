/// A heading or paragraph of a speech body.
public struct BodyBlock: Sendable, Hashable {
    /// 0 for a paragraph, 1…6 for headings.
    public var headingLevel: Int
    /// The element id in the page (`p3`, or a heading's slug).
    public var anchor: String
    /// The text a reader sees, without markup.
    public var text: String
    /// The line of the Markdown body where the block starts (1-based, within the body).
    public var line: Int
    /// The block's keyword uses: a range of `RenderedBody.keywordUses`.
    public var keywordUses: Range<Int>

    public init(headingLevel: Int, anchor: String, text: String, line: Int, keywordUses: Range<Int> = 0..<0) {
        self.headingLevel = headingLevel
        self.anchor = anchor
        self.text = text
        self.line = line
        self.keywordUses = keywordUses
    }

    public var isHeading: Bool { headingLevel > 0 }
}
