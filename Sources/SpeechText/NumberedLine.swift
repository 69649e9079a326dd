/// The shape of a line that starts with a numbering marker (第一，一、（一）1. 1、（1）一是 一要,
/// 第一部分, a bare 一): what it could be in the outline. Whether it becomes a heading is decided for
/// its whole series by `SeriesDecision`.
///
/// - `inlineList`: the line continues its own series after a sentence end (一是…。二是…。); it
///   stays one paragraph.
/// - `listItem`: the line ends with ；, or with ，、 (an unfinished clause): an item of a list.
/// - `lead`: its first sentence (ended by 。！？ outside quotes) is at most `maximumHeadingLength`
///   scalars and the line goes on: 一、捍卫“两个确立”，做到“两个维护”。工会党组要… can become
///   `## 一、捍卫“两个确立”，做到“两个维护”。` and a paragraph 工会党组要…
/// - `sentence`: the whole line is one such sentence (一是抓好维权服务工作。).
/// - `short`: at most `maximumHeadingLength` scalars without a sentence end (一、抓好学习贯彻).
/// - `long`: none of these (seed 002's 一是要按照两个会议的… is one 119-character sentence).
enum NumberedLine {
    static let maximumHeadingLength = 60
    /// A lead sentence this long is still split off when the rest of its series are headings.
    static let maximumSeriesLeadLength = 100

    enum Shape: Equatable {
        case short
        case sentence
        /// The lead sentence ends before `split` (kept in 32 bits: one shape per numbered line is stored).
        case lead(split: Int32)
        case listItem
        case long
        case inlineList

        /// Whether the line can be a heading on its own shape.
        var canBeHeading: Bool {
            switch self {
            case .short, .sentence, .lead: true
            case .listItem, .long, .inlineList: false
            }
        }
    }

    static func shape(_ s: [Unicode.Scalar], _ numbering: Numbering) -> Shape {
        if continuesSeries(s, numbering) { return .inlineList }
        if let last = s.last, s.count > numbering.length, last == "；" || last == ";" || last == "，" || last == ","
            || last == "、" { return .listItem }
        let limit = max(0, maximumHeadingLength - numbering.length)
        if let sentence = SentenceScanner.firstSentence(s, from: numbering.length, end: s.count, limit: limit) {
            let split = sentence.end + 1
            return split >= s.count ? .sentence : .lead(split: Int32(clamping: split))
        }
        return s.count <= maximumHeadingLength ? .short : .long
    }

    /// Where a `long` line of a heading series splits: after its first sentence, when that ends
    /// within `maximumSeriesLeadLength` scalars and the line goes on.
    static func seriesLeadSplit(_ s: [Unicode.Scalar], _ numbering: Numbering) -> Int? {
        let limit = max(0, maximumSeriesLeadLength - numbering.length)
        guard let sentence = SentenceScanner.firstSentence(s, from: numbering.length, end: s.count, limit: limit),
              sentence.end + 1 < s.count else { return nil }
        return sentence.end + 1
    }

    /// Whether the next number of the same family follows a sentence end later in the line.
    private static func continuesSeries(_ s: [Unicode.Scalar], _ numbering: Numbering) -> Bool {
        var i = numbering.length + 1
        while i < s.count {
            if Punctuation.precedesInlineMarker(s[i - 1]),
               let next = Numbering.parse(s, at: i, end: s.count),
               next.family == numbering.family, next.number == numbering.number + 1 {
                return true
            }
            i += 1
        }
        return false
    }
}
