/// Decides which lines at the top of a text are its title.
///
/// A title line is at most `maximumLength` scalars (after trimming), has no sentence end
/// (。！？) anywhere, no clause punctuation (，、；：…) at its end, and is not a greeting, a
/// closing, a numbered line or a date line. The first non-blank line is the title when it reads
/// as one and the text goes on after it; see `HeaderReader` for the second and third lines.
enum TitleDetector {
    static let maximumLength = 50

    /// What a complete title ends with: the kind of document (…的讲话, 政府工作报告, …的决议).
    static let documentKinds: [[Unicode.Scalar]] = OccasionParser.speechKinds + [
        "决议", "决定", "公报", "意见", "通知", "纲要", "说明", "规划", "建议", "宣言", "章程", "条例", "办法", "方案",
        "要点", "总结", "讲义",
    ].map { Array($0.unicodeScalars) }

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

    /// Whether a title line names the kind of document, so that no further title line follows it.
    static func isComplete(_ s: [Unicode.Scalar]) -> Bool {
        let body = OccasionParser.withoutTrailingNote(s[...])
        return documentKinds.contains { body.count >= $0.count && body.suffix($0.count).elementsEqual($0) }
    }
}
