/// Classifies a line of the header block after the title: subtitle, date line, note or byline,
/// with the values it carries. Only lines at the top of the text are ever asked (see `HeaderReader`).
struct HeaderPart: Equatable {
    let role: HeaderLine.Role
    var date: TextDate?
    var occasion: String?
    var byline: BylineParser.Byline?

    static let maximumSubtitleLength = 100
    static let maximumDatedLineLength = 80
    static let maximumNoteLength = 20

    static func classify(_ s: [Unicode.Scalar]) -> HeaderPart? {
        // A numbered line (（一）, 一、…) starts the body, even when it is short and bracketed.
        if Numbering.parse(s, at: 0, end: s.count) != nil { return nil }
        if let dash = dashLength(s), dash < s.count, s.count <= maximumSubtitleLength {
            let phrase = DatedPhrase.parse(s, dash..<s.count)
            return HeaderPart(role: .subtitle, date: phrase?.date, occasion: phrase?.occasion)
        }
        if let date = TextDateParser.parse(line: s) {
            return HeaderPart(role: .date, date: date)
        }
        if s.count <= maximumDatedLineLength, let first = s.first,
           Punctuation.digitValue(first) != nil || ChineseNumeral.digit(first) != nil || DatedPhrase.isOpening(first),
           let phrase = DatedPhrase.parse(s, 0..<s.count), phrase.date != nil {
            return HeaderPart(role: .date, date: phrase.date, occasion: phrase.occasion)
        }
        if isNote(s) { return HeaderPart(role: .note) }
        if !SectionWord.matches(s), let byline = BylineParser.parse(s) {
            return HeaderPart(role: .byline, byline: byline)
        }
        return nil
    }

    /// Length of a leading dash: ——, —, ―, ─, －, – (one or more), or -- (at least two ASCII hyphens).
    static func dashLength(_ s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count, "—―─－–".unicodeScalars.contains(s[i]) { i += 1 }
        if i > 0 { return i }
        while i < s.count, s[i] == "-" { i += 1 }
        return i >= 2 ? i : nil
    }

    /// （摘要）, （节选）, （根据录音整理）: a short bracketed remark without a sentence in it.
    private static func isNote(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count >= 3, s.count <= maximumNoteLength, let first = s.first, let last = s.last,
              DatedPhrase.isOpening(first), DatedPhrase.isClosing(last) else { return false }
        return !s.contains(where: Punctuation.endsSentence)
    }
}
