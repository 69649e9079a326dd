/// A heading series that starts on its own line at 二是 (or 三是 …) while its 一是 ends the
/// paragraph above: 今年要抓好三件事。一是加强学习。要… / 二是改进作风。… / 三是…
///
/// For the series to be consistent (if 二是 is a heading, so is 一是), the paragraph above is
/// split: the text before 一是 stays a paragraph, and each of 一是 … up to the number before the
/// series' first line becomes a heading (its lead sentence, at most
/// `NumberedLine.maximumHeadingLength` scalars) followed by the rest as a paragraph. Only 是/要
/// series are looked for inside paragraphs, as `InlineSequence` does, and only in a plain
/// paragraph or in the paragraph part of a lead-sentence heading. Nothing moves: the pieces are
/// the line's text in order.
enum InlineSeriesStart {
    /// Splits the line above the first line of a heading series if the series' missing first items
    /// end it; whether it did.
    static func split(_ first: NumberedItem, level: Int, _ lines: [TextLine], _ plan: inout OutlinePlan) -> Bool {
        let family = first.numbering.family
        guard first.block > 0, family == .shi || family == .yao else { return false }
        let above = first.block - 1
        let s = lines[above].scalars
        var pieces: [OutlinePlan.Segment] = []
        let region: Range<Int>
        switch plan.layouts[above] {
        case .plain:
            guard SpeechFormulas.salutationSplit(s) == nil else { return false }
            region = 0..<s.count
        case .headingAndParagraph(let upperLevel, let split):
            pieces.append(.heading(0..<Int(split), level: Int(upperLevel)))
            region = OutlinePlan.trimmedStart(s, Int(split)..<s.count)
        default:
            return false
        }
        let missing = first.numbering.number - 1
        let found = InlineSequence.items(in: s, block: region).filter { $0.numbering.family == family }
        guard missing >= 1, found.count >= missing else { return false }
        let run = Array(found.suffix(missing))
        guard run.enumerated().allSatisfy({ $0.element.numbering.number == $0.offset + 1 }) else { return false }
        if run[0].start > region.lowerBound { pieces.append(.paragraph(region.lowerBound..<run[0].start)) }
        for (index, item) in run.enumerated() {
            let end = index + 1 < run.count ? run[index + 1].start : region.upperBound
            guard let sentence = SentenceScanner.firstSentence(s, from: item.start, end: end,
                                                               limit: NumberedLine.maximumHeadingLength) else {
                return false
            }
            pieces.append(.heading(item.start..<(sentence.end + 1), level: level))
            let rest = OutlinePlan.trimmedStart(s, (sentence.end + 1)..<end)
            if !rest.isEmpty { pieces.append(.paragraph(rest)) }
        }
        plan.segments.append(pieces)
        plan.layouts[above] = .segments(plan.segments.count - 1)
        plan.checks.add(line: lines[above].number, .seriesStartMadeHeading(
            line: lines[above].number, text: OutlinePlanner.short(s[run[0].start...]), continuedOn: lines[first.block].number))
        return true
    }
}
