import PortalSupport

/// The addresses of keyword compilations (原文摘编): every paragraph that uses a keyword, under the keyword's
/// folder, `keywords/<term>/excerpts/index.html`, continued on `page/<n>/index.html` like every long list.
extension SiteRoutes {
    /// The first page of a keyword's compilation, in the folder of the keyword's page (`keyword(slug:)`).
    static func compilation(keywordSlug: String) -> PagePath {
        PagePath("keywords/\(folderName(keywordSlug))/excerpts/index.html")
    }

    /// The first page of the compilation of a keyword with a page.
    static func compilation(of id: KeywordPageID, in model: SiteModel) -> PagePath {
        compilation(keywordSlug: model.vocabulary[model[id].id].slug)
    }

    /// About this many bytes of paragraphs, citations and markup fill a page of a compilation: with the page's
    /// frame, a page stays under the 300 KB page budget however long the paragraphs are.
    static let compilationPageBytes = 240 * 1024
    /// What an excerpt adds to its page besides its text (its markup and link), a section heading besides its
    /// text, and a speech's heading, citation and line in the contents (templates/compilation.mustache).
    static let excerptOverheadBytes = 150
    static let sectionOverheadBytes = 10
    static let excerptGroupBytes = 450

    /// Where each page of a compilation starts: a page holds at most `compilation_page_excerpts` paragraphs,
    /// and fewer when they are long (`compilationPageBytes`); a speech whose paragraphs run on continues on the
    /// next page. Each page prints as a booklet of its own, so a compilation that fits on one prints whole.
    static func compilationPageStarts(of excerpts: [KeywordExcerpt], in speeches: [SpeechEntry], maxExcerpts: Int) -> [Int] {
        var starts = [0]
        var bytes = 0
        for (position, excerpt) in excerpts.enumerated() {
            let isNewSpeech = position == 0 || excerpts[position - 1].speech != excerpt.speech
            let blocks = speeches[excerpt.speech.index].body.blocks
            // The heading the paragraph is under is written where it changes (SiteViews.excerptGroups).
            let section = isNewSpeech || excerpts[position - 1].section != excerpt.section ? excerpt.section : nil
            let size = blocks[excerpt.block].text.utf8.count + excerptOverheadBytes
                + (section.map { blocks[$0].text.utf8.count + sectionOverheadBytes } ?? 0)
                + (isNewSpeech ? excerptGroupBytes : 0)
            let onPage = position - starts[starts.count - 1]
            if onPage > 0, onPage >= maxExcerpts || bytes + size > compilationPageBytes {
                starts.append(position)
                // A speech that runs on repeats its heading (（续）); a new one's heading is already in `size`.
                bytes = isNewSpeech ? 0 : excerptGroupBytes
            }
            bytes += size
        }
        return starts
    }

    /// How a compilation is cut into pages.
    static func paging(ofCompilation id: KeywordPageID, in model: SiteModel) -> Paging {
        Paging(count: model[id].excerpts.count, starts: model[id].excerptPageStarts)
    }

    /// Every page of every compilation. A keyword named only in front matter, never in a paragraph, has none.
    static func compilationPages(of model: SiteModel) -> [Page] {
        model.keywordPageIDs.filter { !model[$0].excerpts.isEmpty }.flatMap { id in
            paging(ofCompilation: id, in: model).pages.map { Page.compilation(id, page: $0) }
        }
    }
}
