import Markdown
import PortalSupport

/// A speech with everything its page and the pages that list it need.
struct SpeechEntry: Sendable {
    var source: SpeechSource
    var body: RenderedBody
    var path: PagePath
    /// Its keywords with their mentions: the most mentioned first, front-matter keywords without mentions last.
    var keywords: [SpeechKeyword]
    /// Uses of retired keywords (no keywords any more; see `Vocabulary.Origin.retired`), for kept pages.
    var retiredKeywords: [SpeechKeyword] = []
    /// Neighbours in time: the previous (older) and next (newer) speech.
    var older: SpeechID?
    var newer: SpeechID?
    /// Up to five speeches sharing its rarer keywords, most related first.
    var related: [SpeechID]

    var title: String { source.metadata.title }
    var date: SpeechDate? { source.metadata.date }
}

/// A keyword of one speech.
struct SpeechKeyword: Sendable, Hashable {
    var keyword: KeywordID
    /// Mentions in the speech's text (0 for a front-matter keyword the text never says).
    var mentions: Int
    /// The block of the first mention; nil when there is none.
    var firstBlock: Int? = nil
    /// Uses of each alias among `mentions`, in order of first use (the term's own uses are the rest).
    var aliasUses: [AliasUse] = []

    mutating func countAlias(_ alias: String) {
        if let index = aliasUses.firstIndex(where: { $0.alias == alias }) {
            aliasUses[index].count += 1
        } else {
            aliasUses.append(AliasUse(alias: alias, count: 1))
        }
    }
}

/// How often a speech uses one alias of a keyword.
struct AliasUse: Sendable, Hashable {
    var alias: String
    var count: Int
}
