import PortalSupport

/// A keyword in context: the sentence around a mention, shortened with “…” when long, and where the
/// mention is inside it, so a page can highlight it (`before`, `hit`, `after` are ready for a template).
public struct KeywordSnippet: Sendable, Hashable {
    /// The sentence (or the part of it around the mention), including any leading or trailing “…”.
    public var text: String
    /// The mention inside `text`, as UTF-8 byte offsets.
    public var hit: Range<Int>

    public init(text: String, hit: Range<Int>) {
        self.text = text
        self.hit = hit
    }

    /// The text before the mention.
    public var before: String { text.utf8Slice(0..<hit.lowerBound) }
    /// The mention itself.
    public var hitText: String { text.utf8Slice(hit) }
    /// The text after the mention.
    public var after: String { text.utf8Slice(hit.upperBound..<text.utf8.count) }
}
