import PortalSupport

/// What the body renderer needs from the rest of the site, as Swift values: which keywords to find and
/// where their pages are, and where links to other speeches go. The keyword target and the site's routes
/// provide them, so Markdown depends on neither.
public struct BodyLinking: Sendable {
    /// Finds keyword uses and visible mentions in a run of text (UTF-8 byte offsets).
    public var findKeywords: @Sendable (UnsafeBufferPointer<UInt8>) -> KeywordMentions
    /// The link for a keyword's first mention (href relative to the speech page, and a tooltip), or nil to
    /// leave the mention unlinked.
    public var keywordLink: @Sendable (KeywordID) -> (href: String, title: String)?
    /// Rewrites a link destination written in the body (e.g. `other-speech.md`).
    public var resolveLink: @Sendable (String) -> LinkResolution
    /// Each keyword's link opening tag, by keyword index (`KeywordLinkOpening.tag` of its `keywordLink`), or
    /// nil. When set, the tags are kept out of `RenderedBody.html` (`keywordLinkOpenings` says where they go):
    /// for a site that holds every body until its pages are written. `RenderedBody.html(openingTag:)` puts
    /// them back.
    public var keywordLinkTags: [[UInt8]]?

    public init(
        findKeywords: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> KeywordMentions,
        keywordLink: @escaping @Sendable (KeywordID) -> (href: String, title: String)?,
        resolveLink: @escaping @Sendable (String) -> LinkResolution,
        keywordLinkTags: [[UInt8]]? = nil
    ) {
        self.findKeywords = findKeywords
        self.keywordLink = keywordLink
        self.resolveLink = resolveLink
        self.keywordLinkTags = keywordLinkTags
    }

    /// No keywords, links kept as written: for previews and tests.
    public static let plain = BodyLinking(
        findKeywords: { _ in KeywordMentions() }, keywordLink: { _ in nil }, resolveLink: { _ in .keep })
}

/// What becomes of a link destination in a speech body.
public enum LinkResolution: Sendable, Equatable {
    /// An external or page-relative link: left as the editor wrote it.
    case keep
    /// A link to another speech's file, pointed at its page.
    case rewrite(String)
    /// A link to a speech file that does not exist.
    case broken
}
