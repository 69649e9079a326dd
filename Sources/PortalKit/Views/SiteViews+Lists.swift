import TemplateEngine

extension SiteViews {
    func home() -> PageView {
        let page = SiteRoutes.home
        let latest = model.speechIDs.prefix(model.config.latestCount).map(card)
        let topKeywords = model.keywordPageIDs.prefix(20).map(keywordLink)
        let values: [String: TemplateValue] = [
            "latest": .list(latest),
            "hasMore": .bool(model.speeches.count > latest.count),
            "speechCount": .int(model.speeches.count),
            "keywordCount": .int(model.keywords.count),
            "topKeywords": .list(topKeywords),
            "years": .list(archiveYears(from: page)),
        ]
        let frame = PageFrame(
            page: page, labels: labels, title: nil, description: nil, section: .home, breadcrumbs: [(labels.text(.home), nil)])
        return PageView(path: page, template: "home", context: frame.context(model.config, pageValues: values))
    }

    /// Years with their counts, linking to their place in the archive.
    func archiveYears(from page: PagePath) -> [TemplateValue] {
        model.archive.map { year -> TemplateValue in
            [
                "label": .string(labels.year(year.year)),
                "href": .string(page.link(to: SiteRoutes.archiveSection(year: year.year).page,
                                          fragment: SiteRoutes.archiveSection(year: year.year).fragment)),
                "count": .int(year.count),
            ]
        }
    }

    func archive() -> PageView {
        let page = SiteRoutes.archive
        let years = model.archive.map { year -> TemplateValue in
            let months = year.months.map { month -> TemplateValue in
                [
                    "label": .text(month.month.map { labels.text(.month, ["month": String($0)]) }),
                    "count": .int(month.speeches.count),
                    "speeches": .list(month.speeches.map(card)),
                ]
            }
            return [
                "label": .string(labels.year(year.year)),
                "anchor": .string(SiteRoutes.archiveSection(year: year.year).fragment),
                "count": .int(year.count),
                "months": .list(months),
            ]
        }
        let values: [String: TemplateValue] = [
            "years": .list(years),
            "yearLinks": .list(archiveYears(from: page)),
            "speechCount": .int(model.speeches.count),
        ]
        let frame = PageFrame(
            page: page, labels: labels, title: labels.text(.archive), description: labels.text(.archiveDescription),
            section: .archive, breadcrumbs: [homeCrumb(), (labels.text(.archive), nil)])
        return PageView(path: page, template: "archive", context: frame.context(model.config, pageValues: values))
    }

    func keywordIndex() -> PageView {
        let page = SiteRoutes.keywordIndex
        let highest = model.keywords.first?.mentions ?? 1
        func link(_ id: KeywordPageID) -> TemplateValue {
            let entry = model[id]
            // Five sizes on a square-root scale: the most used stand out without drowning the rest.
            let ratio = Double(entry.mentions).squareRoot() / Double(max(highest, 1)).squareRoot()
            guard case .map(var link) = keywordLink(id) else { return keywordLink(id) }
            link["size"] = .int(1 + min(4, Int(ratio * 4.999)))
            link["description"] = .text(model.vocabulary[entry.id].description)
            return .map(link)
        }
        var groups: [TemplateValue] = []
        // The glossary's groups, then keywords in none, then the kept pages of former keywords.
        let current = model.keywordPageIDs.filter { model.vocabulary.isLinkable(model[$0].id) }
        let former = model.keywordPageIDs.filter { !model.vocabulary.isLinkable(model[$0].id) }
        var members = (model.groups + [""]).map { name in
            (name: name.isEmpty ? labels.text(model.groups.isEmpty ? .allKeywords : .otherKeywords) : name,
             keywords: current.filter { (model.vocabulary[model[$0].id].group ?? "") == name })
        }
        members.append((labels.text(.formerKeywords), former))
        for (number, group) in members.enumerated() where !group.keywords.isEmpty {
            groups.append([
                "name": .string(group.name),
                "anchor": .string("group-\(number + 1)"),
                "keywords": .list(group.keywords.map(link)),
                "count": .int(group.keywords.count),
            ])
        }
        let values: [String: TemplateValue] = [
            "groups": .list(groups),
            "keywordCount": .int(model.keywords.count),
            "overview": overview(),
        ]
        let frame = PageFrame(
            page: page, labels: labels, title: labels.text(.keywords), description: labels.text(.keywordsDescription),
            section: .keywords, breadcrumbs: [homeCrumb(), (labels.text(.keywords), nil)])
        return PageView(path: page, template: "keywords", context: frame.context(model.config, pageValues: values))
    }

    /// Which speeches stress which themes: a table of the most used keywords against the speeches, shown
    /// only while it stays readable.
    func overview() -> TemplateValue {
        let speeches = model.speeches.count
        guard (2...12).contains(speeches), model.keywords.count >= 2 else { return .null }
        let columns = model.speechIDs.map { id -> TemplateValue in
            [
                "title": .string(model[id].title),
                "short": .string(labels.text(.speechNumber, ["number": String(id.index + 1)])),
                "path": .string(model[id].path.encoded),
            ]
        }
        let rows = model.keywordPageIDs.prefix(15).map { id -> TemplateValue in
            let entry = model[id]
            let counts = Dictionary(entry.uses.map { ($0.speech, $0.mentions) }, uniquingKeysWith: +)
            let highest = max(1, counts.values.max() ?? 1)
            return [
                "term": .string(model.vocabulary[entry.id].term),
                "path": .string(entry.path.encoded),
                "cells": .list(model.speechIDs.map { speech -> TemplateValue in
                    let count = counts[speech] ?? 0
                    return ["count": .int(count), "level": .int(count == 0 ? 0 : 1 + min(3, count * 3 / highest))]
                }),
            ]
        }
        return ["speeches": .list(columns), "rows": .list(rows)]
    }

    func search() -> PageView {
        let page = SiteRoutes.search
        let frame = PageFrame(
            page: page, labels: labels, title: labels.text(.search), description: labels.text(.searchDescription),
            section: .search, breadcrumbs: [homeCrumb(), (labels.text(.search), nil)])
        return PageView(path: page, template: "search", context: frame.context(model.config, pageValues: [:]))
    }

    /// Served by web servers for missing pages at any address, so its links start from the site's root path:
    /// the path of `base_url` (`https://example.org/xuexi/` → `/xuexi/`), or `/`.
    func notFound() -> PageView {
        let page = SiteRoutes.notFound
        var frame = PageFrame(
            page: page, labels: labels, title: labels.text(.notFound), description: nil, section: .none,
            breadcrumbs: [homeCrumb(), (labels.text(.notFound), nil)])
        frame.absoluteRoot = SiteRoutes.rootPath(of: model.config.baseURL)
        return PageView(path: page, template: "404", context: frame.context(model.config, pageValues: [:]))
    }
}
