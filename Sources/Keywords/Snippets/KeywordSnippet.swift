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
    public var before: String { part(0..<hit.lowerBound) }
    /// The mention itself.
    public var hitText: String { part(hit) }
    /// The text after the mention.
    public var after: String { part(hit.upperBound..<text.utf8.count) }

    private func part(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = min(max(range.lowerBound, 0), utf8.count)
        let upper = min(max(range.upperBound, lower), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(utf8.startIndex, offsetBy: upper)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
