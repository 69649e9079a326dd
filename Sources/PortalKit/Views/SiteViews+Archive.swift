import TemplateEngine

/// The archive: a front page of years and months, and the lists of a year or a month (see `SiteRoutes+Archive`).
extension SiteViews {
    /// Years with their counts, linking to their pages (the home page's years).
    func archiveYearLinks(from page: PagePath) -> [TemplateValue] {
        model.archive.indices.map { index -> TemplateValue in
            let year = model.archive[index]
            return [
                "label": .string(labels.year(year.year)),
                "href": .string(page.link(to: yearPage(index))),
                "count": .int(year.count),
            ]
        }
    }

    /// The archive's front page: every year with its count and its months, each linking to its page, so a
    /// reader starts from a period. A year keeps its old anchor (`#y2023`), from when the archive was one page.
    func archive() -> PageView {
        let page = SiteRoutes.archive
        let years = model.archive.indices.map { index -> TemplateValue in
            let year = model.archive[index]
            let months = year.year == nil ? [] : monthLinks(ArchiveList(year: index, month: nil), from: page)
            return [
                "label": .string(labels.year(year.year)),
                "anchor": .string(SiteRoutes.archiveYearAnchor(year.year)),
                "href": .string(page.link(to: yearPage(index))),
                "count": .int(year.count),
                "months": .list(months),
                "hasMonths": .bool(!months.isEmpty),
            ]
        }
        let values: [String: TemplateValue] = ["years": .list(years), "speechCount": .int(model.speeches.count)]
        let frame = PageFrame(
            page: page, labels: labels, title: labels.text(.archive), description: labels.text(.archiveDescription),
            section: .archive, breadcrumbs: [homeCrumb(), (labels.text(.archive), nil)])
        return PageView(path: page, template: "archive", context: frame.context(model.config, pageValues: values))
    }

    /// A year's or a month's speeches, page `number` of them, grouped by month on a year's page. The page of a
    /// year split by month lists its months instead.
    func archiveList(_ list: ArchiveList, page number: Int) -> PageView {
        let year = model.archive[list.year]
        let pagination = Pagination(
            paging: SiteRoutes.paging(of: list, in: model), number: number, first: SiteRoutes.firstPage(of: list, in: model))
        let page = pagination.path(ofPage: number)
        let byMonth = list.month == nil && SiteRoutes.splitsByMonth(year, pageSize: model.config.archivePageSpeeches)
        var title = labels.year(year.year)
        if let month = list.month, let calendarYear = year.year {
            title = labels.month(year.months[month].month, of: calendarYear)
        }
        let count = list.month.map { year.months[$0].speeches.count } ?? year.count
        let months = monthLinks(list, from: page)
        let values: [String: TemplateValue] = [
            "list": ["title": .string(title), "count": .int(count), "byMonth": .bool(byMonth)],
            "months": .list(byMonth ? [] : monthGroups(list, items: pagination.items)),
            "monthLinks": .list(months),
            // A year's one month needs no links to it; a split year's months are its content.
            "hasMonthLinks": .bool(months.count > 1 || byMonth),
        ]
        var crumbs = archiveCrumbs(to: list, page: number)
        crumbs[crumbs.count - 1].target = nil
        var frame = PageFrame(
            page: page, labels: labels, title: title,
            description: labels.text(.archiveListDescription, ["period": title, "count": String(count)]),
            section: .archive, breadcrumbs: crumbs)
        frame.pagination = pagination
        return PageView(path: page, template: "archive-list", context: frame.context(model.config, pageValues: values))
    }

    /// The speeches at `items` of a list, in groups by month: a year's page gives each month a heading and an
    /// anchor; a month's page, and the speeches of unknown date, have one group without a heading.
    private func monthGroups(_ list: ArchiveList, items: Range<Int>) -> [TemplateValue] {
        let year = model.archive[list.year]
        let months = list.month.map { [$0] } ?? Array(year.months.indices)
        let entries = months.flatMap { month in year.months[month].speeches.map { (month: month, speech: $0) } }[items]
        var groups: [(month: Int, speeches: [SpeechID])] = []
        for entry in entries {
            if groups.last?.month == entry.month { groups[groups.count - 1].speeches.append(entry.speech) } else {
                groups.append((entry.month, [entry.speech]))
            }
        }
        let headed = list.month == nil && year.year != nil
        return groups.map { group -> TemplateValue in
            let month = year.months[group.month]
            return [
                "label": headed ? .string(labels.month(month.month)) : .null,
                "anchor": .string(SiteRoutes.archiveMonthAnchor(month.month)),
                "count": .int(month.speeches.count),
                "speeches": .list(group.speeches.map(card)),
            ]
        }
    }

    /// The months of a list's year: links to their pages when the year is split by month (the current one
    /// marked), else to their place on the year's page.
    private func monthLinks(_ list: ArchiveList, from page: PagePath) -> [TemplateValue] {
        let year = model.archive[list.year]
        guard year.year != nil else { return [] }
        let split = SiteRoutes.splitsByMonth(year, pageSize: model.config.archivePageSpeeches)
        return year.months.indices.map { index -> TemplateValue in
            let month = year.months[index]
            let href = split
                ? page.link(to: SiteRoutes.firstPage(of: ArchiveList(year: list.year, month: index), in: model))
                : page.link(to: yearPage(list.year), fragment: SiteRoutes.archiveMonthAnchor(month.month))
            return [
                "label": .string(labels.month(month.month)),
                "href": .string(href),
                "count": .int(month.speeches.count),
                "current": .bool(list.month == index),
            ]
        }
    }

    /// Breadcrumbs from the home page down to an archive list: the archive, the year, and the month of a year
    /// split by month. The list's own crumb leads to its page `page`, the one that shows a speech.
    func archiveCrumbs(to list: ArchiveList, page: Int) -> [(label: String, target: PagePath?)] {
        let year = model.archive[list.year]
        var crumbs: [(label: String, target: PagePath?)] = [homeCrumb(), (labels.text(.archive), SiteRoutes.archive)]
        guard let month = list.month else {
            crumbs.append((labels.year(year.year), SiteRoutes.paged(yearPage(list.year), page: page)))
            return crumbs
        }
        crumbs.append((labels.year(year.year), yearPage(list.year)))
        crumbs.append((labels.month(year.months[month].month), SiteRoutes.paged(SiteRoutes.firstPage(of: list, in: model), page: page)))
        return crumbs
    }

    /// The first page of the year at `index` of the archive.
    private func yearPage(_ index: Int) -> PagePath {
        SiteRoutes.firstPage(of: ArchiveList(year: index, month: nil), in: model)
    }
}
