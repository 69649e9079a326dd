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
///
/// With `hints` (a Word document's styles), when the document styles any heading, the styles decide: a
/// numbered line with a heading style makes its series a heading series, a series without one is kept as
/// paragraphs (with the bold leads the document gives them); an unnumbered line with one is a heading at its style's rank among the document's
/// heading levels (the top closes every open series, as a section word does); a verbatim line (a
/// table row) is never numbered.
enum OutlinePlanner {
    static func plan(_ lines: [TextLine], hints: LineHints = LineHints()) -> OutlinePlan {
        var plan = OutlinePlan(lineCount: lines.count)
        var grouping = SeriesGrouping()
        var unnumbered: [UnnumberedHeading] = []
        var styledBlocks: Set<Int> = []
        let styleLevels = StyleLevels(hints)
        for (index, line) in lines.enumerated() {
            let s = line.scalars
            let hint = hints.isEmpty ? LineHint() : hints[line.number]
            if hint.isVerbatim {
                plan.layouts[index] = .verbatim
            } else if let numbering = Numbering.parse(s, at: 0, end: s.count) {
                grouping.add(NumberedItem(block: index, numbering: numbering, shape: NumberedLine.shape(s, numbering)))
                if hint.headingLevel != nil { styledBlocks.insert(index) }
            } else if let level = hint.headingLevel.flatMap(styleLevels.level) {
                unnumbered.append(UnnumberedHeading(block: index, styleLevel: level))
                if level == 2 { grouping.closeAll() }
            } else if SectionWord.matches(s) {
                unnumbered.append(UnnumberedHeading(block: index, styleLevel: nil))
                grouping.closeAll()
            }
        }
        let series = grouping.series
        var styledSeries: Set<Int> = []
        for item in grouping.items where styledBlocks.contains(item.block) { styledSeries.insert(item.series) }
        let (parents, restartsInside) = effectiveParents(series)
        let decisions = series.indices.map { index -> SeriesDecision in
            let plain = SeriesDecision.decide(series[index], restartsInside: restartsInside[index])
            guard !styleLevels.isEmpty else { return plain }
            if styledSeries.contains(index) { return .headings }
            return plain == .headings ? .list(.unstyled) : plain
        }
        checkOrder(series, parents, decisions, lines, &plan)
        // Section words are top-level headings when a numbered heading series of two or more sections is,
        // or two or more top-level headings come from the document's styles.
        let hasTopSections = unnumbered.count { $0.styleLevel == 2 } >= 2 || series.indices.contains {
            decisions[$0] == .headings && series[$0].count >= 2 && parents[$0].flatMap { nearestHeading($0, parents, decisions) } == nil
        }
        var walk = Walk(series: series, parents: parents, decisions: decisions, styledBlocks: styledBlocks)
        var next = unnumbered.startIndex
        for item in grouping.items {
            while next < unnumbered.endIndex, unnumbered[next].block < item.block {
                walk.unnumbered(unnumbered[next], promoted: hasTopSections, lines, &plan)
                next += 1
            }
            walk.item(item, lines, &plan)
        }
        for heading in unnumbered[next...] { walk.unnumbered(heading, promoted: hasTopSections, lines, &plan) }
        return plan
    }

    /// An unnumbered line that can head a section: a section word (结束语, 附件 …), or a line the
    /// document styles as a heading, with the level its style gives.
    struct UnnumberedHeading {
        var block: Int
        var styleLevel: Int?
    }

    /// The Markdown level of each heading level a document's styles use: the highest used is `##`,
    /// the next `###`, and so on, so a document that starts at Word's Heading 2 skips no level.
    struct StyleLevels {
        private var levels: [Int: Int] = [:]

        init(_ hints: LineHints) {
            let used = Set(hints.lines.values.compactMap(\.headingLevel)).sorted()
            for (rank, level) in used.enumerated() { levels[level] = rank + 2 }
        }

        func level(_ styleLevel: Int) -> Int? { levels[styleLevel] }

        /// Whether the document styles no heading at all.
        var isEmpty: Bool { levels.isEmpty }
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
