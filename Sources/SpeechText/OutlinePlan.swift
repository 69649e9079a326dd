/// How each line of the body is written: the outline decided by `OutlinePlanner`.
struct OutlinePlan {
    /// A piece of a line: a heading at a level, or a paragraph.
    enum Segment: Equatable {
        case heading(Range<Int>, level: Int)
        case paragraph(Range<Int>)
    }

    /// The layout of one line; eight bytes and without storage of its own, one per line of the body.
    enum Layout: Equatable {
        /// Not part of the outline: the converter's own rules (greeting, bold lead-ins, closing).
        case plain
        /// A numbered line kept as one paragraph (a list item, an inline list, too long for a heading).
        case numberedParagraph
        /// A paragraph written exactly as it is (a table row of a Word document).
        case verbatim
        /// The whole line is a heading.
        case heading(level: Int8)
        /// The line's lead sentence is a heading, the rest (from `split`) a paragraph.
        case headingAndParagraph(level: Int8, split: Int32)
        /// Several pieces: `segments[index]` (a paragraph whose inline 一是 … start a heading series).
        case segments(Int)
    }

    var layouts: [Layout]
    var segments: [[Segment]] = []
    var checks = LineChecks()

    init(lineCount: Int) {
        layouts = [Layout](repeating: .plain, count: lineCount)
    }

    /// The range of line `index` that is its (first) heading, if it has one.
    func headingRange(of index: Int, _ s: [Unicode.Scalar]) -> Range<Int>? {
        switch layouts[index] {
        case .plain, .numberedParagraph, .verbatim: return nil
        case .heading: return 0..<s.count
        case .headingAndParagraph(_, let split): return 0..<Int(split)
        case .segments(let table):
            for case .heading(let range, _) in segments[table] { return range }
            return nil
        }
    }

    static func trimmedStart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, Punctuation.isLineSpace(s[start]) { start += 1 }
        return start..<range.upperBound
    }
}
