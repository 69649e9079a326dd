/// Decides the outline of a body: which numbered lines are headings, at which level, and which
/// are lists. The rules (see README.md next to this file):
/// 1. Numbered lines are grouped into series by family and nesting (`SeriesGrouping`).
/// 2. Each series is headings or a list as a whole (`SeriesDecision`).
/// 3. A heading series is one level below the nearest heading series it nests in: levels follow
///    the nesting in this document and never skip (一、 then 一是 gives ## and ###).
/// 4. A heading series whose first line is 二是 takes its 一是 out of the paragraph above it when
///    that paragraph ends with it (…工作。一是加强学习。…), so the series is whole.
/// 5. Section words (结束语, 附件 …) become top-level headings when the document has a numbered
///    top-level heading series of two or more sections.
enum OutlinePlanner {
    static func plan(_ lines: [TextLine]) -> OutlinePlan {
        var plan = OutlinePlan(lineCount: lines.count)
        var grouping = SeriesGrouping()
        var sectionWords: [Int] = []
        for (index, line) in lines.enumerated() {
            let s = line.scalars
            if let numbering = Numbering.parse(s, at: 0, end: s.count) {
                grouping.add(NumberedItem(block: index, numbering: numbering, shape: NumberedLine.shape(s, numbering)))
            } else if SectionWord.matches(s) {
                sectionWords.append(index)
                grouping.closeAll()
            }
        }
        let series = grouping.series
        let (parents, restartsInside) = effectiveParents(series)
        let decisions = series.indices.map { SeriesDecision.decide(series[$0], restartsInside: restartsInside[$0]) }
        for (index, one) in series.enumerated() where one.restartOf != nil && decisions[index] == .headings {
            let line = lines[one.firstBlock].number
            plan.checks.add(line: line, "line \(line): the \(one.family.example) numbering starts again and the run "
                + "before it does not go on; read as a new run of headings at the same level")
        }
        let levels = headingLevels(series, parents, decisions, lines, &plan)
        var expected = [Int](repeating: 1, count: series.count)
        for item in grouping.items {
            let one = series[item.series]
            switch decisions[item.series] {
            case .headings:
                if item.block == one.firstBlock, one.firstNumber > 1,
                   InlineSeriesStart.split(item, level: levels[item.series], lines, &plan) {
                    expected[item.series] = one.firstNumber
                }
                layOutHeading(item, level: levels[item.series], expected: &expected[item.series], lines, &plan)
            case .list(let reason):
                plan.layouts[item.block] = .numberedParagraph
                if item.shape == .long { tooLong(item, lines, &plan) }
                if item.block == one.firstBlock, let message = SeriesDecision.check(reason, series: one, lines: lines) {
                    plan.checks.add(line: lines[item.block].number, message)
                }
            }
        }
        let hasTopSections = series.indices.contains { decisions[$0] == .headings && levels[$0] == 2 && series[$0].count >= 2 }
        for index in sectionWords {
            if hasTopSections {
                plan.layouts[index] = .heading(level: 2)
            } else {
                plan.checks.add(line: lines[index].number, "line \(lines[index].number): 「\(short(lines[index].scalars[...]))」 "
                    + "looks like a section heading, but the text has no numbered sections; kept as a paragraph")
            }
        }
        return plan
    }

    /// The level of each series: one below the nearest heading series it nests in (## at the top).
    /// Notes a family of the conventional upper ranks that nests below a lower one, once per family.
    private static func headingLevels(_ series: [NumberedSeries], _ parents: [Int?], _ decisions: [SeriesDecision],
                                      _ lines: [TextLine], _ plan: inout OutlinePlan) -> [Int] {
        var levels = [Int](repeating: 2, count: series.count)
        var invertedFamilies: Set<NumberingFamily> = []
        for (index, one) in series.enumerated() {
            guard let parent = parents[index] else { continue }
            levels[index] = levels[parent] + (decisions[parent] == .headings ? 1 : 0)
            if decisions[index] == .headings, let upper = nearestHeading(parent, parents, decisions),
               series[upper].family.conventionalRank > one.family.conventionalRank,
               invertedFamilies.insert(one.family).inserted {
                let line = lines[one.firstBlock].number
                plan.checks.add(line: line, "line \(line): \(one.family.example) headings appear below "
                    + "\(series[upper].family.example) headings, so they get the lower level; check the heading levels")
            }
        }
        return levels
    }

    /// Each series' parent, and whether it starts again inside a section numbered like it. A series
    /// that starts again while the run it restarts never goes on after it is a new run of that level
    /// (a second part of the document): it takes that run's parent instead of nesting in it.
    private static func effectiveParents(_ series: [NumberedSeries]) -> (parents: [Int?], restartsInside: [Bool]) {
        var parents = series.map(\.parent)
        var inside = [Bool](repeating: false, count: series.count)
        for (index, one) in series.enumerated() {
            guard let restarted = one.restartOf else { continue }
            if series[restarted].lastBlock > one.firstBlock {
                inside[index] = true
            } else {
                parents[index] = parents[restarted]
            }
        }
        return (parents, inside)
    }

    private static func nearestHeading(_ start: Int, _ parents: [Int?], _ decisions: [SeriesDecision]) -> Int? {
        var current: Int? = start
        while let index = current {
            if decisions[index] == .headings { return index }
            current = parents[index]
        }
        return nil
    }

    private static func layOutHeading(_ item: NumberedItem, level: Int, expected: inout Int, _ lines: [TextLine],
                                      _ plan: inout OutlinePlan) {
        let line = lines[item.block], s = line.scalars
        switch item.shape {
        case .short, .sentence:
            plan.layouts[item.block] = .heading(level: Int8(clamping: level))
        case .lead(let split):
            plan.layouts[item.block] = .headingAndParagraph(level: Int8(clamping: level), split: split)
        case .long, .listItem, .inlineList:
            guard item.shape == .long, let split = NumberedLine.seriesLeadSplit(s, item.numbering) else {
                plan.layouts[item.block] = .numberedParagraph
                plan.checks.add(line: line.number, "line \(line.number): 「\(short(s[...]))」 belongs to a series of "
                    + "headings but cannot be one (too long, or an inline list); kept as a paragraph")
                expected = item.numbering.number + 1
                return
            }
            plan.layouts[item.block] = .headingAndParagraph(level: Int8(clamping: level), split: Int32(split))
            plan.checks.add(line: line.number, "line \(line.number): 「\(short(s[0..<split]))」 has a long lead "
                + "sentence but the rest of its series are headings, so it was made a heading too")
        }
        if item.numbering.number != expected {
            let text = short(s[plan.headingRange(of: item.block, s) ?? 0..<s.count])
            plan.checks.add(line: line.number, "line \(line.number): heading 「\(text)」 is number \(item.numbering.number) "
                + "where \(expected) was expected; check for a missing or repeated heading")
        }
        if level > 6 {
            plan.checks.add(line: line.number, "line \(line.number): heading 「\(short(s[...]))」 is nested deeper "
                + "than ###### and was kept at level 6")
        }
        expected = item.numbering.number + 1
    }

    private static func tooLong(_ item: NumberedItem, _ lines: [TextLine], _ plan: inout OutlinePlan) {
        let line = lines[item.block], s = line.scalars
        plan.checks.add(line: line.number, "line \(line.number): 「\(short(s[...]))」 starts with the numbering "
            + "\(SpeechConverter.string(s[0..<item.numbering.length])) but is too long for a heading "
            + "(\(s.count) characters); kept as a paragraph")
    }

    /// The first characters of a line, for messages.
    static func short(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let limit = 20
        return scalars.count <= limit ? SpeechConverter.string(scalars) : SpeechConverter.string(scalars.prefix(limit)) + "…"
    }
}
