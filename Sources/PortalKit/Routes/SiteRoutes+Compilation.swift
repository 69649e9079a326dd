import PortalSupport

/// The addresses of keyword compilations (原文摘编): every paragraph that uses a keyword, under the keyword's
/// folder: `keywords/<term>/excerpts/index.html` newest first, `keywords/<term>/excerpts/oldest/index.html`
/// oldest first, each continued on `page/<n>/index.html` like every long list.
extension SiteRoutes {
    /// The first page of a keyword's compilation in `order`; `keywordSlug` is the keyword page's folder name.
    static func compilation(keywordSlug: String, order: CompilationOrder) -> PagePath {
        switch order {
        case .newestFirst: PagePath("keywords/\(keywordSlug)/excerpts/index.html")
        case .oldestFirst: PagePath("keywords/\(keywordSlug)/excerpts/oldest/index.html")
        }
    }

    /// The first page of the compilation of a keyword with a page.
    static func compilation(of id: KeywordPageID, order: CompilationOrder, in model: SiteModel) -> PagePath {
        compilation(keywordSlug: model.vocabulary[model[id].id].slug, order: order)
    }

    /// How a compilation is cut into pages: by paragraphs (`compilation_page_excerpts`), since a paragraph, not
    /// a speech, is what fills a page; a speech whose paragraphs run onto the next page continues there. Each
    /// page prints as a booklet of its own, so a compilation that fits on one page prints whole.
    static func paging(ofCompilation id: KeywordPageID, in model: SiteModel) -> Paging {
        Paging(count: model[id].excerpts.count, size: model.config.compilationPageExcerpts)
    }

    /// Every page of every compilation, in both orders. A keyword named only in front matter, never in a
    /// paragraph, has no compilation.
    static func compilationPages(of model: SiteModel) -> [Page] {
        model.keywordPageIDs.filter { !model[$0].excerpts.isEmpty }.flatMap { id in
            CompilationOrder.allCases.flatMap { order in
                paging(ofCompilation: id, in: model).pages.map { Page.compilation(id, order: order, page: $0) }
            }
        }
    }
}
