import TemplateEngine

extension SiteViews {
    func home() -> PageView {
        let page = PagePath.home
        let latest = Array(cards.prefix(model.config.latestCount))
        let topKeywords = Array(keywordLinks.prefix(20))
        let values: [String: TemplateValue] = [
            "latest": .list(latest),
            "hasMore": .bool(model.speeches.count > latest.count),
            "speechCount": .int(model.speeches.count),
            "keywordCount": .int(model.keywords.count),
            "topKeywords": .list(topKeywords),
            "years": .list(archiveYears(from: page)),
        ]
        let frame = PageFrame(page: page, title: nil, description: nil, section: .home, breadcrumbs: [("首页", nil)])
        return PageView(path: page, template: "home", context: frame.context(model.config, pageValues: values))
    }

    /// Years with their counts, linking to their place in the archive.
    func archiveYears(from page: PagePath) -> [TemplateValue] {
        model.archive.map { year -> TemplateValue in
            [
                "label": .string(year.year.map { "\($0)年" } ?? "日期不详"),
                "href": .string(page.link(to: .archive, fragment: Self.archiveAnchor(year.year))),
                "count": .int(year.count),
            ]
        }
    }

    static func archiveAnchor(_ year: Int?) -> String { year.map { "y\($0)" } ?? "undated" }

    func archive() -> PageView {
        let page = PagePath.archive
        let years = model.archive.map { year -> TemplateValue in
            let months = year.months.map { month -> TemplateValue in
                [
                    "label": .text(month.month.map { "\($0)月" }),
                    "count": .int(month.speeches.count),
                    "speeches": .list(month.speeches.map { cards[$0] }),
                ]
            }
            return [
                "label": .string(year.year.map { "\($0)年" } ?? "日期不详"),
                "anchor": .string(Self.archiveAnchor(year.year)),
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
            page: page, title: "讲话归档", description: "按年份和月份排列的全部讲话", section: .archive,
            breadcrumbs: [homeCrumb(), ("讲话归档", nil)])
        return PageView(path: page, template: "archive", context: frame.context(model.config, pageValues: values))
    }

    func keywordIndex() -> PageView {
        let page = PagePath.keywords
        let highest = model.keywords.first?.mentions ?? 1
        func link(_ index: Int) -> TemplateValue {
            let entry = model.keywords[index]
            // Five sizes on a square-root scale: the most used stand out without drowning the rest.
            let ratio = Double(entry.mentions).squareRoot() / Double(max(highest, 1)).squareRoot()
            guard case .map(var link) = keywordLinks[index] else { return keywordLinks[index] }
            link["size"] = .int(1 + min(4, Int(ratio * 4.999)))
            link["description"] = .text(model.vocabulary[entry.id].description)
            return .map(link)
        }
        var groups: [TemplateValue] = []
        for (number, name) in (model.groups + [""]).enumerated() {
            let members = model.keywords.indices.filter { (model.vocabulary[model.keywords[$0].id].group ?? "") == name }
            guard !members.isEmpty else { continue }
            groups.append([
                "name": .string(name.isEmpty ? (model.groups.isEmpty ? "全部关键词" : "其他关键词") : name),
                "anchor": .string("group-\(number + 1)"),
                "keywords": .list(members.map(link)),
                "count": .int(members.count),
            ])
        }
        let values: [String: TemplateValue] = [
            "groups": .list(groups),
            "keywordCount": .int(model.keywords.count),
            "overview": overview(),
        ]
        let frame = PageFrame(
            page: page, title: "关键词", description: "讲话中的关键词及其出现次数", section: .keywords,
            breadcrumbs: [homeCrumb(), ("关键词", nil)])
        return PageView(path: page, template: "keywords", context: frame.context(model.config, pageValues: values))
    }

    /// Which speeches stress which themes: a table of the most used keywords against the speeches, shown
    /// only while it stays readable.
    func overview() -> TemplateValue {
        let speeches = model.speeches.count
        guard (2...12).contains(speeches), model.keywords.count >= 2 else { return .null }
        let columns = model.speeches.indices.map { index -> TemplateValue in
            [
                "title": .string(model.speeches[index].title),
                "short": .string("第\(index + 1)篇"),
                "path": .string(PagePath.linkEncoded(model.speeches[index].path)),
            ]
        }
        let rows = model.keywords.indices.prefix(15).map { index -> TemplateValue in
            let entry = model.keywords[index]
            let counts = Dictionary(entry.uses.map { ($0.speech, $0.count) }, uniquingKeysWith: +)
            let highest = max(1, counts.values.max() ?? 1)
            return [
                "term": .string(model.vocabulary[entry.id].term),
                "path": .string(PagePath.linkEncoded(entry.path)),
                "cells": .list(model.speeches.indices.map { speech -> TemplateValue in
                    let count = counts[speech] ?? 0
                    return ["count": .int(count), "level": .int(count == 0 ? 0 : 1 + min(3, count * 3 / highest))]
                }),
            ]
        }
        return ["speeches": .list(columns), "rows": .list(rows)]
    }

    static func rootPath(of baseURL: String?) -> String {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    func search() -> PageView {
        let page = PagePath.search
        let frame = PageFrame(
            page: page, title: "搜索", description: "在全部讲话中搜索词语", section: .search,
            breadcrumbs: [homeCrumb(), ("搜索", nil)])
        return PageView(path: page, template: "search", context: frame.context(model.config, pageValues: [:]))
    }

    /// Served by web servers for missing pages at any address, so its links start from the site's root path:
    /// the path of `base_url` (`https://example.org/xuexi/` → `/xuexi/`), or `/`.
    func notFound() -> PageView {
        let page = PagePath.notFound
        var frame = PageFrame(
            page: page, title: "页面不存在", description: nil, section: .none,
            breadcrumbs: [homeCrumb(), ("页面不存在", nil)])
        frame.absoluteRoot = Self.rootPath(of: model.config.baseURL)
        return PageView(path: page, template: "404", context: frame.context(model.config, pageValues: [:]))
    }
}
