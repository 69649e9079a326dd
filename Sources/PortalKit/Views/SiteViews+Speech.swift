import PortalSupport
import TemplateEngine

extension SiteViews {
    /// Keywords shown at the top of a speech; the rest fold away, so the text comes first.
    static let headerKeywords = 12

    /// A speech page: metadata, keywords, table of contents, body, neighbours in time, related speeches.
    func speech(_ id: SpeechID) -> PageView {
        let speech = model[id]
        let metadata = speech.source.metadata
        let page = speech.path
        let characters = speech.body.characterCount
        let minutes = max(1, (characters + model.config.readingSpeed - 1) / model.config.readingSpeed)
        let keywords = keywordLinks(speech.keywords.map { ($0.keyword, $0.mentions) })
        let toc = speech.body.headings.map { heading -> TemplateValue in
            [
                "level": .int(heading.headingLevel),
                "text": .string(heading.text.replacingLineBreaks),
                "anchor": .string(heading.anchor),
            ]
        }
        let related = speech.related.map(card)
        let header = speech.source.headerBelowTitle.map { line -> TemplateValue in
            ["role": .string(line.role.rawValue), "text": .string(line.text)]
        }
        let notes = speech.source.notes.map { note -> TemplateValue in
            ["anchor": .string(note.anchor), "mark": .text(note.mark.nilIfEmpty), "text": .string(note.text)]
        }
        let values: [String: TemplateValue] = [
            "speech": [
                "title": .string(metadata.title),
                "date": .text(speech.date.map(labels.date)),
                "datetime": .text(speech.date?.description),
                "occasion": .text(metadata.occasion),
                "speaker": .text(metadata.speaker),
                "place": .text(metadata.place),
                "source": .text(metadata.source),
                "summary": .text(metadata.summary),
                "characters": .int(characters),
                "readingMinutes": .int(minutes),
                "keywords": .list(Array(keywords.prefix(Self.headerKeywords))),
                "hasKeywords": .bool(!keywords.isEmpty),
                "moreKeywords": .list(Array(keywords.dropFirst(Self.headerKeywords))),
                "hasMoreKeywords": .bool(keywords.count > Self.headerKeywords),
                "keywordCount": .int(keywords.count),
                "toc": .list(toc),
                "hasToc": .bool(toc.count >= 2),
                "tocCount": .int(toc.count),
                "documentHeader": .list(header),
                "hasDocumentHeader": .bool(!header.isEmpty),
                "body": .string(speech.body.html { bodyKeywordLinkTags[$0.index] }),
                "notes": .list(notes),
                "hasNotes": .bool(!notes.isEmpty),
                "older": speech.older.map(card) ?? .null,
                "newer": speech.newer.map(card) ?? .null,
                "related": .list(related),
                "hasRelated": .bool(!related.isEmpty),
                "isDraft": .bool(metadata.draft),
            ],
        ]
        // Up through the archive's page that lists the speech: its year's, or its month's in a long year.
        let listCrumbs = SiteRoutes.archivePlace(of: id, in: model).map { archiveCrumbs(to: $0.list, page: $0.page) }
            ?? [homeCrumb(), (labels.text(.archive), SiteRoutes.archive)]
        let frame = PageFrame(
            page: page, labels: labels, title: metadata.title, description: metadata.summary ?? Self.excerpt(of: speech.body),
            section: .archive, breadcrumbs: listCrumbs + [(metadata.title, nil)])
        return PageView(path: page, template: "speech", context: frame.context(model.config, pageValues: values))
    }
}
