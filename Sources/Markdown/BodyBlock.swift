/// A heading or paragraph of a speech body.
public struct BodyBlock: Sendable, Hashable {
    /// 0 for a paragraph, 1…6 for headings.
    public var headingLevel: Int
    /// The element id in the page (a paragraph's `p-k3x9q2`, see `ParagraphAnchor`, or a heading's slug).
    public var anchor: String
    /// A paragraph's position among the body's paragraphs, from 1, as a citation counts it (第 3 段) and as the
    /// old ids named it (`p3`); 0 for a heading.
    public var paragraphNumber: Int
    /// The text a reader sees, without markup.
    public var text: String
    /// The line of the Markdown body where the block starts (1-based, within the body).
    public var line: Int
    /// The block's keyword mentions: a range of `RenderedBody.keywordMatches`.
    public var keywordMatches: Range<Int>

    public init(
        headingLevel: Int, anchor: String, paragraphNumber: Int = 0, text: String, line: Int, keywordMatches: Range<Int> = 0..<0
    ) {
        self.headingLevel = headingLevel
        self.anchor = anchor
        self.paragraphNumber = paragraphNumber
        self.text = text
        self.line = line
        self.keywordMatches = keywordMatches
    }

    public var isHeading: Bool { headingLevel > 0 }
}
