/// Reads the occasion out of a title that names one: 在市总工会X届X次全委会议的讲话 →
/// 市总工会X届X次全委会议; 在工会系统理论培训班上的动员讲话 → 工会系统理论培训班.
///
/// The title (or the part after its last ——) must end with a kind of speech (讲话, 发言,
/// 致辞 …), optionally followed by a bracketed note (（摘要）); the occasion is what lies
/// between the first 在 and the last 的 before that, without a final 上/中/时/期间/之际.
enum OccasionParser {
    static let speechKinds: [[Unicode.Scalar]] = [
        "讲话", "发言", "致辞", "致词", "贺词", "报告", "讲稿", "党课", "讲课", "主持词", "辅导",
    ].map { Array($0.unicodeScalars) }
    static let positionSuffixes: [[Unicode.Scalar]] = ["期间", "之际", "上", "中", "时"].map { Array($0.unicodeScalars) }
    static let maximumLength = 60

    static func occasion(in title: [Unicode.Scalar]) -> String? {
        var s = title
        if let dash = lastDashIndex(s) { s = Array(s[(dash + 2)...]) }
        s = withoutTrailingNote(s)
        guard let kind = speechKinds.first(where: { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }),
              let at = s.firstIndex(of: "在") else { return nil }
        let kindStart = s.count - kind.count
        guard at + 1 < kindStart,
              let de = s[(at + 1)..<kindStart].lastIndex(of: "的") else { return nil }
        var occasion = Array(s[(at + 1)..<de])
        if let suffix = positionSuffixes.first(where: { occasion.count > $0.count && occasion.suffix($0.count).elementsEqual($0) }) {
            occasion.removeLast(suffix.count)
        }
        while let last = occasion.last, Punctuation.isLineSpace(last) { occasion.removeLast() }
        while let first = occasion.first, Punctuation.isLineSpace(first) { occasion.removeFirst() }
        guard !occasion.isEmpty, occasion.count <= maximumLength else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: occasion)
        return text
    }

    private static func lastDashIndex(_ s: [Unicode.Scalar]) -> Int? {
        guard s.count >= 2 else { return nil }
        for i in stride(from: s.count - 2, through: 0, by: -1) where s[i] == "—" && s[i + 1] == "—" {
            return i
        }
        return nil
    }

    /// Drops a final bracketed note such as （摘要） or （2023年3月5日）.
    private static func withoutTrailingNote(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let last = s.last, last == "）" || last == ")",
              let open = s.lastIndex(where: { $0 == "（" || $0 == "(" }), open > 0 else { return s }
        var trimmed = Array(s[..<open])
        while let end = trimmed.last, Punctuation.isLineSpace(end) { trimmed.removeLast() }
        return trimmed
    }
}
