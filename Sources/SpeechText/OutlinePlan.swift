/// How each line of the body is written: the outline decided by `OutlinePlanner`.
struct OutlinePlan {
    /// A piece of a line: a heading at a level, or a paragraph.
    enum Segment: Equatable {
        case heading(Range<Int>, level: Int)
        case paragraph(Range<Int>)
    }

    /// The layout of one line; small and without storage of its own, one per line of the body.
    enum Layout: Equatable {
        /// Not part of the outline: the converter's own rules (greeting, bold lead-ins, closing).
        case plain
        /// A numbered line kept as one paragraph (a list item, an inline list, too long for a heading).
        case numberedParagraph
        /// The whole line is a heading.
        case heading(level: Int)
        /// The line's lead sentence is a heading, the rest (from `split`) a paragraph.
        case headingAndParagraph(level: Int, split: Int)
        /// Several pieces: `segments[index]` (a paragraph whose inline 一是 … start a heading series).
        case segments(Int)
    }

    var layouts: [Layout]
    var segments: [[Segment]] = []
    var checks = LineChecks()

    init(lineCount: Int) {
        layouts = [Layout](repeating: .plain, count: lineCount)
    }

    /// The pieces of line `index` other than `.plain` and `.numberedParagraph`, trimmed of the
    /// white space that would start a paragraph.
    func pieces(of index: Int, _ s: [Unicode.Scalar]) -> [Segment] {
        switch layouts[index] {
        case .plain, .numberedParagraph: return [.paragraph(0..<s.count)]
        case .heading(let level): return [.heading(0..<s.count, level: level)]
        case .headingAndParagraph(let level, let split):
            return [.heading(0..<split, level: level), .paragraph(Self.trimmedStart(s, split..<s.count))]
        case .segments(let table): return segments[table]
        }
    }

    static func trimmedStart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, Punctuation.isLineSpace(s[start]) { start += 1 }
        return start..<range.upperBound
    }
}
