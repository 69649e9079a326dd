/// A speech body after cmark: its HTML and the plain text of each block, as Swift values.
public struct RenderedBody: Sendable {
    /// The body HTML: safe mode (no raw HTML, no `javascript:` links), ids on headings and paragraphs,
    /// and the first mention of each keyword linked to its page.
    public var html: String
    /// Headings and paragraphs in document order, with their anchors and plain text.
    public var blocks: [BodyBlock]
    /// Every keyword mention outside links and code, in document order.
    public var keywordHits: [KeywordHit]
    /// Links in the body that point nowhere (a speech file that does not exist), with their places.
    public var brokenLinks: [BodyLinkIssue]

    /// The headings, for the table of contents.
    public var headings: [BodyBlock] { blocks.filter(\.isHeading) }

    /// Characters a reader reads: letters, digits and CJK characters, not spaces or punctuation.
    public var characterCount: Int {
        blocks.reduce(0) { $0 + $1.text.unicodeScalars.count(where: Self.isCountedScalar) }
    }

    static func isCountedScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

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

    public var isHeading: Bool { headingLevel > 0 }
}

/// A keyword found in a block: which keyword, and where in the block's text (UTF-8 byte offsets).
public struct KeywordHit: Sendable, Hashable {
    public var keyword: Int
    public var block: Int
    public var start: Int
    public var end: Int
}

/// A link in a body that cannot be resolved, with its place in the body (line, and column in characters).
public struct BodyLinkIssue: Sendable, Hashable {
    public var destination: String
    public var line: Int
    public var column: Int
}
