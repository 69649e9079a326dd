import PortalSupport
import TemplateEngine

extension SiteViews {
    /// A page of a keyword's compilation (原文摘编): its paragraphs grouped by speech, newest first (the page's
    /// script turns them round), each with its citation and a link to the paragraph on the speech's page. Each
    /// page prints as a booklet: a cover (the keyword, the site, the date of printing), contents, the
    /// paragraphs; the print stylesheet adds running headers and page numbers.
    func compilation(_ id: KeywordPageID, page number: Int) -> PageView {
        let entry = model[id]
        let keyword = model.vocabulary[entry.id]
        let first = SiteRoutes.compilation(of: id, in: model)
        let pagination = Pagination(paging: SiteRoutes.paging(ofCompilation: id, in: model), number: number, first: first)
        let page = pagination.path(ofPage: number)
        let speechCount = entry.excerptSpeeches
        var frame = PageFrame(
            page: page, labels: labels, title: labels.text(.compilationTitle, ["term": keyword.term]),
            description: labels.text(.compilationDescription, [
                "term": keyword.term, "speeches": String(speechCount),
                "paragraphs": String(entry.excerpts.count),
            ]),
            section: .keywords,
            breadcrumbs: [
                homeCrumb(), (labels.text(.keywords), SiteRoutes.keywordIndex), (keyword.term, entry.path),
                (labels.text(.compilation), nil),
            ])
        frame.pagination = pagination
        let groups = excerptGroups(entry.excerpts, positions: pagination.items)
        let values: [String: TemplateValue] = [
            "compilation": [
                "term": .string(keyword.term),
                "aliases": .list(keyword.aliases.map { .string($0) }),
                "hasAliases": .bool(!keyword.aliases.isEmpty),
                "keyword": .string(frame.link(to: entry.path)),
                "speechCount": .int(speechCount),
                "excerptCount": .int(entry.excerpts.count),
                "groups": .list(groups),
                "volumes": volumes(pagination, frame: frame),
                // For the running header, a CSS string in the page's own style element.
                "cssTerm": .string(keyword.term.escapedForCSSString),
                "cssSite": .string(model.config.title.escapedForCSSString),
            ],
        ]
        return PageView(path: page, template: "compilation", context: frame.context(model.config, pageValues: values))
    }

    /// The excerpts at `positions`, grouped by speech: each group with the speech's citation, `continued` when
    /// its first paragraphs are on the page before. An excerpt names the heading it is under only where that
    /// changes: the heading of the paragraph before stands for it.
    private func excerptGroups(_ excerpts: [KeywordExcerpt], positions: Range<Int>) -> [TemplateValue] {
        var groups: [TemplateValue] = []
        var position = positions.lowerBound
        while position < positions.upperBound {
            let speechID = excerpts[position].speech
            var end = position
            while end < positions.upperBound, excerpts[end].speech == speechID { end += 1 }
            let speech = model[speechID]
            let metadata = speech.source.metadata
            var section: Int?
            let items = excerpts[position..<end].map { excerpt -> TemplateValue in
                let block = speech.body.blocks[excerpt.block]
                defer { section = excerpt.section }
                return [
                    "anchor": .string(PagePath.linkEncoded(block.anchor)),
                    "number": .int(block.paragraphNumber),
                    "parts": MarkedText(text: block.text, marks: excerpt.marks(in: speech.body)).templateParts,
                    "section": excerpt.section == section ? .null
                        : .text(excerpt.section.map { speech.body.blocks[$0].text.replacingLineBreaks }),
                ]
            }
            groups.append([
                "anchor": .string("s\(groups.count + 1)"),
                "title": .string(metadata.title),
                "path": .string(speech.path.encoded),
                "speaker": .text(metadata.speaker),
                "date": .text(speech.date.map(labels.date)),
                "datetime": .text(speech.date?.description),
                "isDated": .bool(speech.date != nil),
                "occasion": .text(metadata.occasion),
                "continued": .bool(position > 0 && excerpts[position - 1].speech == speechID),
                "excerpts": .list(items),
            ])
            position = end
        }
        return groups
    }

    /// For printing every volume (page) of a paged compilation as one booklet, on its first volume: each volume's
    /// link and the paragraphs it holds (the other volumes link to the first: a list on every page would grow with
    /// the square of a long compilation's pages); null on later volumes and for a compilation on one page.
    private func volumes(_ pagination: Pagination, frame: PageFrame) -> TemplateValue {
        let paging = pagination.paging
        guard paging.pageCount > 1, !pagination.isLater else { return .null }
        return .list(paging.pages.map { number in
            let items = paging.items(onPage: number)
            return [
                "number": .int(number), "href": .string(frame.link(to: pagination.path(ofPage: number))),
                "firstItem": .int(items.lowerBound + 1), "lastItem": .int(items.upperBound),
            ]
        })
    }
}

extension String {
    /// The text inside a CSS string in double quotes, safe inside an HTML `<style>` element too (no `<`).
    var escapedForCSSString: String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "<": result += "\\3C "
            case "\n", "\r": result += "\\A "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
