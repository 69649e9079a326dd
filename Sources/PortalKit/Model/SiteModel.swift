import Keywords
import PortalSupport

/// The whole site after linking: every page's data, with cross-references as typed ids. Pages are rendered
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
    /// The page of each keyword that has one.
    var keywordPage: [KeywordID: KeywordPageID]
    var archive: [ArchiveYear]
    /// Published keyword addresses that now redirect.
    var redirects: [KeywordRedirect] = []
    /// What `content/keywords.lock` should say after this build.
    var published: PublishedKeywords = .none
    /// What changed about published addresses in this build, for its output.
    var addressChanges: [KeywordsError] = []

    subscript(id: SpeechID) -> SpeechEntry { speeches[id.index] }
    subscript(id: KeywordPageID) -> KeywordEntry { keywords[id.index] }
    subscript(id: KeywordRedirectID) -> KeywordRedirect { redirects[id.index] }

    /// Every speech, newest first.
    var speechIDs: [SpeechID] { speeches.indices.map { SpeechID($0) } }
    /// Every keyword page, most used first.
    var keywordPageIDs: [KeywordPageID] { keywords.indices.map { KeywordPageID($0) } }
    /// Every redirect page.
    var redirectIDs: [KeywordRedirectID] { redirects.indices.map { KeywordRedirectID($0) } }

    /// Lets go of what only the pages needed, once they are written, to keep peak memory down (the body HTML
    /// has gone already: `dropBodyHTML`): the keyword uses found in the text, each speech's keywords and each
    /// keyword page's uses and excerpts.
    /// Call after `SiteBuilder.searchDocuments` and `searchKeywords`: they read the speeches' keywords and the
    /// pages' uses, which this drops. The rest of the build reads the counts, the lock file's entries and the
    /// speeches' sources.
    mutating func dropPageData() {
        for index in speeches.indices {
            speeches[index].body.keywordUses = []
            speeches[index].keywords = []
            speeches[index].retiredKeywords = []
        }
        for index in keywords.indices {
            keywords[index].uses = []
            keywords[index].excerpts = []
        }
        ProcessMemory.returnFreedMemory()
    }

    /// Lets go of the body HTML once the pages are written: the search index's documents, made next, need the
    /// blocks' text alone, and take the room the HTML leaves.
    mutating func dropBodyHTML() {
        for index in speeches.indices {
            speeches[index].body.html = ""
            speeches[index].body.keywordLinkOpenings = []
        }
    }
}
