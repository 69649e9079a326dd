/// Reads the occasion out of the header lines that name one.
///
/// - A title ending with a kind of speech (讲话, 发言, 致辞 …, optionally followed by a bracketed
///   note such as （摘要）): the occasion is what lies between the first 在 and the last 的 before
///   the kind, without a final 上/中/时/期间/之际. 在市总工会X届X次全委会议的讲话 →
///   市总工会X届X次全委会议; 在工会系统理论培训班上的动员讲话 → 工会系统理论培训班. Of a title
///   with a ——, only the part after the last —— counts.
/// - A subtitle or dated line (——2017年3月5日在第十二届全国人民代表大会第五次会议上): the same,
///   or, without a kind of speech, what lies between 在 and a final 上/中/时/期间/之际.
/// - A resolution's date line (（2024年1月15日市总工会十五届三次全委会议通过）): what lies
///   between the date and 通过 (批准, 审议通过 …).
enum OccasionParser {
    static let speechKinds: [[Unicode.Scalar]] = [
        "讲话", "发言", "致辞", "致词", "贺词", "报告", "讲稿", "党课", "讲课", "主持词", "辅导",
    ].map { Array($0.unicodeScalars) }
    static let positionSuffixes: [[Unicode.Scalar]] = ["期间", "之际", "上", "中", "时"].map { Array($0.unicodeScalars) }
    static let adoptionVerbs: [[Unicode.Scalar]] = [
        "审议通过", "讨论通过", "表决通过", "原则通过", "通过", "批准", "修订", "修正", "修改",
    ].map { Array($0.unicodeScalars) }
    static let maximumLength = 60

    /// The occasion a title names, if it ends with a kind of speech.
    static func occasion(in title: [Unicode.Scalar]) -> String? {
        var s = title[...]
        if let dash = lastDashIndex(title) { s = title[(dash + 2)...] }
        return occasion(ofSpeechPhrase: withoutTrailingNote(s))
    }

    /// The occasion of a subtitle or dated line, after its dash and date: 在……上(的讲话).
    static func occasion(inPhrase s: ArraySlice<Unicode.Scalar>) -> String? {
        let phrase = withoutTrailingNote(s)
        if let found = occasion(ofSpeechPhrase: phrase) { return found }
        guard let at = phrase.firstIndex(of: "在"), at - phrase.startIndex <= 12,
              let suffix = positionSuffixes.first(where: { phrase.count > $0.count && phrase.suffix($0.count).elementsEqual($0) })
        else { return nil }
        return cleaned(phrase[(at + 1)..<(phrase.endIndex - suffix.count)])
    }

    /// The body of a resolution's date line: ……会议通过 → ……会议.
    static func occasion(inAdoption s: ArraySlice<Unicode.Scalar>) -> String? {
        guard let verb = adoptionVerbs.first(where: { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }) else {
            return nil
        }
        var body = s.dropLast(verb.count)
        if body.last == "上" { body = body.dropLast() }
        return cleaned(body)
    }

    /// 在 … 的 + kind of speech → what lies between.
    private static func occasion(ofSpeechPhrase s: ArraySlice<Unicode.Scalar>) -> String? {
        guard let kind = speechKinds.first(where: { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }),
              let at = s.firstIndex(of: "在") else { return nil }
        let kindStart = s.endIndex - kind.count
        guard at + 1 < kindStart, let de = s[(at + 1)..<kindStart].lastIndex(of: "的") else { return nil }
        var occasion = s[(at + 1)..<de]
        if let suffix = positionSuffixes.first(where: { occasion.count > $0.count && occasion.suffix($0.count).elementsEqual($0) }) {
            occasion = occasion.dropLast(suffix.count)
        }
        return cleaned(occasion)
    }

    private static func cleaned(_ s: ArraySlice<Unicode.Scalar>) -> String? {
        var occasion = s
        while let last = occasion.last, Punctuation.isLineSpace(last) || last == "，" { occasion = occasion.dropLast() }
        while let first = occasion.first, Punctuation.isLineSpace(first) { occasion = occasion.dropFirst() }
        guard !occasion.isEmpty, occasion.count <= maximumLength else { return nil }
        return SpeechConverter.string(occasion)
    }

    private static func lastDashIndex(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count >= 2 else { return nil }
        for i in stride(from: s.count - 2, through: 0, by: -1) where s[i] == "—" && s[i + 1] == "—" {
            return i
        }
        return nil
    }

    /// Drops a final bracketed note such as （摘要） or （2023年3月5日）.
    static func withoutTrailingNote(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard let last = s.last, last == "）" || last == ")",
              let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), open > s.startIndex else { return s }
        var trimmed = s[..<open]
        while let end = trimmed.last, Punctuation.isLineSpace(end) { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
