/// One line of the document's own header block (the lines above the salutation or the first
/// paragraph), exactly as written, with the part it plays.
public struct HeaderLine: Sendable, Equatable, Hashable {
    /// What a header line is.
    public enum Role: String, Sendable, Equatable, Hashable, CaseIterable {
        /// A line of the title (one to three lines: a main title and its continuations).
        case title
        /// `——在……上的讲话`, `——2017年3月5日在……会议上` (dash `——`, `—` or `--`).
        case subtitle
        /// `（2024年1月15日）`, `二〇二四年一月十五日`, or a resolution's `（2024年1月15日……会议通过）`.
        case date
        /// The speaker: `习　近　平`, `国务院总理李克强`, `市总工会党组书记、主席　张建华`.
        case byline
        /// A bracketed remark such as `（摘要）` or `（根据录音整理）`.
        case note
    }

    /// The part this line plays.
    public let role: Role
    /// The line as written, trimmed at both ends (inner spaces such as `习　近　平` kept).
    public let text: String
    /// 1-based line number in the source text.
    public let line: Int

    /// Creates a header line.
    public init(role: Role, text: String, line: Int) {
        self.role = role
        self.text = text
        self.line = line
    }
}
