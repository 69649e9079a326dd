/// Unnumbered lines that head a section of a long report: 结束语, 结语, 总结, 附件 (附件1, 附件一),
/// 前言, 引言 …, alone on their line, optionally with a final colon. The outline makes them
/// headings at the top level when the document has numbered top-level sections (see
/// `OutlinePlanner`); elsewhere they stay paragraphs.
enum SectionWord {
    static let words: [[Unicode.Scalar]] = [
        "结束语", "结语", "总结", "小结", "附件", "附录", "前言", "引言", "序言", "导言", "后记", "尾声",
    ].map { Array($0.unicodeScalars) }

    static func matches(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= 8, let word = words.first(where: { s.starts(with: $0) }) else { return false }
        var i = word.count
        // 附件1, 附件一, 附件２
        while i < s.count, Punctuation.digitValue(s[i]) != nil || ChineseNumeral.digit(s[i]) != nil { i += 1 }
        if i < s.count, s[i] == "：" || s[i] == ":" { i += 1 }
        return i == s.count
    }
}
