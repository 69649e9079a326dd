import PortalSupport

/// A speech body after cmark: its HTML and the plain text of each block, as Swift values.
public struct RenderedBody: Sendable {
    /// The body HTML: safe mode (no raw HTML, no `javascript:` links), ids on headings and paragraphs,
    /// and the first mention of each keyword linked to its page.
    public var html: String
    /// Headings and paragraphs in document order, with their anchors and plain text.
    public var blocks: [BodyBlock]
    /// Every keyword mention outside links and code, in document order.
    public var keywordHits: [KeywordHit]
    /// Links in the body that point nowhere (a speech file that does not exist) or were removed as unsafe
    /// (`javascript:` and the like), with their places.
    public var brokenLinks: [BodyLinkIssue]

    /// The headings, for the table of contents.
    public var headings: [BodyBlock] { blocks.filter(\.isHeading) }

    /// Characters a reader reads: letters, digits and CJK characters, not spaces or punctuation.
    public var characterCount: Int

    /// Counts readable characters (letters and digits) in UTF-8 without making a `String`.
    static func readableCharacters(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07)
            for offset in 1..<length where index + offset < bytes.count {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            index += length
            if CJKCharacters.isWordCharacter(value) { count += 1 }
        }
        return count
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
    public var keyword: KeywordID
    public var block: Int
    public var start: Int
    public var end: Int
}

/// A link in a body that cannot be kept, with its place in the body (line, and column in characters).
public struct BodyLinkIssue: Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        /// A link to a speech file that does not exist.
        case missingSpeech
        /// A link or image that could run code (`javascript:`, `vbscript:`, `file:`, `data:` other than images):
        /// removed, its text kept.
        case unsafe
    }

    public var problem: Problem
    public var destination: String
    public var line: Int
    public var column: Int
}
