/// Decides whether the first non-blank line is the speech's title: at most `maximumLength`
/// scalars (after trimming, so leading ASCII or full-width spaces do not matter), no
/// sentence end (。！？) anywhere, no clause punctuation (，、；：…) at its end, and not a
/// greeting, a closing, a numbered line or a date line. Only the first line is considered:
/// a later short line is a heading or a paragraph.
enum TitleDetector {
    static let maximumLength = 50

    static func isTitle(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 2, s.count <= maximumLength, let last = s.last else { return false }
        if s.contains(where: Punctuation.endsSentence) { return false }
        switch last {
        case "，", ",", "、", "；", ";", "：", ":", "…", ".": return false
        default: break
        }
        if SpeechFormulas.isSalutationLine(s) || SpeechFormulas.isClosingLine(s) { return false }
        if Numbering.parse(s, at: 0, end: s.count) != nil { return false }
        return TextDateParser.parse(line: s) == nil
    }
}
