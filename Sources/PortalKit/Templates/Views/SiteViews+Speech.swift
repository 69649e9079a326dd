import TemplateEngine

extension SiteViews {
    /// A speech page: metadata, keywords, table of contents, body, neighbours in time, related speeches.
    func speech(_ index: Int) -> PageView {
        let speech = model.speeches[index]
        let metadata = speech.source.metadata
        let page = speechPath(index)
        let characters = speech.body.characterCount
        let minutes = max(1, (characters + model.config.readingSpeed - 1) / model.config.readingSpeed)
        let keywords = keywordLinks(speech.keywords, from: page)
        let toc = speech.body.headings.map { heading -> TemplateValue in
            [
                "level": .int(heading.headingLevel),
                "text": .string(heading.text.replacingLineBreaks),
                "href": .string(page.link(to: page, fragment: heading.anchor)),
            ]
        }
        let related = speech.related.map { card($0, from: page) }
        let values: [String: TemplateValue] = [
            "speech": [
                "title": .string(metadata.title),
                "date": .text(speech.date?.chinese),
                "datetime": .text(speech.date?.description),
                "occasion": .text(metadata.occasion),
                "speaker": .text(metadata.speaker),
                "place": .text(metadata.place),
                "source": .text(metadata.source),
                "summary": .text(metadata.summary),
                "characters": .int(characters),
                "readingMinutes": .int(minutes),
                "keywords": .list(keywords),
                "hasKeywords": .bool(!keywords.isEmpty),
                "toc": .list(toc),
                "hasToc": .bool(toc.count >= 2),
                "body": .string(speech.body.html),
                "older": speech.older.map { card($0, from: page) } ?? .null,
                "newer": speech.newer.map { card($0, from: page) } ?? .null,
                "related": .list(related),
                "hasRelated": .bool(!related.isEmpty),
                "isDraft": .bool(metadata.draft),
            ],
        ]
        let frame = PageFrame(
            page: page, title: metadata.title, description: metadata.summary ?? excerpt(of: speech.body),
            section: .archive,
            breadcrumbs: [homeCrumb(), ("讲话归档", .archive), (metadata.title, nil)])
        return PageView(path: page, template: "speech", context: frame.context(model.config, pageValues: values))
    }
}
