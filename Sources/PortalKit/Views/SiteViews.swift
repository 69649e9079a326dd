import Markdown
import PortalSupport
import TemplateEngine

/// A page to render: where it goes, with which template, and the values the template reads.
struct PageView: Sendable {
    var path: PagePath
    var template: String
    var context: TemplateValue
}

/// Turns the site model into the values each page's template reads.
///
/// Links in lists are paths from the site root (`path`), which templates write as `{{root}}{{path}}`:
/// the page's way back to the root comes from the page, so the value of a speech or keyword as lists
/// show it is made once and shared by every page that lists it.
struct SiteViews: Sendable {
    let model: SiteModel
    let labels: ThemeLabels
    /// Each speech as lists show it, by `SpeechID`.
    private let cards: [TemplateValue]
    /// Each keyword page as a link (`term`, `path`), by `KeywordPageID`.
    private let keywordLinks: [TemplateValue]
    /// The opening tag of each keyword's link from a speech body, by keyword index, as the bodies were rendered
    /// with it: the speech page puts the tags back into its body.
    let bodyKeywordLinkTags: [[UInt8]]

    /// The templates the site needs, by page kind.
    static let requiredTemplates = ["home", "speech", "keyword", "keywords", "archive", "archive-list", "search", "404", "redirect", "compilation"]

    init(model: SiteModel, labels: ThemeLabels) {
        self.model = model
        self.labels = labels
        bodyKeywordLinkTags = SiteBuilder.bodyKeywordLinks(model.vocabulary, labels: labels).map(KeywordLinkOpening.tag)
        cards = model.speeches.indices.parallelMap { [model] index in Self.card(model.speeches[index], labels: labels) }
        keywordLinks = model.keywords.map { entry in
            [
                "term": .string(model.vocabulary[entry.id].term),
                "path": .string(entry.path.encoded),
                "mentions": .int(entry.mentions),
                "speeches": .int(entry.uses.count),
            ]
        }
    }

    /// The page's template and values.
    func view(of page: Page) -> PageView {
        switch page {
        case .home: home()
        case .archive: archive()
        case .archiveList(let list, let number): archiveList(list, page: number)
        case .keywordIndex: keywordIndex()
        case .search: search()
        case .notFound: notFound()
        case .speech(let id): speech(id)
        case .keyword(let id, let number): keyword(id, page: number)
        case .keywordRedirect(let id): redirect(id)
        case .compilation(let id, let number): compilation(id, page: number)
        }
    }

    // MARK: - Shared pieces

    func card(_ id: SpeechID) -> TemplateValue { cards[id.index] }

    func keywordLink(_ id: KeywordPageID) -> TemplateValue { keywordLinks[id.index] }

    /// A speech as lists show it: title, date, occasion, summary, and its path from the site root.
    static func card(_ speech: SpeechEntry, labels: ThemeLabels) -> TemplateValue {
        let metadata = speech.source.metadata
        return [
            "title": .string(metadata.title),
            "path": .string(speech.path.encoded),
            "date": .text(speech.date.map(labels.date)),
            "datetime": .text(speech.date?.description),
            "occasion": .text(metadata.occasion),
            "speaker": .text(metadata.speaker),
            "summary": .text(metadata.summary ?? excerpt(of: speech.body)),
        ]
    }

    /// Links to the pages of these keywords, each with its count; keywords without a page are left out.
    func keywordLinks(_ counted: [(keyword: KeywordID, count: Int)]) -> [TemplateValue] {
        counted.compactMap { keyword, count -> TemplateValue? in
            guard let page = model.keywordPage[keyword], case .map(var link) = keywordLink(page) else { return nil }
            link["count"] = .int(count)
            return .map(link)
        }
    }

    /// The first paragraph's opening, for lists of speeches without a summary.
    static func excerpt(of body: RenderedBody, length: Int = 90) -> String? {
        guard let paragraph = body.blocks.first(where: { !$0.isHeading && $0.text.utf8.count > 60 }) else { return nil }
        let text = paragraph.text.replacingLineBreaks
        var characters = 0
        for index in text.indices {
            characters += 1
            if characters > length { return String(text[..<index]) + "……" }
        }
        return text
    }

    func homeCrumb() -> (label: String, target: PagePath?) { (labels.text(.home), SiteRoutes.home) }
}
