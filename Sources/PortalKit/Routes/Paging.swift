/// A list cut into pages of `size` items, numbered from 1. An empty list still has its first page, so every
/// list has an address.
struct Paging: Sendable, Hashable {
    /// Items in the whole list.
    let count: Int
    /// Items per page, at least 1.
    let size: Int

    init(count: Int, size: Int) {
        self.count = max(0, count)
        self.size = max(1, size)
    }

    var pageCount: Int { max(1, (count + size - 1) / size) }

    /// Every page number, from 1.
    var pages: ClosedRange<Int> { 1...pageCount }

    /// The positions in the list of the items on page `number`; empty past the last page.
    func items(onPage number: Int) -> Range<Int> {
        let start = min(count, max(0, number - 1) * size)
        return start..<min(count, start + size)
    }

    /// The page that shows the item at `position`.
    func page(of position: Int) -> Int { position / size + 1 }

    /// The item's place on its page, from 0: the first items of each page may be shown at length.
    func offset(of position: Int) -> Int { position % size }
}
