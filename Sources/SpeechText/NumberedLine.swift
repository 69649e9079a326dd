/// How a line that starts with a numbering marker (第一，一、（一）1. 1、（1）一是 一要) is laid out.
///
/// The rule, applied to every family alike:
/// - If the line continues its own series after a sentence end (一是…。二是…。) it is an
///   inline list and stays one paragraph.
/// - Else, if its first sentence (ended by 。！？ outside quotes) is at most
///   `maximumHeadingLength` scalars long, that sentence is the heading and the rest of the
///   line, if any, is a paragraph under it: 一、捍卫“两个确立”，做到“两个维护”。工会党组要…
///   becomes `## 一、捍卫“两个确立”，做到“两个维护”。` and a paragraph 工会党组要…
/// - Else, a line of at most `maximumHeadingLength` scalars without any sentence end is a heading.
/// - Else the line is too long to be a heading (seed 002's 一是要按照两个会议的… is one long
///   sentence) and stays a paragraph; the converter lists it among the checks.
enum NumberedLine {
    static let maximumHeadingLength = 60

    enum Layout: Equatable {
        case heading
        case headingAndParagraph(split: Int)
        case paragraph(tooLong: Bool)
    }

    static func layout(_ s: [Unicode.Scalar], _ numbering: Numbering) -> Layout {
        if continuesSeries(s, numbering) { return .paragraph(tooLong: false) }
        let limit = max(0, maximumHeadingLength - numbering.length)
        if let sentence = SentenceScanner.firstSentence(s, from: numbering.length, end: s.count, limit: limit) {
            let split = sentence.end + 1
            return split >= s.count ? .heading : .headingAndParagraph(split: split)
        }
        return s.count <= maximumHeadingLength ? .heading : .paragraph(tooLong: true)
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
