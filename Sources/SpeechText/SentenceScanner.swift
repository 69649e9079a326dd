/// Finds where the first sentence of a stretch of text ends, ignoring sentence ends inside
/// quotation marks and brackets (“……工作。”), so 一、捍卫“两个确立”，做到“两个维护”。 ends
/// at the last 。.
enum SentenceScanner {
    struct Sentence: Equatable {
        /// Index of the sentence-ending scalar (。！？!?).
        let end: Int
        /// Whether a clause break (，；：) occurs in it outside quotation marks.
        let hasClauseBreak: Bool
    }

    /// The first sentence in `s[start..<end]` if it ends within `limit` scalars of `start`.
    /// Scans at most `limit` + 1 scalars, so callers stay linear on huge lines.
    static func firstSentence(_ s: [Unicode.Scalar], from start: Int, end: Int, limit: Int) -> Sentence? {
        var depth = 0
        var clauseBreak = false
        var i = start
        let stop = min(end, start + limit + 1)
        while i < stop {
            let c = s[i]
            if Punctuation.opensQuote(c) {
                depth += 1
            } else if Punctuation.closesQuote(c) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                if Punctuation.endsSentence(c) { return Sentence(end: i, hasClauseBreak: clauseBreak) }
                if Punctuation.breaksClause(c) { clauseBreak = true }
            }
            i += 1
        }
        return nil
    }

    /// Whether `s[start..<end]` contains a sentence end outside quotation marks.
    static func containsSentenceEnd(_ s: [Unicode.Scalar], from start: Int, end: Int) -> Bool {
        firstSentence(s, from: start, end: end, limit: end - start) != nil
    }
}
