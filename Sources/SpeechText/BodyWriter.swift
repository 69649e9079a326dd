/// The body of a speech as Markdown, with its outline and the joins of its wrapped lines.
struct BodyConversion {
    var markdown: String
    var outline: [OutlineEntry]
    var joins: [LineJoin]
}

/// Writes the body's lines as Markdown blocks following the outline plan: headings and lead
/// sentences where `OutlinePlanner` put them, and for the other lines the converter's own rules:
/// - a greeting ending in a colon at the start of a line is its own paragraph (`SpeechFormulas`);
/// - short lead sentences opening consecutive lines are bold (`LeadIn`);
/// - numbered points inside a paragraph get bold leads when the whole series qualifies (`InlineSequence`);
/// - a closing formula ending the last line is its own paragraph.
/// A source's hints (`LineHints`) add the bold lead sentences and links it marks, and verbatim lines
/// (table rows) are written as they are.
struct BodyWriter {
    private var writer: MarkdownWriter
    private var outline: [OutlineEntry] = []
    /// The hint of the line being written.
    private var hint = LineHint()

    init(capacity: Int) {
        writer = MarkdownWriter(capacity: capacity)
    }

    /// Writes `joined.lines`; the result carries `joined.joins` along.
    static func write(_ joined: LineJoiner.Result, plan: OutlinePlan, hints: LineHints = LineHints(),
                      capacity: Int) -> BodyConversion {
        let lines = joined.lines
        var body = BodyWriter(capacity: capacity)
        let leadIns = boldLeadIns(lines, plan)
        let closingIndex = lines.lastIndex { TextDateParser.parse(line: $0.scalars) == nil }
        for (index, line) in lines.enumerated() {
            let s = line.scalars
            // A joined line's hints would point into its first source line only: they are not used.
            body.hint = hints.isEmpty || line.lastNumber != line.number ? LineHint() : hints[line.number]
            switch plan.layouts[index] {
            case .verbatim:
                body.writer.paragraph(s, 0..<s.count, links: body.hint.links)
            case .plain:
                if let split = SpeechFormulas.salutationSplit(s) {
                    body.writer.paragraph(s, 0..<split.greetingEnd)
                    body.paragraph(s, split.restStart..<s.count)
                } else if body.hint.boldLead > 0 {
                    body.paragraph(s, 0..<s.count)
                } else if let lead = leadIns[index] {
                    body.writer.paragraph(s, 0..<s.count, bold: [lead])
                } else if index == closingIndex, let start = SpeechFormulas.closingStart(s) {
                    body.paragraph(s, 0..<start)
                    body.writer.paragraph(s, start..<s.count)
                } else {
                    body.paragraph(s, 0..<s.count)
                }
            case .numberedParagraph:
                body.paragraph(s, 0..<s.count)
            case .heading(let level):
                body.heading(s, 0..<s.count, level: Int(level), line: line.number)
            case .headingAndParagraph(let level, let split):
                body.heading(s, 0..<Int(split), level: Int(level), line: line.number)
                body.paragraph(s, OutlinePlan.trimmedStart(s, Int(split)..<s.count))
            case .segments(let table):
                for piece in plan.segments[table] {
                    switch piece {
                    case .heading(let range, let level): body.heading(s, range, level: level, line: line.number)
                    case .paragraph(let range): body.paragraph(s, range)
                    }
                }
            }
        }
        return BodyConversion(markdown: body.writer.markdown, outline: body.outline, joins: joined.joins)
    }

    private mutating func heading(_ s: [Unicode.Scalar], _ range: Range<Int>, level: Int, line: Int) {
        writer.heading(level: level, s, range)
        outline.append(OutlineEntry(level: min(level, 6), text: SpeechConverter.string(s[range]), line: line))
    }

    /// A paragraph with the bold the source marks at its start (a Word document's bold lead), or else
    /// the bold leads of its inline series, and the source's links.
    private mutating func paragraph(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        let bold = hintedBold(s, range).map { [$0] } ?? InlineSequence.boldRanges(in: s, block: range)
        writer.paragraph(s, range, bold: bold, links: hint.links)
    }

    /// The source's bold lead when the paragraph starts where the line does, without the white space
    /// and punctuation at its end that would keep CommonMark from closing it (`**一是加强学习**。要…`).
    private func hintedBold(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        guard hint.boldLead > 0, range.lowerBound == 0 else { return nil }
        var end = min(hint.boldLead, range.upperBound)
        while end > 0 {
            if EmphasisFlanking.canWrap(s, 0..<end, in: range) { return 0..<end }
            guard EmphasisFlanking.isWhitespace(s[end - 1]) || EmphasisFlanking.isPunctuation(s[end - 1]) else { return nil }
            end -= 1
        }
        return nil
    }

    /// The bold lead of each line that gets one: plain lines whose lead qualifies (see `LeadIn`)
    /// and that stand in a run of at least two consecutive such lines.
    private static func boldLeadIns(_ lines: [TextLine], _ plan: OutlinePlan) -> [Range<Int>?] {
        let candidates: [Range<Int>?] = lines.indices.map { index in
            let s = lines[index].scalars
            guard plan.layouts[index] == .plain, SpeechFormulas.salutationSplit(s) == nil,
                  !SpeechFormulas.isSalutationLine(s) else { return nil }
            return LeadIn.lead(s)
        }
        return candidates.indices.map { i in
            guard candidates[i] != nil else { return nil }
            let previous = i > 0 && candidates[i - 1] != nil
            let next = i + 1 < candidates.count && candidates[i + 1] != nil
            return previous || next ? candidates[i] : nil
        }
    }
}
