import TemplateEngine

/// A page to render: where it goes, with which template, and the values the template reads.
struct PageView: Sendable {
    var path: PagePath
    var template: String
    var context: TemplateValue
}

/// Turns the site model into the values each page's template reads. Links are made relative to the page.
struct SiteViews: Sendable {
    let model: SiteModel

    /// The templates the site needs, by page kind.
    static let requiredTemplates = ["home", "speech", "keyword", "keywords", "archive", "search", "404"]

    var allPages: Int { 5 + model.speeches.count + model.keywords.count }

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
    func path(of number: Int) -> PagePath {
        switch number {
        case 0: return .home
        case 1: return .archive
        case 2: return .keywords
        case 3: return .search
        case 4: return .notFound
        case let n where n < 5 + model.speeches.count: return speechPath(n - 5)
        default: return keywordPath(number - 5 - model.speeches.count)
        }
    }

    // MARK: - Shared pieces

    func speechPath(_ index: Int) -> PagePath { PagePath(model.speeches[index].path) }
    func keywordPath(_ index: Int) -> PagePath { PagePath(model.keywords[index].path) }

    /// A speech as lists show it: title, date, occasion, summary.
    func card(_ index: Int, from page: PagePath, fragment: String? = nil) -> TemplateValue {
        let speech = model.speeches[index]
        let metadata = speech.source.metadata
        return [
            "title": .string(metadata.title),
            "href": .string(page.link(to: speechPath(index), fragment: fragment)),
            "date": .text(speech.date?.chinese),
            "datetime": .text(speech.date?.description),
            "occasion": .text(metadata.occasion),
            "speaker": .text(metadata.speaker),
            "summary": .text(metadata.summary ?? excerpt(of: speech.body)),
            "keywords": .list(keywordLinks(speech.keywords.prefix(4), from: page)),
        ]
    }

    /// Links to keyword pages, with counts; keywords without a page are left out.
    func keywordLinks(_ counts: some Sequence<KeywordCount>, from page: PagePath) -> [TemplateValue] {
        counts.compactMap { counted -> TemplateValue? in
            guard let pageIndex = model.keywordPage[counted.keyword] else { return nil }
            return [
                "term": .string(model.vocabulary[counted.keyword].term),
                "href": .string(page.link(to: keywordPath(pageIndex))),
                "count": .int(counted.count),
            ]
        }
    }

    /// The first paragraph's opening, for lists of speeches without a summary.
    func excerpt(of body: RenderedBody, length: Int = 90) -> String? {
        guard let paragraph = body.blocks.first(where: { !$0.isHeading && $0.text.count > 20 }) else { return nil }
        let text = paragraph.text.replacingLineBreaks
        return text.count > length ? String(text.prefix(length)) + "……" : text
    }

    func homeCrumb() -> (label: String, target: PagePath?) { ("首页", .home) }
}

extension String {
    /// Line breaks inside a paragraph become nothing between Chinese characters and a space elsewhere.
    var replacingLineBreaks: String {
        guard contains("\n") else { return self }
        var result = ""
        var previous: Character?
        var pendingBreak = false
        for character in self {
            if character == "\n" {
                pendingBreak = true
                continue
            }
            if pendingBreak, let before = previous,
               !(before.unicodeScalars.first?.isCJK ?? false && character.unicodeScalars.first?.isCJK ?? false) {
                result.append(" ")
            }
            pendingBreak = false
            result.append(character)
            previous = character
        }
        return result
    }
}
