/// One keyword mention, as `KeywordMatcher` finds it and the Markdown renderer records it.
///
/// `start` and `end` are UTF-8 byte offsets into the searched text (`end` is exclusive), so they can be
/// used directly on the bytes cmark hands over; they always fall on scalar boundaries because the
/// patterns themselves are whole UTF-8 strings.
public struct KeywordMatch: Sendable, Hashable {
    /// The keyword given with the matched text when the matcher was built.
    public var keyword: KeywordID
    /// UTF-8 offset of the first byte of the mention.
    public var start: Int
    /// UTF-8 offset just past the last byte of the mention.
    public var end: Int

    public init(keyword: KeywordID, start: Int, end: Int) {
        self.keyword = keyword
        self.start = start
        self.end = end
    }

    /// The mention as a range of UTF-8 offsets.
    public var range: Range<Int> { start..<end }
}
