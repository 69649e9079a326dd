/// A list cut into pages, numbered from 1: of `size` items each, or, for a list whose items differ much in
/// size (a compilation's paragraphs), where a page's budget runs out (`init(count:starts:)`). An empty list
/// still has its first page, so every list has an address.
struct Paging: Sendable, Hashable {
    /// Items in the whole list.
    let count: Int
    /// Items per page, at least 1 (for uneven pages, the most any page holds).
    let size: Int
    /// For uneven pages: the position of each page's first item, from 0, ascending; nil for pages of `size`.
    private let starts: [Int]?

    init(count: Int, size: Int) {
        self.count = max(0, count)
        self.size = max(1, size)
        starts = nil
    }

    /// Pages that start at `starts` (the first at 0; positions past the list or out of order are dropped).
    init(count: Int, starts: [Int]) {
        self.count = max(0, count)
        var kept = [0]
        for start in starts where start > kept[kept.count - 1] && start < count { kept.append(start) }
        self.starts = kept
        size = max(1, zip(kept, kept.dropFirst() + [max(0, count)]).map { $1 - $0 }.max() ?? 1)
    }

    var pageCount: Int { starts?.count ?? max(1, (count + size - 1) / size) }

    /// Every page number, from 1.
    var pages: ClosedRange<Int> { 1...pageCount }

    /// The positions in the list of the items on page `number`; empty past the last page.
    func items(onPage number: Int) -> Range<Int> {
        guard let starts else {
            let start = min(count, max(0, number - 1) * size)
            return start..<min(count, start + size)
        }
        guard number >= 1, number <= starts.count else { return count..<count }
        return starts[number - 1]..<(number < starts.count ? starts[number] : count)
    }

    /// The page that shows the item at `position`.
    func page(of position: Int) -> Int {
        guard let starts else { return position / size + 1 }
        return starts.lastIndex { $0 <= position }.map { $0 + 1 } ?? 1
    }

    /// The item's place on its page, from 0: the first items of each page may be shown at length.
    func offset(of position: Int) -> Int { position - items(onPage: page(of: position)).lowerBound }
}
