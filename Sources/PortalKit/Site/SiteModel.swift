import Keywords
import Markdown
import PortalSupport

/// The whole site after linking: every page's data, with cross-references as indices. Pages are rendered
/// from this alone.
struct SiteModel: Sendable {
    var config: SiteConfig
    var vocabulary: Vocabulary
    /// Groups of the keyword index, in the glossary's order.
    var groups: [String]
    /// Newest first; undated speeches last, by title.
    var speeches: [SpeechEntry]
    /// Keywords that have a page, most used first.
    var keywords: [KeywordEntry]
    /// Keyword id → index in `keywords`, for keywords with a page.
    var keywordPage: [KeywordID: Int]
    var archive: [ArchiveYear]

    /// Lets the speeches' body HTML go once the pages are written, to keep peak memory down.
    mutating func dropBodyHTML() {
        for index in speeches.indices { speeches[index].body.html = "" }
        ProcessMemory.returnFreedMemory()
    }
}

/// A speech with everything its page and the pages that list it need.
struct SpeechEntry: Sendable {
    var source: SpeechSource
    var body: RenderedBody
    /// Page path relative to the site root.
    var path: String
    /// Keyword ids with mention counts: the most mentioned first, front-matter keywords without mentions last.
    var keywords: [KeywordCount]
    /// Neighbours in time: the previous (older) and next (newer) speech.
    var older: Int?
    var newer: Int?
    /// Up to five speeches sharing its rarer keywords, most related first.
    var related: [Int]

    var title: String { source.metadata.title }
    var date: SpeechDate? { source.metadata.date }
}

struct KeywordCount: Sendable, Hashable {
    var keyword: KeywordID
    var count: Int
    /// In a speech: the block of the first mention (nil for a front-matter keyword the text never says).
    var firstBlock: Int? = nil
}

/// A keyword with a page: where it is used, and in which sentences.
struct KeywordEntry: Sendable {
    var id: KeywordID
    var path: String
    /// Mentions across all speeches.
    var mentions: Int
    /// Speeches that use it, most mentions first.
    var uses: [KeywordUse]
    /// Mentions per year, oldest year first (years without dated speeches are left out).
    var mentionsPerYear: [(year: Int, mentions: Int)]
    /// Keyword ids that share speeches with it most often, with the number of shared speeches.
    var cooccurring: [KeywordCount]
}

/// One speech on a keyword page.
struct KeywordUse: Sendable {
    var speech: Int
    var count: Int
    /// Up to three sentences around mentions; empty past the site's context limit.
    var contexts: [KeywordContext]
    /// The anchor of the first mention's block, for the link to the speech.
    var firstAnchor: String?
}

/// A sentence around a mention, with the mention's place in it for highlighting.
struct KeywordContext: Sendable, Hashable {
    var anchor: String
    var before: String
    var match: String
    var after: String
}

struct ArchiveYear: Sendable {
    var year: Int?
    var months: [ArchiveMonth]
    var count: Int { months.reduce(0) { $0 + $1.speeches.count } }
}

struct ArchiveMonth: Sendable {
    /// nil for speeches of the year whose month is not known.
    var month: Int?
    var speeches: [Int]
}
