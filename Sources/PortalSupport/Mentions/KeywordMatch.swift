/// One keyword mention, as `KeywordMatcher` finds it and the Markdown renderer records it.
///
/// `start` and `end` are UTF-8 byte offsets into the searched text (`end` is exclusive), so they can be
/// used directly on the bytes cmark hands over; they always fall on scalar boundaries because the
/// patterns themselves are whole UTF-8 strings.
///
/// Stored in 32-bit fields (12 bytes, not 24): a site keeps every use of every keyword until its pages are
/// written, millions on a large site, and no text node is 2 GB long nor a vocabulary two billion keywords.
public struct KeywordMatch: Sendable, Hashable {
    private var keywordIndex: Int32
    private var start32: Int32
    private var end32: Int32

    /// The keyword given with the matched text when the matcher was built.
    public var keyword: KeywordID {
        get { KeywordID(Int(keywordIndex)) }
        set { keywordIndex = Int32(truncatingIfNeeded: newValue.index) }
    }
    /// UTF-8 offset of the first byte of the mention.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }
    /// UTF-8 offset just past the last byte of the mention.
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }

    public init(keyword: KeywordID, start: Int, end: Int) {
        keywordIndex = Int32(truncatingIfNeeded: keyword.index)
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
    }

    /// The mention as a range of UTF-8 offsets.
    public var range: Range<Int> { start..<end }
}
