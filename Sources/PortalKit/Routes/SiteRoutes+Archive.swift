/// The archive's pages: a front page of years and months, a page per year, and a page per month for a year
/// whose speeches do not fit on one page. A list longer than a page (a busy month, the speeches of unknown
/// date) continues on pages of its own (`paged(_:page:)`).
extension SiteRoutes {
    /// A year's page, `archive/2023/index.html`; the speeches of unknown date are at `archive/undated/index.html`.
    static func archiveYear(_ year: Int?) -> PagePath {
        PagePath("archive/\(year.map { String($0) } ?? "undated")/index.html")
    }

    /// A month's page in a year split by month, `archive/2023/10/index.html`; the speeches of the year whose
    /// month is not known are at `archive/2023/undated/index.html`.
    static func archiveMonth(_ month: Int?, of year: Int) -> PagePath {
        PagePath("archive/\(year)/\(month.map { $0 < 10 ? "0\($0)" : String($0) } ?? "undated")/index.html")
    }

    /// A year's place on the archive's front page (`y2023`, `undated`): the addresses of the archive when it
    /// was one page (`archive/index.html#y2023`) still lead to the year.
    static func archiveYearAnchor(_ year: Int?) -> String { year.map { "y\($0)" } ?? "undated" }

    /// A month's place on its year's page (`m10`, `undated`).
    static func archiveMonthAnchor(_ month: Int?) -> String { month.map { "m\($0)" } ?? "undated" }

    /// Whether a year gets a page per month: when its speeches do not fit on one page. Months are what a reader
    /// looks for, and their addresses stay put as speeches are added, where page 2 of a year would shift.
    /// Speeches of unknown date have no months: their list is paged instead.
    static func splitsByMonth(_ year: ArchiveYear, pageSize: Int) -> Bool {
        year.year != nil && year.count > pageSize
    }

    /// Every list of the archive: each year, followed by its months when it is split by month.
    static func archiveLists(of model: SiteModel) -> [ArchiveList] {
        model.archive.indices.flatMap { year -> [ArchiveList] in
            let months = splitsByMonth(model.archive[year], pageSize: model.config.archivePageSpeeches)
                ? model.archive[year].months.indices.map { ArchiveList(year: year, month: $0) } : []
            return [ArchiveList(year: year, month: nil)] + months
        }
    }

    /// The first page of an archive list.
    static func firstPage(of list: ArchiveList, in model: SiteModel) -> PagePath {
        let year = model.archive[list.year]
        guard let month = list.month, let number = year.year else { return archiveYear(year.year) }
        return archiveMonth(year.months[month].month, of: number)
    }

    /// How a list is cut into pages. A year split by month lists its months, on one page.
    static func paging(of list: ArchiveList, in model: SiteModel) -> Paging {
        let year = model.archive[list.year]
        let size = model.config.archivePageSpeeches
        if let month = list.month { return Paging(count: year.months[month].speeches.count, size: size) }
        return Paging(count: splitsByMonth(year, pageSize: size) ? 0 : year.count, size: size)
    }

    /// The list and page that show `speech`: its month's when its year is split by month, else its year's.
    static func archivePlace(of speech: SpeechID, in model: SiteModel) -> (list: ArchiveList, page: Int)? {
        let size = model.config.archivePageSpeeches
        // A year's and a month's speeches are consecutive ids (the archive is made from the ordered speeches),
        // so a speech's position in its list is its distance from the list's first speech.
        for (yearIndex, year) in model.archive.enumerated() {
            guard let first = year.months.first?.speeches.first, let last = year.months.last?.speeches.last,
                  (first...last).contains(speech) else { continue }
            guard splitsByMonth(year, pageSize: size) else {
                let paging = Paging(count: year.count, size: size)
                return (ArchiveList(year: yearIndex, month: nil), paging.page(of: speech.index - first.index))
            }
            for (monthIndex, month) in year.months.enumerated() {
                guard let start = month.speeches.first, let end = month.speeches.last, (start...end).contains(speech) else { continue }
                let paging = Paging(count: month.speeches.count, size: size)
                return (ArchiveList(year: yearIndex, month: monthIndex), paging.page(of: speech.index - start.index))
            }
        }
        return nil
    }
}
