import Markdown
import PortalSupport

/// A keyword with a page: where it is used, and in which sentences.
struct KeywordEntry: Sendable {
    var id: KeywordID
    var path: PagePath
    /// Mentions across all speeches.
    var mentions: Int
    /// Speeches that use it, most mentions first.
    var uses: [KeywordUse]
    /// Mentions per year, oldest year first (years without dated speeches are left out).
    var mentionsPerYear: [(year: Int, mentions: Int)]
    /// The keywords that share speeches with it most often.
    var cooccurring: [CooccurringKeyword]
    /// Every paragraph that uses it, for its compilation (原文摘编): by speech, newest first, each speech's
    /// paragraphs in the order of its text.
    var excerpts: [KeywordExcerpt] = []
    /// Where each page of the compilation starts in `excerpts` (`SiteRoutes.compilationPageStarts`).
    var excerptPageStarts: [Int] = [0]
    /// The speeches its excerpts come from, counted once for every page of the compilation.
    var excerptSpeeches = 0
    /// Why it has no compilation, when the settings leave it none (its page says so).
    var compilationExclusion: CompilationScope.Exclusion?
}

/// A paragraph of a speech that uses a keyword (its term or an alias). A reference into the speech's body,
/// sixteen bytes: at 10,000 speeches the compilations hold hundreds of thousands, and the paragraph's text and
/// the keyword's uses in it are the body's already.
struct KeywordExcerpt: Sendable, Hashable {
    private var speechIndex: Int32
    private var blockIndex: Int32
    /// -1: under no heading.
    private var sectionIndex: Int32
    private var keywordIndex: Int32

    init(speech: SpeechID, block: Int, section: Int?, keyword: KeywordID) {
        speechIndex = Int32(speech.index)
        blockIndex = Int32(block)
        sectionIndex = Int32(section ?? -1)
        keywordIndex = Int32(keyword.index)
    }

    var speech: SpeechID { SpeechID(Int(speechIndex)) }
    /// The paragraph's place in the speech's `body.blocks`; its anchor is the paragraph's id on the speech's page.
    var block: Int { Int(blockIndex) }
    /// The heading the paragraph is under, if any: its place in `body.blocks`.
    var section: Int? { sectionIndex < 0 ? nil : Int(sectionIndex) }
    var keyword: KeywordID { KeywordID(Int(keywordIndex)) }

    /// The keyword's uses in the paragraph's text, as UTF-8 ranges, in order: every use of its term or an
    /// alias, also inside a longer keyword's. `body` is the body of the excerpt's speech.
    func marks(in body: RenderedBody) -> [Range<Int>] {
        body.keywordUses(inBlock: block).filter { $0.keyword == keyword }.map { $0.start..<$0.end }
    }
}

/// One speech on a keyword page. 32 bytes: a site of 10,000 speeches and 200 keywords has close to a million.
struct KeywordUse: Sendable {
    private var speechIndex: Int32
    private var mentionCount: Int32
    /// -1: none.
    private var firstBlockIndex: Int32
    /// Of the mentions, the uses of each alias.
    var aliasUses: [AliasUse]
    /// Up to three sentences that use the keyword; empty for the speeches a page of the keyword's list shows
    /// without them (`keyword_context_speeches`).
    var contexts: [KeywordContext]

    init(speech: SpeechID, mentions: Int, aliasUses: [AliasUse], contexts: [KeywordContext], firstBlock: Int?) {
        speechIndex = Int32(speech.index)
        mentionCount = Int32(mentions)
        firstBlockIndex = Int32(firstBlock ?? -1)
        self.aliasUses = aliasUses
        self.contexts = contexts
    }

    var speech: SpeechID { SpeechID(Int(speechIndex)) }
    /// Uses of the keyword (its term or an alias) in the speech.
    var mentions: Int { Int(mentionCount) }
    /// The block of the first mention in the speech's body, for the link to the speech; nil when there is none.
    var firstBlock: Int? { firstBlockIndex < 0 ? nil : Int(firstBlockIndex) }
}

/// Another keyword of the speeches that use a keyword.
struct CooccurringKeyword: Sendable, Hashable {
    var keyword: KeywordID
    /// Speeches that use both.
    var sharedSpeeches: Int
}

/// A sentence that uses a keyword, with every use in it marked, and the anchor of its block.
struct KeywordContext: Sendable, Hashable {
    var anchor: String
    var sentence: MarkedText
}

/// A published keyword address that leads elsewhere now: a page that sends the reader on.
struct KeywordRedirect: Sendable, Hashable {
    /// The address, as it was published.
    var path: PagePath
    /// The term it was published for.
    var term: String
    /// The keyword page it leads to; nil: the keyword index.
    var target: KeywordPageID?
}
