import TemplateEngine

extension SiteViews {
    /// The search page: the search box and the choices of its two filters, the years with dated speeches
    /// (newest first) and the keywords with a page (most used first). The search index numbers speeches by
    /// date and lists each keyword's speeches, so `search.js` applies the filters without other data.
    func search() -> PageView {
        let page = SiteRoutes.search
        let frame = PageFrame(
            page: page, labels: labels, title: labels.text(.search), description: labels.text(.searchDescription),
            section: .search, breadcrumbs: [homeCrumb(), (labels.text(.search), nil)])
        let years = model.archive.compactMap { archiveYear -> TemplateValue? in
            guard let year = archiveYear.year, let date = SpeechDate(year: year) else { return nil }
            return ["year": .int(year), "label": .string(labels.date(date)), "count": .int(archiveYear.count)]
        }
        let keywords = model.keywords.map { entry -> TemplateValue in
            ["term": .string(model.vocabulary[entry.id].term), "speeches": .int(entry.uses.count)]
        }
        let filters: TemplateValue = [
            "years": .list(years), "hasYears": .bool(!years.isEmpty),
            "keywords": .list(keywords), "hasKeywords": .bool(!keywords.isEmpty),
            "hasFilters": .bool(!years.isEmpty || !keywords.isEmpty),
        ]
        return PageView(path: page, template: "search", context: frame.context(model.config, pageValues: ["filters": filters]))
    }
}
