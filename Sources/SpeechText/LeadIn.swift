/// A short lead sentence that opens a paragraph and is followed by its explanation:
/// 增强政治定力。把坚持党的领导作为…
///
/// It qualifies when it ends with 。 within `maximumLength` scalars, has no comma,
/// semicolon or colon outside quotes, and the line goes on after it. The converter bolds
/// qualifying leads only on runs of at least two consecutive lines that all qualify, the
/// parallel structure of seed 003 (增强政治定力。/强化政治引领。/筑牢阶级基础。); a lone short
/// first sentence is far more often an ordinary topic sentence (政治安全是最大的安全、最根本的安全。).
/// The 。 stays outside the bold: `**增强政治定力**。把…`.
enum LeadIn {
    static let maximumLength = 20

    /// Range of the lead sentence without its 。, when the line has one.
    static func lead(_ s: [Unicode.Scalar]) -> Range<Int>? {
        guard let sentence = SentenceScanner.firstSentence(s, from: 0, end: s.count, limit: maximumLength),
              !sentence.hasClauseBreak, s[sentence.end] == "。",
              sentence.end >= 2, sentence.end + 1 < s.count else { return nil }
        let range = 0..<sentence.end
        guard EmphasisFlanking.canWrap(s, range, in: 0..<s.count) else { return nil }
        return range
    }
}
