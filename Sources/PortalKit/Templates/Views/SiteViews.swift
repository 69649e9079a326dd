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
    /// Each speech as lists show it, by speech index.
    let cards: [TemplateValue]
    /// Each keyword page as a link (`term`, `path`), by keyword page index.
    let keywordLinks: [TemplateValue]

    /// The templates the site needs, by page kind.
    static let requiredTemplates = ["home", "speech", "keyword", "keywords", "archive", "search", "404"]

    init(model: SiteModel) {
        self.model = model
        cards = model.speeches.indices.parallelMap { [model] index in Self.card(model.speeches[index]) }
        keywordLinks = model.keywords.map { entry in
            [
                "term": .string(model.vocabulary[entry.id].term),
                "path": .string(PagePath.linkEncoded(entry.path)),
                "mentions": .int(entry.mentions),
                "speeches": .int(entry.uses.count),
            ]
        }
    }

    var allPages: Int { Paths(model: model).count }

    /// Pages in a fixed order: home, archive, keyword index, search, 404, speeches, keywords.
    func page(_ number: Int) -> PageView {
        switch number {
        case 0: return home()
        case 1: return archive()
        case 2: return keywordIndex()
        case 3: return search()
        case 4: return notFound()
        case let n where n < 5 + model.speeches.count: return speech(n - 5)
        default: return keyword(number - 5 - model.speeches.count)
        }
    }

    /// Where page `number` goes, without building its values.
    func path(of number: Int) -> PagePath { Paths(model: model).path(of: number) }

    /// The page paths in page order, without the values of any page (for the sitemap).
    struct Paths {
        let model: SiteModel

        var count: Int { 5 + model.speeches.count + model.keywords.count }

        func path(of number: Int) -> PagePath {
            switch number {
            case 0: return .home
            case 1: return .archive
            case 2: return .keywords
            case 3: return .search
            case 4: return .notFound
            case let n where n < 5 + model.speeches.count: return PagePath(model.speeches[n - 5].path)
            default: return PagePath(model.keywords[number - 5 - model.speeches.count].path)
            }
        }
    }

    // MARK: - Shared pieces

    func speechPath(_ index: Int) -> PagePath { PagePath(model.speeches[index].path) }
    func keywordPath(_ index: Int) -> PagePath { PagePath(model.keywords[index].path) }

    /// A speech as lists show it: title, date, occasion, summary, and its path from the site root.
    static func card(_ speech: SpeechEntry) -> TemplateValue {
        let metadata = speech.source.metadata
        return [
            "title": .string(metadata.title),
            "path": .string(PagePath.linkEncoded(speech.path)),
            "date": .text(speech.date?.chinese),
            "datetime": .text(speech.date?.description),
            "occasion": .text(metadata.occasion),
            "speaker": .text(metadata.speaker),
            "summary": .text(metadata.summary ?? excerpt(of: speech.body)),
        ]
    }

    /// Links to the pages of these keywords, with counts; keywords without a page are left out.
    func keywordLinks(_ counts: some Sequence<KeywordCount>) -> [TemplateValue] {
        counts.compactMap { counted -> TemplateValue? in
            guard let pageIndex = model.keywordPage[counted.keyword],
                  case .map(var link) = keywordLinks[pageIndex]
            else { return nil }
            link["count"] = .int(counted.count)
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

    func homeCrumb() -> (label: String, target: PagePath?) { ("首页", .home) }
}
