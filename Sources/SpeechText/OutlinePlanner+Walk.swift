extension OutlinePlanner {
    /// Walks the numbered lines and section words in document order, giving each series its
    /// level when its first line comes: one below the nearest heading series it nests in; and no
    /// line is ever more than one level below the last heading written (a restart read as a new
    /// run, or a section word, can leave a deeper series open above it), so no level is skipped.
    struct Walk {
        let series: [NumberedSeries]
        let parents: [Int?]
        let decisions: [SeriesDecision]
        /// Numbered lines the document styles as headings: headings whatever their shape.
        let styledBlocks: Set<Int>
        private var levels: [Int]
        private var expected: [Int]
        private var lastLevel = 1
        /// The level of the last unnumbered heading styled by the document: a series that starts at the
        /// top of the numbering nests below it.
        private var sectionLevel = 1

        init(series: [NumberedSeries], parents: [Int?], decisions: [SeriesDecision], styledBlocks: Set<Int> = []) {
            self.series = series
            self.parents = parents
            self.decisions = decisions
            self.styledBlocks = styledBlocks
            levels = [Int](repeating: 2, count: series.count)
            expected = [Int](repeating: 1, count: series.count)
        }

        mutating func item(_ item: NumberedItem, _ lines: [TextLine], _ plan: inout OutlinePlan) {
            let index = item.series, one = series[index]
            if item.block == one.firstBlock {
                let nested = parents[index].map { levels[$0] + (decisions[$0] == .headings ? 1 : 0) } ?? 2
                levels[index] = max(nested, sectionLevel + 1)
            }
            // Never deeper than one below the last heading: a series can go on after a shallower heading
            // that is not its ancestor (a restart read as a new run); it then moves up from there on.
            levels[index] = min(levels[index], lastLevel + 1)
            switch decisions[index] {
            case .headings:
                if item.block == one.firstBlock, one.firstNumber > 1,
                   InlineSeriesStart.split(item, level: levels[index], lines, &plan) {
                    expected[index] = one.firstNumber
                    lastLevel = levels[index]
                }
                // A numbered heading at or above the last styled heading's level ends that styled section.
                if levels[index] <= sectionLevel { sectionLevel = levels[index] - 1 }
                // A local copy: passing `&expected[index]` to a method of `self` would copy the whole array.
                var next = expected[index]
                if styledBlocks.contains(item.block) {
                    Self.styledHeading(item, level: levels[index], lines, &plan)
                    next = item.numbering.number + 1
                    lastLevel = levels[index]
                } else if Self.heading(item, level: levels[index], expected: &next, lines, &plan) {
                    lastLevel = levels[index]
                }
                expected[index] = next
            case .list(let reason):
                plan.layouts[item.block] = .numberedParagraph
                if item.shape == .long { OutlinePlanner.tooLong(item, lines, &plan) }
                if item.block == one.firstBlock, let message = SeriesDecision.check(reason, series: one, lines: lines) {
                    plan.checks.add(line: lines[item.block].number, message)
                }
            }
        }

        /// A section word, promoted to a top-level heading when the document has top-level sections, or a
        /// line the document styles as a heading, at its style's level (never more than one below the last).
        mutating func unnumbered(_ heading: UnnumberedHeading, promoted: Bool, _ lines: [TextLine], _ plan: inout OutlinePlan) {
            let index = heading.block, line = lines[index]
            if let styleLevel = heading.styleLevel {
                let level = min(styleLevel, lastLevel + 1)
                plan.layouts[index] = .heading(level: Int8(clamping: level))
                lastLevel = level
                sectionLevel = level
            } else if promoted {
                plan.layouts[index] = .heading(level: 2)
                lastLevel = 2
                sectionLevel = 1
            } else {
                plan.checks.add(line: line.number, .sectionWordKept(line: line.number, text: OutlinePlanner.short(line.scalars[...])))
            }
        }

        /// A numbered line the document styles as a heading: a heading whatever its shape (a lead sentence
        /// is still split off as the heading when the line has one).
        private static func styledHeading(_ item: NumberedItem, level: Int, _ lines: [TextLine], _ plan: inout OutlinePlan) {
            if case .lead(let split) = item.shape {
                plan.layouts[item.block] = .headingAndParagraph(level: Int8(clamping: level), split: split)
            } else {
                plan.layouts[item.block] = .heading(level: Int8(clamping: level))
            }
            checkDepth(lines[item.block], level: level, &plan)
        }

        private static func checkDepth(_ line: TextLine, level: Int, _ plan: inout OutlinePlan) {
            guard level > 6 else { return }
            plan.checks.add(line: line.number, .headingTooDeep(line: line.number, text: OutlinePlanner.short(line.scalars[...])))
        }

        /// Lays out a line of a heading series; whether it became a heading.
        private static func heading(_ item: NumberedItem, level: Int, expected: inout Int, _ lines: [TextLine],
                                    _ plan: inout OutlinePlan) -> Bool {
            let line = lines[item.block], s = line.scalars
            let short = OutlinePlanner.short
            switch item.shape {
            case .short, .sentence:
                plan.layouts[item.block] = .heading(level: Int8(clamping: level))
            case .lead(let split):
                plan.layouts[item.block] = .headingAndParagraph(level: Int8(clamping: level), split: split)
            case .long, .listItem, .inlineList:
                guard item.shape == .long, let split = NumberedLine.seriesLeadSplit(s, item.numbering) else {
                    plan.layouts[item.block] = .numberedParagraph
                    plan.checks.add(line: line.number, .seriesLineKept(line: line.number, text: short(s[...])))
                    expected = item.numbering.number + 1
                    return false
                }
                plan.layouts[item.block] = .headingAndParagraph(level: Int8(clamping: level), split: Int32(split))
                plan.checks.add(line: line.number, .longLeadMadeHeading(line: line.number, text: short(s[0..<split])))
            }
            if item.numbering.number != expected {
                let text = short(s[plan.headingRange(of: item.block, s) ?? 0..<s.count])
                plan.checks.add(line: line.number, .unexpectedHeadingNumber(
                    line: line.number, text: text, number: item.numbering.number, expected: expected))
            }
            checkDepth(line, level: level, &plan)
            expected = item.numbering.number + 1
            return true
        }
    }

    static func tooLong(_ item: NumberedItem, _ lines: [TextLine], _ plan: inout OutlinePlan) {
        let line = lines[item.block], s = line.scalars
        plan.checks.add(line: line.number, .tooLongForHeading(
            line: line.number, text: short(s[...]), numbering: SpeechConverter.string(s[0..<item.numbering.length]),
            length: s.count))
    }
}
