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
}

/// A paragraph of a speech that uses a keyword (its term or an alias).
struct KeywordExcerpt: Sendable, Hashable {
    var speech: SpeechID
    /// The paragraph's place in the speech's `body.blocks`; its anchor is the paragraph's id on the speech's page.
    var block: Int
    /// The heading the paragraph is under, if any: its place in `body.blocks`.
    var section: Int?
    /// The keyword's uses in the paragraph's text, as UTF-8 ranges, in order.
    var marks: [Range<Int>]
}

/// One speech on a keyword page.
struct KeywordUse: Sendable {
    var speech: SpeechID
    /// Uses of the keyword (its term or an alias) in the speech.
    var mentions: Int
    /// Of those, the uses of each alias.
    var aliasUses: [AliasUse]
    /// Up to three sentences that use the keyword; empty for the speeches a page of the keyword's list shows
    /// without them (`keyword_context_speeches`).
    var contexts: [KeywordContext]
    /// The anchor of the first mention's block, for the link to the speech.
    var firstAnchor: String?
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
