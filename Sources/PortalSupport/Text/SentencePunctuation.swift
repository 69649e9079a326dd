/// Where Chinese sentences end: the one set of sentence terminators, shared by the text converter (which
/// finds lead sentences and titles) and the keyword snippets (which cut a sentence out of a paragraph).
package enum SentencePunctuation {
    /// Ends a sentence: 。！？ and their ASCII forms. ASCII "." is left out on purpose: it is a decimal point
    /// or list marker far more often than a Chinese full stop.
    @inlinable package static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?": true
        default: false
        }
    }

    /// Ends a sentence or a run of clauses that reads as one: the sentence ends, the semicolons (；;) and the
    /// ellipsis (…). A keyword's context stops there, so a snippet stays short in the long series speeches
    /// are made of (一是……；二是……；).
    @inlinable package static func endsSentenceOrClauseSeries(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "；", "…", ";": true
        default: endsSentence(scalar)
        }
    }
}
