import PortalSupport
import TemplateEngine

extension SiteViews {
    /// A keyword page: what the term means, how often it is used and where, with sentences in context. Its
    /// speeches are cut into pages (`keyword_page_speeches`); every page has the keyword's header.
    func keyword(_ id: KeywordPageID, page number: Int) -> PageView {
        let entry = model[id]
        let keyword = model.vocabulary[entry.id]
        let pagination = Pagination(paging: SiteRoutes.paging(ofKeyword: id, in: model), number: number, first: entry.path)
        let page = pagination.path(ofPage: number)
        // Rows share the speech's card; templates link to `{{root}}{{path}}#{{anchor}}`.
        let uses = entry.uses[pagination.items].map { use -> TemplateValue in
            let contexts = use.contexts.map { context -> TemplateValue in
                ["parts": context.sentence.templateParts, "anchor": .string(PagePath.linkEncoded(context.anchor))]
            }
            let aliasUses = use.aliasUses.map { alias -> TemplateValue in
                ["alias": .string(alias.alias), "count": .int(alias.count)]
            }
            return [
                "speech": card(use.speech),
                "count": .int(use.mentions),
                "aliasUses": .list(aliasUses),
                "hasAliasUses": .bool(!aliasUses.isEmpty),
                "anchor": .text(use.firstBlock.map { PagePath.linkEncoded(model[use.speech].body.blocks[$0].anchor) }),
                "contexts": .list(contexts),
                "hasContexts": .bool(!contexts.isEmpty),
            ]
        }
        let related = keyword.related.compactMap { term -> TemplateValue? in
            guard let id = model.vocabulary.id(of: term), let target = model.keywordPage[id] else { return nil }
            return keywordLink(target)
        }
        let cooccurring = keywordLinks(entry.cooccurring.map { ($0.keyword, $0.sharedSpeeches) })
        let values: [String: TemplateValue] = [
            "keyword": [
                "term": .string(keyword.term),
                "description": .text(keyword.description),
                "group": .text(keyword.group),
                "aliases": .list(keyword.aliases.map { .string($0) }),
                "hasAliases": .bool(!keyword.aliases.isEmpty),
                "mentions": .int(entry.mentions),
                "speechCount": .int(entry.uses.count),
                "discovered": .bool(keyword.origin == .discovered),
                "kept": .bool(keyword.origin == .retired),
                "chart": chart(entry.mentionsPerYear),
                "uses": .list(uses),
                "related": .list(related),
                "hasRelated": .bool(!related.isEmpty),
                "cooccurring": .list(cooccurring),
                "hasCooccurring": .bool(!cooccurring.isEmpty),
                // Keywords used only in front matter have no paragraphs to gather.
                "compilation": entry.excerpts.isEmpty ? .null
                    : .string(page.link(to: SiteRoutes.compilation(of: id, in: model))),
                "excerptCount": .int(entry.excerpts.count),
                "noCompilation": entry.compilationExclusion.map { noCompilation($0, speeches: entry.uses.count) } ?? .null,
            ],
        ]
        var frame = PageFrame(
            page: page, labels: labels, title: keyword.term,
            description: keyword.description ?? labels.text(.keywordDescription, [
                "term": keyword.term, "speeches": String(entry.uses.count), "mentions": String(entry.mentions),
            ]),
            section: .keywords,
            breadcrumbs: [homeCrumb(), (labels.text(.keywords), SiteRoutes.keywordIndex), (keyword.term, nil)])
        frame.pagination = pagination
        return PageView(path: page, template: "keyword", context: frame.context(model.config, pageValues: values))
    }

    /// Why a keyword page has no link to a compilation, for its one line: one flag set, with the counts of a
    /// keyword used too widely (in `speeches` of the site's).
    private func noCompilation(_ exclusion: CompilationScope.Exclusion, speeches: Int) -> TemplateValue {
        [
            "siteHasNone": .bool(exclusion == .noneOnSite),
            "notChosen": .bool(exclusion == .notNamedByEditors),
            "turnedOff": .bool(exclusion == .turnedOffInGlossary),
            "tooCommon": exclusion != .tooCommon ? .null : [
                "speeches": .int(speeches), "siteSpeeches": .int(model.speeches.count),
                "maxPercent": .int(model.config.compilations.maxPercent),
            ],
        ]
    }

    /// A published keyword address that now leads elsewhere: a page that sends the reader on at once (meta
    /// refresh, which works from disk too), with a visible link and the target as canonical address.
    func redirect(_ id: KeywordRedirectID) -> PageView {
        let redirect = model[id]
        let page = redirect.path
        let target = redirect.target.map { model[$0].path } ?? SiteRoutes.keywordIndex
        let values: [String: TemplateValue] = [
            "redirect": [
                "term": .string(redirect.term),
                "href": .string(page.link(to: target)),
                "target": redirect.target.map { keywordLink($0) } ?? .null,
            ],
        ]
        let frame = PageFrame(
            page: page, labels: labels, title: redirect.term,
            description: labels.text(.redirectDescription, ["term": redirect.term]), section: .keywords,
            breadcrumbs: [homeCrumb(), (labels.text(.keywords), SiteRoutes.keywordIndex), (redirect.term, nil)])
        return PageView(path: page, template: "redirect", context: frame.context(model.config, pageValues: values))
    }

    /// Mentions per year as bars of an inline SVG chart (no script), every year from the first to the last.
    func chart(_ perYear: [(year: Int, mentions: Int)]) -> TemplateValue {
        guard let first = perYear.first?.year, let last = perYear.last?.year else { return .null }
        let counts = Dictionary(perYear.map { ($0.year, $0.mentions) }, uniquingKeysWith: +)
        let years = Array(first...min(last, first + 49))
        let highest = max(1, counts.values.max() ?? 1)
        let barWidth = 28, gap = 8, plotHeight = 80, top = 16, labelSpace = 18
        let bars = years.enumerated().map { position, year -> TemplateValue in
            let mentions = counts[year] ?? 0
            let height = mentions == 0 ? 0 : max(2, mentions * plotHeight / highest)
            let x = gap + position * (barWidth + gap)
            return [
                "year": .int(year),
                "mentions": .int(mentions),
                "x": .int(x),
                "y": .int(top + plotHeight - height),
                "width": .int(barWidth),
                "height": .int(height),
                "labelX": .int(x + barWidth / 2),
                "valueY": .int(top + plotHeight - height - 4),
                "yearY": .int(top + plotHeight + labelSpace - 4),
            ]
        }
        return [
            "width": .int(gap + years.count * (barWidth + gap)),
            "height": .int(top + plotHeight + labelSpace),
            "bars": .list(bars),
            "summary": .string(years.map {
                labels.text(.chartYear, ["year": String($0), "mentions": String(counts[$0] ?? 0)])
            }.joined(separator: labels.text(.listSeparator))),
        ]
    }
}
