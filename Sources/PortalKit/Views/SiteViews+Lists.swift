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
            "years": .list(archiveYearLinks(from: page)),
        ]
        let frame = PageFrame(
            page: page, labels: labels, title: nil, description: nil, section: .home, breadcrumbs: [(labels.text(.home), nil)])
        return PageView(path: page, template: "home", context: frame.context(model.config, pageValues: values))
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

    /// The keyword index's table: as many speeches as a screen's width shows (the newest) against the
    /// keywords they mention most.
    static let overviewSpeeches = 12
    static let overviewKeywords = 15

    /// Which speeches stress which themes: the newest speeches against the keywords they mention most, so the
    /// table stays the size of a screen however large the site grows.
    func overview() -> TemplateValue {
        let speeches = Array(model.speechIDs.prefix(Self.overviewSpeeches))
        guard speeches.count >= 2, model.keywords.count >= 2 else { return .null }
        var counts: [KeywordPageID: [SpeechID: Int]] = [:]
        for speech in speeches {
            for counted in model[speech].keywords {
                guard let page = model.keywordPage[counted.keyword] else { continue }
                counts[page, default: [:]][speech, default: 0] += counted.mentions
            }
        }
        // Most mentioned in these speeches first; on a tie, the keyword used more across the site.
        let keywords = counts.map { (id: $0.key, total: $0.value.values.reduce(0, +)) }.filter { $0.total > 0 }
            .sorted { ($1.total, $0.id) < ($0.total, $1.id) }.prefix(Self.overviewKeywords).map(\.id)
        guard keywords.count >= 2 else { return .null }
        // A row per speech, its title readable on a phone (no tooltip to hover), a column per keyword.
        let columns = keywords.map { id -> TemplateValue in
            ["term": .string(model.vocabulary[model[id].id].term), "path": .string(model[id].path.encoded)]
        }
        let highest = Dictionary(uniqueKeysWithValues: keywords.map { id in (id, max(1, counts[id]?.values.max() ?? 1)) })
        let rows = speeches.map { speech -> TemplateValue in
            [
                "title": .string(model[speech].title),
                "path": .string(model[speech].path.encoded),
                "date": .text(model[speech].date.map(labels.date)),
                "cells": .list(keywords.map { id -> TemplateValue in
                    let count = counts[id]?[speech] ?? 0
                    return ["count": .int(count), "level": .int(count == 0 ? 0 : 1 + min(3, count * 3 / (highest[id] ?? 1)))]
                }),
            ]
        }
        return [
            "keywords": .list(columns), "rows": .list(rows),
            // The site has more speeches than the table: its caption says these are the newest.
            "isNewest": .bool(model.speeches.count > speeches.count), "speechCount": .int(speeches.count),
        ]
    }

    /// Served by web servers for missing pages at any address, and opened from disk as a file beside the home
    /// page: its links are relative to the site root, and over HTTP the template's base element puts the root at
    /// the path of `base_url` (`https://example.org/xuexi/` → `/xuexi/`), or `/`.
    func notFound() -> PageView {
        let page = SiteRoutes.notFound
        let frame = PageFrame(
            page: page, labels: labels, title: labels.text(.notFound), description: nil, section: .none,
            breadcrumbs: [homeCrumb(), (labels.text(.notFound), nil)])
        let rootPath = SiteRoutes.rootPath(of: model.config.baseURL)
        let values: [String: TemplateValue] = [
            "notFound": [
                "rootPath": .string(rootPath),
                "stylesheet": .string(rootPath + SiteRoutes.stylesheet),
            ],
        ]
        return PageView(path: page, template: "404", context: frame.context(model.config, pageValues: values))
    }
}
