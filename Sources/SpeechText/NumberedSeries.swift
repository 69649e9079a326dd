/// A line of the body that starts with a numbering marker.
struct NumberedItem: Equatable {
    /// Index of the line among the body's lines.
    let block: Int
    let numbering: Numbering
    let shape: NumberedLine.Shape
}

/// Numbered lines of one family that count on under one parent: 一、二、三、, or the 一是、二是
/// inside one section. A series is a heading series or a list as a whole (see `SeriesDecision`).
struct NumberedSeries {
    let family: NumberingFamily
    var items: [NumberedItem]
    /// The series this one nests in: the innermost series still open when it started.
    let parent: Int?
    /// The open series of its own family it starts again against (一、…；二、…； under 三、), if any:
    /// the innermost such series when it started, with a number below that series' next one.
    let restartOf: Int?

    var lastNumber: Int { items[items.count - 1].numbering.number }

    /// Most of its items look like list items or paragraphs rather than headings.
    var isListShaped: Bool { items.count { !$0.shape.canBeHeading } * 2 > items.count }
}

/// Groups the numbered lines of a body into series, in one pass with a stack of open series.
///
/// A line continues an open series of its family whose last number is one less; with several
/// (a list 一、…；二、…； inside section 三、, then 四、), the innermost whose shape agrees (see
/// `chooseContinuing`). Else a line numbered 1 starts a new
/// series nested in the innermost open one (with `restartOf` set if its family is open); a number
/// that skips ahead or repeats continues the open series of its family it is closest above; one
/// that goes back below every open series of its family starts a series with `restartOf` set; and
/// a number with no open series of its family starts a series at that number (二是 whose 一是 sits
/// inside the paragraph above). Continuing a series closes every series opened after it; a
/// section word (结束语) closes all. At most `maximumOpen` series are open at once (levels stop at
/// ###### anyway): a deeper one replaces the innermost, which keeps each line's work bounded.
struct SeriesGrouping {
    static let maximumOpen = 8
    private(set) var series: [NumberedSeries] = []
    private var open: [Int] = []

    mutating func add(_ item: NumberedItem) {
        let family = item.numbering.family, number = item.numbering.number
        let sameFamily = open.indices.filter { series[open[$0]].family == family }
        let continuing = sameFamily.filter { series[open[$0]].lastNumber + 1 == number }
        if let position = chooseContinuing(continuing, for: item) ?? (number == 1 ? nil : closestBelow(sameFamily, number)) {
            series[open[position]].items.append(item)
            open.removeSubrange((position + 1)...)
            return
        }
        let restartOf = sameFamily.last.map { open[$0] }
        if open.count >= Self.maximumOpen { open.removeLast() }
        series.append(NumberedSeries(family: family, items: [item], parent: open.last, restartOf: restartOf))
        open.append(series.count - 1)
    }

    /// A section word such as 结束语 closes every open series.
    mutating func closeAll() {
        open.removeAll()
    }

    /// Among several series the line could continue, the innermost whose shape agrees: a short or
    /// lead-sentence line continues a heading-shaped series, a line ending in ；, a long or inline one
    /// a list-shaped one; a line that is one whole sentence (a list's last item, or a heading) the
    /// innermost.
    private func chooseContinuing(_ positions: [Int], for item: NumberedItem) -> Int? {
        guard positions.count > 1 else { return positions.first }
        let wantsList: Bool
        switch item.shape {
        case .short, .lead: wantsList = false
        case .listItem, .long, .inlineList: wantsList = true
        case .sentence: return positions.last
        }
        return positions.reversed().first { series[open[$0]].isListShaped == wantsList } ?? positions.last
    }

    /// The open series whose last number is closest to `number` without exceeding it (innermost on a tie).
    private func closestBelow(_ positions: [Int], _ number: Int) -> Int? {
        var best: (position: Int, distance: Int)? = nil
        for position in positions.reversed() {
            let distance = number - series[open[position]].lastNumber
            if distance >= 0, distance < (best?.distance ?? Int.max) { best = (position, distance) }
        }
        return best?.position
    }
}
