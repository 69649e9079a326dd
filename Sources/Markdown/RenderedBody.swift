import PortalSupport

/// A speech body after cmark: its HTML and the plain text of each block, as Swift values.
public struct RenderedBody: Sendable {
    /// The body HTML: safe mode (no raw HTML, no `javascript:` links), ids on headings and paragraphs,
    /// and the first visible mention of each keyword linked to its page; without the opening tags of those
    /// links when `keywordLinkOpenings` says where they go (`html(openingTag:)` puts them back).
    public var html: String
    /// Where the keyword links' opening tags were taken out of `html`, in order (`BodyLinking.keywordLinkTags`).
    public var keywordLinkOpenings: [KeywordLinkOpening]
    /// Headings and paragraphs in document order, with their anchors and plain text.
    public var blocks: [BodyBlock]
    /// Every use of every keyword outside links and code, as pages count them (`KeywordMentions.uses`: a use
    /// inside another keyword's longer mention counts too), by block, then start. Offsets are into the text
    /// of the block the use is in; `BodyBlock.keywordUses` says which uses are in a block.
    public var keywordUses: [KeywordMatch]
    /// Links in the body that point nowhere (a speech file that does not exist) or were removed as unsafe
    /// (`javascript:` and the like), with their places.
    public var brokenLinks: [BodyLinkIssue]
    /// Characters a reader reads: letters, digits and CJK characters, not spaces or punctuation.
    public var characterCount: Int

    public init(
        html: String, blocks: [BodyBlock], keywordUses: [KeywordMatch], brokenLinks: [BodyLinkIssue],
        characterCount: Int, keywordLinkOpenings: [KeywordLinkOpening] = []
    ) {
        self.html = html
        self.keywordLinkOpenings = keywordLinkOpenings
        self.blocks = blocks
        self.keywordUses = keywordUses
        self.brokenLinks = brokenLinks
        self.characterCount = characterCount
    }

    /// The whole body HTML: `html` with each keyword link's opening tag back in place. `openingTag` gives each
    /// keyword's tag as the body was rendered with it: `KeywordLinkOpening.tag` of its `BodyLinking.keywordLink`.
    public func html(openingTag: (KeywordID) -> [UInt8]) -> String {
        guard !keywordLinkOpenings.isEmpty else { return html }
        let tags = keywordLinkOpenings.map { openingTag($0.keyword) }
        var kept = html
        return kept.withUTF8 { text in
            // Written straight into the string, at its size: one copy of the body per page.
            String(unsafeUninitializedCapacity: text.count + tags.reduce(0) { $0 + $1.count }) { out in
                var written = 0
                var position = 0
                func copy(_ bytes: some Collection<UInt8>) {
                    _ = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(from: bytes)
                    written += bytes.count
                }
                for (opening, tag) in zip(keywordLinkOpenings, tags) {
                    copy(text[position..<opening.offset])
                    position = opening.offset
                    copy(tag)
                }
                copy(text[position...])
                return written
            }
        }
    }

    /// The headings, for the table of contents.
    public var headings: [BodyBlock] { blocks.filter(\.isHeading) }

    /// The keyword uses in block `index`.
    public func keywordUses(inBlock index: Int) -> ArraySlice<KeywordMatch> {
        keywordUses[blocks[index].keywordUses]
    }

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
