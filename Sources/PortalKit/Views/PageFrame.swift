import TemplateEngine

/// What every page gives its templates: the site, the way back to the root, navigation, breadcrumbs.
///
/// Every key is always present (`null` when there is nothing), so strict mode can tell a misspelt name in a
/// template from a value a page simply does not have.
struct PageFrame {
    enum Section: String, CaseIterable {
        case home, archive, keywords, search, none
    }

    var page: PagePath
    var labels: ThemeLabels
    var title: String?
    var description: String?
    var section: Section
    /// Labels and targets from the home page down; the last is the page itself.
    var breadcrumbs: [(label: String, target: PagePath?)]
    /// For a page of a list cut into pages: which page. Later pages add their number to the title and the
    /// breadcrumbs, and every page of a paged list links to the others.
    var pagination: Pagination? = nil

    /// `../` per level.
    var root: String { page.root }

    func link(to target: PagePath, fragment: String? = nil) -> String { page.link(to: target, fragment: fragment) }

    func context(_ config: SiteConfig, pageValues: [String: TemplateValue]) -> TemplateValue {
        var values = pageValues
        values["site"] = [
            "title": .string(config.title),
            "subtitle": .text(config.subtitle),
            "description": .text(config.description),
            "language": .string(config.language),
        ]
        values["root"] = .string(root)
        values["page"] = [
            "title": .text(pagedTitle),
            "description": .string(description ?? config.description ?? config.title),
            "path": .string(page.path),
            "isHome": .bool(page == SiteRoutes.home),
            // Printed pages carry their address: absolute with a base_url, else the script finds it.
            "address": .text(config.baseURL.map { SiteRoutes.sitemapLocation(of: page, base: $0) }),
        ]
        values["links"] = [
            "home": .string(link(to: SiteRoutes.home)),
            "archive": .string(link(to: SiteRoutes.archive)),
            "keywords": .string(link(to: SiteRoutes.keywordIndex)),
            "search": .string(link(to: SiteRoutes.search)),
            "feed": .string(root + SiteRoutes.feed),
            "stylesheet": .string(root + SiteRoutes.stylesheet),
            "script": .string(root + SiteRoutes.searchScript),
            "printScript": .string(root + SiteRoutes.printScript),
            "passageScript": .string(root + SiteRoutes.passageScript),
        ]
        values["nav"] = .list(navigation.map { label, target, section in
            [
                "label": .string(label),
                "href": .string(link(to: target)),
                "current": .bool(section == self.section),
                // A speech belongs to the archive's section but is not the archive page: screen readers
                // announce aria-current="page" as "this page", so the section link gets "true" instead.
                "isPage": .bool(target == page),
            ]
        })
        let crumbs = pagedBreadcrumbs
        values["breadcrumbs"] = .list(crumbs.enumerated().map { index, crumb in
            [
                "label": .string(crumb.label),
                "href": crumb.target.map { .string(link(to: $0)) } ?? .null,
                "last": .bool(index == crumbs.count - 1),
            ]
        })
        values["hasBreadcrumbs"] = .bool(crumbs.count > 1)
        values["pagination"] = pagination?.value(link: { link(to: $0) }) ?? .null
        return .map(values)
    }

    /// Page 2 and later of a list: “劳模精神（第2页）”.
    private var pagedTitle: String? {
        guard let title, let pagination, pagination.isLater else { return title }
        return labels.text(.pagedTitle, ["title": title, "page": String(pagination.number)])
    }

    /// Page 2 and later of a list: the list's own crumb leads to its first page, and the page's number follows.
    private var pagedBreadcrumbs: [(label: String, target: PagePath?)] {
        guard let pagination, pagination.isLater, !breadcrumbs.isEmpty else { return breadcrumbs }
        var crumbs = breadcrumbs
        crumbs[crumbs.count - 1].target = pagination.first
        crumbs.append((labels.text(.pageNumber, ["page": String(pagination.number)]), nil))
        return crumbs
    }

    private var navigation: [(String, PagePath, Section)] {
        [
            (labels.text(.home), SiteRoutes.home, .home), (labels.text(.archive), SiteRoutes.archive, .archive),
            (labels.text(.keywords), SiteRoutes.keywordIndex, .keywords), (labels.text(.search), SiteRoutes.search, .search),
        ]
    }
}

extension TemplateValue {
    /// A text, or `null` when there is none, so `{{#field}}` sections show only when there is something.
    static func text(_ value: String?) -> TemplateValue {
        guard let value, !value.isEmpty else { return .null }
        return .string(value)
    }
}
