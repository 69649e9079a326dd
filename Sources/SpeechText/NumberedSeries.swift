/// A line of the body that starts with a numbering marker. Indices are kept in 32 bits: one item
/// is stored per numbered line.
struct NumberedItem: Equatable {
    private let storedBlock: UInt32
    let numbering: Numbering
    let shape: NumberedLine.Shape
    private var storedSeries: UInt32 = 0

    init(block: Int, numbering: Numbering, shape: NumberedLine.Shape) {
        storedBlock = UInt32(block)
        self.numbering = numbering
        self.shape = shape
    }

    /// Index of the line among the body's lines.
    var block: Int { Int(storedBlock) }
    /// Index of its series in `SeriesGrouping.series`.
    var series: Int {
        get { Int(storedSeries) }
        set { storedSeries = UInt32(newValue) }
    }
}

/// Numbered lines of one family that count on under one parent: 一、二、三、, or the 一是、二是
/// inside one section. A series is a heading series or a list as a whole (see `SeriesDecision`).
/// Its items live in `SeriesGrouping.items`; a series keeps only what the decision needs, in 32-bit
/// fields (a hostile text can make every line a series of its own).
struct NumberedSeries {
    let family: NumberingFamily
    private let first: NumberedItem
    private var last: NumberedItem
    private let storedParent: Int32
    private let storedRestartOf: Int32
    private var counts: (all: UInt32, listItems: UInt32, headingShaped: UInt32) = (0, 0, 0)
    /// Every item is one whole sentence, and each follows the one before it with nothing between.
    private(set) var sentencesInARow: Bool

    init(first item: NumberedItem, parent: Int?, restartOf: Int?) {
        family = item.numbering.family
        first = item
        last = item
        storedParent = parent.map { Int32($0) } ?? -1
        storedRestartOf = restartOf.map { Int32($0) } ?? -1
        sentencesInARow = item.shape == .sentence
        count(item.shape)
    }

    mutating func append(_ item: NumberedItem) {
        sentencesInARow = sentencesInARow && item.shape == .sentence && item.block == last.block + 1
        last = item
        count(item.shape)
    }

    private mutating func count(_ shape: NumberedLine.Shape) {
        counts.all += 1
        if shape == .listItem { counts.listItems += 1 }
        if shape.canBeHeading { counts.headingShaped += 1 }
    }

    /// The series this one nests in: the innermost series still open when it started.
    var parent: Int? { storedParent < 0 ? nil : Int(storedParent) }
    /// The open series of its own family it starts again against (一、…；二、…； under 三、), if any:
    /// the innermost such series when it started, with a number below that series' next one.
    var restartOf: Int? { storedRestartOf < 0 ? nil : Int(storedRestartOf) }
    var firstBlock: Int { first.block }
    var firstNumber: Int { first.numbering.number }
    var lastBlock: Int { last.block }
    var lastNumber: Int { last.numbering.number }
    var count: Int { Int(counts.all) }
    /// Items ending in ； (or ，、).
    var listItems: Int { Int(counts.listItems) }
    /// Items that could be headings on their own shape.
    var headingShaped: Int { Int(counts.headingShaped) }

    /// Most of its items look like list items or paragraphs rather than headings.
    var isListShaped: Bool { (count - headingShaped) * 2 > count }
}

/// Groups the numbered lines of a body into series, in one pass with a stack of open series.
///
/// A line continues an open series of its family whose last number is one less; with several
/// (a list 一、…；二、…； inside section 三、, then 四、), the innermost whose shape agrees (see
/// `chooseContinuing`). Else a line numbered 1 starts a new series nested in the innermost open
/// one (with `restartOf` set if its family is open); a number that skips ahead or repeats
/// continues the open series of its family it is closest above; one that goes back below every
/// open series of its family starts a series with `restartOf` set; and a number with no open
/// series of its family starts a series at that number (二是 whose 一是 sits inside the paragraph
/// above). Continuing a series closes every series opened after it; a section word (结束语) closes
/// all. At most `maximumOpen` series are open at once (levels stop at ###### anyway): a deeper one
/// replaces the innermost, which keeps each line's work bounded.
struct SeriesGrouping {
    static let maximumOpen = 8
    private(set) var series: [NumberedSeries] = []
    private(set) var items: [NumberedItem] = []
    private var open: [Int] = []

    mutating func add(_ item: NumberedItem) {
        var item = item
        let number = item.numbering.number
        if let position = chooseContinuing(item) ?? (number == 1 ? nil : closestBelow(item)) {
            item.series = open[position]
            series[item.series].append(item)
            open.removeSubrange((position + 1)...)
        } else {
            let restartOf = open.last { series[$0].family == item.numbering.family }
            if open.count >= Self.maximumOpen { open.removeLast() }
            item.series = series.count
            series.append(NumberedSeries(first: item, parent: open.last, restartOf: restartOf))
            open.append(item.series)
        }
        items.append(item)
    }

    /// A section word such as 结束语 closes every open series.
    mutating func closeAll() {
        open.removeAll()
    }

    /// Among the open series the line continues (its family, last number one less), the innermost
    /// whose shape agrees: a short or lead-sentence line continues a heading-shaped series, a line
    /// ending in ；, a long or inline one a list-shaped one; a line that is one whole sentence (a
    /// list's last item, or a heading) the innermost.
    private func chooseContinuing(_ item: NumberedItem) -> Int? {
        let wantsList: Bool?
        switch item.shape {
        case .short, .lead: wantsList = false
        case .listItem, .long, .inlineList: wantsList = true
        case .sentence: wantsList = nil
        }
        var innermost: Int?
        for position in open.indices.reversed() {
            let candidate = series[open[position]]
            guard candidate.family == item.numbering.family, candidate.lastNumber + 1 == item.numbering.number else {
                continue
            }
            if innermost == nil { innermost = position }
            if wantsList == nil || candidate.isListShaped == wantsList { return position }
        }
        return innermost
    }

    /// The open series of the line's family whose last number is closest to the line's without
    /// exceeding it (innermost on a tie).
    private func closestBelow(_ item: NumberedItem) -> Int? {
        var best: (position: Int, distance: Int)? = nil
        for position in open.indices.reversed() where series[open[position]].family == item.numbering.family {
            let distance = item.numbering.number - series[open[position]].lastNumber
            if distance >= 0, distance < (best?.distance ?? Int.max) { best = (position, distance) }
        }
        return best?.position
    }
}
