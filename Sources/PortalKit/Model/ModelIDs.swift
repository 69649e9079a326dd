/// A speech of the site model: its place in `SiteModel.speeches`, newest first.
struct SpeechID: Sendable, Hashable, Comparable {
    let index: Int

    init(_ index: Int) {
        self.index = index
    }

    static func < (lhs: SpeechID, rhs: SpeechID) -> Bool { lhs.index < rhs.index }
}

/// A keyword page of the site model: its place in `SiteModel.keywords`, most used first. (A keyword of the
/// vocabulary is a `KeywordID`; only keywords that some speech uses have a page.)
struct KeywordPageID: Sendable, Hashable, Comparable {
    let index: Int

    init(_ index: Int) {
        self.index = index
    }

    static func < (lhs: KeywordPageID, rhs: KeywordPageID) -> Bool { lhs.index < rhs.index }
}

/// A redirect page of the site model: its place in `SiteModel.redirects`.
struct KeywordRedirectID: Sendable, Hashable, Comparable {
    let index: Int

    init(_ index: Int) {
        self.index = index
    }

    static func < (lhs: KeywordRedirectID, rhs: KeywordRedirectID) -> Bool { lhs.index < rhs.index }
}
