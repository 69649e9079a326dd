import TemplateEngine

/// Page `number` of a list cut into pages: its links to the list's other pages, and what its title and
/// breadcrumbs add (`PageFrame` uses it for every paged list alike).
struct Pagination {
    var paging: Paging
    var number: Int
    /// The list's first page, whose address the list keeps.
    var first: PagePath

    /// Page numbers shown on each side of the current one, besides the first and last links.
    static let window = 2

    var isLater: Bool { number > 1 }

    func path(ofPage page: Int) -> PagePath { SiteRoutes.paged(first, page: page) }

    /// The positions in the list of the items on this page.
    var items: Range<Int> { paging.items(onPage: number) }

    /// `pagination`: null for a list that fits on one page. `link` makes a link from the page being rendered.
    func value(link: (PagePath) -> String) -> TemplateValue {
        guard paging.pageCount > 1 else { return .null }
        func href(_ page: Int) -> TemplateValue { .string(link(path(ofPage: page))) }
        let nearby = max(1, number - Self.window)...min(paging.pageCount, number + Self.window)
        return [
            "page": .int(number),
            "pageCount": .int(paging.pageCount),
            "isFirst": .bool(number == 1),
            "isLater": .bool(isLater),
            "isLast": .bool(number == paging.pageCount),
            "first": href(1),
            "previous": number > 1 ? href(number - 1) : .null,
            "next": number < paging.pageCount ? href(number + 1) : .null,
            "last": href(paging.pageCount),
            "pages": .list(nearby.map { page in ["number": .int(page), "href": href(page), "current": .bool(page == number)] }),
            // Numbered from 1: “第 201–400 篇，共 1234 篇”.
            "firstItem": .int(items.lowerBound + 1),
            "lastItem": .int(items.upperBound),
            "itemCount": .int(paging.count),
        ]
    }
}
