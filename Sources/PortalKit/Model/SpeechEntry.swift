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

    /// Calls `visit` with its keywords, then with the retired ones `counts` accepts, without joining the lists
    /// (the link stage goes over every speech's keywords several times).
    func forEachCountedKeyword(where counts: (KeywordID) -> Bool = { _ in true }, _ visit: (SpeechKeyword) -> Void) {
        keywords.forEach(visit)
        for keyword in retiredKeywords where counts(keyword.keyword) { visit(keyword) }
    }
}

/// A keyword of one speech. 24 bytes: a site of 10,000 speeches has hundreds of thousands.
struct SpeechKeyword: Sendable, Hashable {
    private var keywordIndex: Int32
    private var mentionCount: Int32
    /// -1: none.
    private var firstBlockIndex: Int32
    /// Uses of each alias among `mentions`, in order of first use (the term's own uses are the rest).
    var aliasUses: [AliasUse] = []

    init(keyword: KeywordID, mentions: Int, firstBlock: Int? = nil) {
        keywordIndex = Int32(keyword.index)
        mentionCount = Int32(mentions)
        firstBlockIndex = Int32(firstBlock ?? -1)
    }

    var keyword: KeywordID { KeywordID(Int(keywordIndex)) }
    /// Mentions in the speech's text (0 for a front-matter keyword the text never says).
    var mentions: Int {
        get { Int(mentionCount) }
        set { mentionCount = Int32(newValue) }
    }
    /// The block of the first mention; nil when there is none.
    var firstBlock: Int? { firstBlockIndex < 0 ? nil : Int(firstBlockIndex) }

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
