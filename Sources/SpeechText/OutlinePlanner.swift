/// Decides the outline of a body: which numbered lines are headings, at which level, and which
/// are lists. The rules (see README.md next to this file):
/// 1. Numbered lines are grouped into series by family and nesting (`SeriesGrouping`).
/// 2. Each series is headings or a list as a whole (`SeriesDecision`).
/// 3. A heading series is one level below the nearest heading series it nests in, and at most one
///    below the heading before its first line: levels follow the nesting in this document and never
///    skip (一、 then 一是 gives ## and ###); see `OutlinePlanner.Walk`.
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
        checkOrder(series, parents, decisions, lines, &plan)
        // Section words are top-level headings when a numbered heading series of two or more sections is.
        let hasTopSections = series.indices.contains {
            decisions[$0] == .headings && series[$0].count >= 2 && parents[$0].flatMap { nearestHeading($0, parents, decisions) } == nil
        }
        var walk = Walk(series: series, parents: parents, decisions: decisions)
        var nextWord = sectionWords.startIndex
        for item in grouping.items {
            while nextWord < sectionWords.endIndex, sectionWords[nextWord] < item.block {
                walk.sectionWord(sectionWords[nextWord], promoted: hasTopSections, lines, &plan)
                nextWord += 1
            }
            walk.item(item, lines, &plan)
        }
        for index in sectionWords[nextWord...] { walk.sectionWord(index, promoted: hasTopSections, lines, &plan) }
        return plan
    }

    /// Notes restarts read as new runs, and a family of the conventional upper ranks that nests below
    /// a lower one (once per family).
    private static func checkOrder(_ series: [NumberedSeries], _ parents: [Int?], _ decisions: [SeriesDecision],
                                   _ lines: [TextLine], _ plan: inout OutlinePlan) {
        var invertedFamilies: Set<NumberingFamily> = []
        for (index, one) in series.enumerated() where decisions[index] == .headings {
            let line = lines[one.firstBlock].number
            if one.restartOf != nil {
                plan.checks.add(line: line, .numberingStartsAgain(line: line, numbering: one.family.example))
            }
            if let parent = parents[index], let upper = nearestHeading(parent, parents, decisions),
               series[upper].family.conventionalRank > one.family.conventionalRank,
               invertedFamilies.insert(one.family).inserted {
                plan.checks.add(line: line, .headingsBelowLowerRank(
                    line: line, numbering: one.family.example, upper: series[upper].family.example))
            }
        }
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

    static func nearestHeading(_ start: Int, _ parents: [Int?], _ decisions: [SeriesDecision]) -> Int? {
        var current: Int? = start
        while let index = current {
            if decisions[index] == .headings { return index }
            current = parents[index]
        }
        return nil
    }

    /// The first characters of a line, for messages.
    static func short(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let limit = 20
        return scalars.count <= limit ? SpeechConverter.string(scalars) : SpeechConverter.string(scalars.prefix(limit)) + "…"
    }
}
