import Keywords

/// What `portalgen keywords` shows: the site's keywords with their counts, and the terms discovery proposes.
public struct KeywordReport: Sendable {
    public struct Keyword: Sendable {
        public var term: String
        public var aliases: [String]
        /// Where the keyword comes from.
        public var origin: Origin
        public var group: String?
        public var mentions: Int
        public var speeches: Int
        /// Whether it gets a compilation (原文摘编), and why not.
        public var compilation: Compilation
    }

    /// Whether a keyword gets a compilation (原文摘编): its page links to it, or says why it has none.
    public enum Compilation: Sendable, Hashable {
        case compiled
        /// The site's settings or its glossary entry leave it none.
        case excluded(CompilationScope.Exclusion)
        /// Nothing to gather: no paragraph uses it (as for a keyword named only in speeches' front matter).
        case noParagraphs
    }

    /// Where a keyword comes from: the glossary, a speech's front matter, or discovery; or a former keyword
    /// whose page is kept.
    public enum Origin: Sendable {
        case glossary, frontMatter, discovered, kept

        public var message: Message {
            switch self {
            case .glossary: Message(.originGlossary)
            case .frontMatter: Message(.originFrontMatter)
            case .discovered: Message(.originDiscovered)
            case .kept: Message(.originKept)
            }
        }
    }

    /// What the site does with a candidate's term now.
    public enum Page: Sendable, Hashable {
        /// A keyword page (a kept page of a former keyword too), at this address.
        case page(address: String, kept: Bool)
        /// A published address that leads elsewhere now.
        case redirect(address: String)
        case none
    }

    public struct Candidate: Sendable {
        public var term: String
        /// Uses and speeches: the page's counts when the term has a page, otherwise discovery's over all speeches.
        public var uses: Int
        public var speeches: Int
        public var quoted: Bool
        public var years: ClosedRange<Int>?
        public var status: DiscoveredTerm.Status
        public var page: Page
        /// Sentences that use it.
        public var examples: [String]

        /// What the site does with the term now, in words: its page, or why it has none.
        public func pageMessage(maxTerms: Int) -> Message {
            switch page {
            case .page(let address, false): return Message(.statusSuggestionHasPage, texts: ["address": address])
            case .page(let address, true): return Message(.statusSuggestionKeptPage, texts: ["address": address])
            case .redirect(let address): return Message(.statusSuggestionRedirected, texts: ["address": address])
            case .none: break
            }
            switch status {
            case .accepted, .belowCut: return Message(.statusSuggestionBelowCut, texts: ["count": String(maxTerms)])
            case .general: return Message(.statusSuggestionGeneral)
            case .partOf(let longer): return Message(.statusSuggestionPartOf, texts: ["term": longer])
            case .extensionOf(let shorter): return Message(.statusSuggestionExtension, texts: ["term": shorter])
            }
        }
    }

    public var keywords: [Keyword]
    /// Discovery's candidates over every speech: the ranked terms, best first, then general words and parts
    /// of longer terms.
    public var candidates: [Candidate]
    /// How many terms discovery kept (`max_terms` when the glossary sets it), for "below the first N".
    public var maxTerms: Int
    /// The site's speeches: what a keyword's share is of, for `tooCommon`.
    public var siteSpeeches: Int
    /// `compilation_max_share` in percent: a keyword used in more of the speeches (and in more than 100 of
    /// them) gets no compilation unless its glossary entry asks for one.
    public var compilationMaxPercent: Int

    /// Whether `keyword` gets a compilation, in words: yes, or no and why (the reasons its page gives).
    public func compilationMessage(of keyword: Keyword) -> Message {
        switch keyword.compilation {
        case .compiled: Message(.compilationYes)
        case .noParagraphs: Message(.compilationNoParagraphs)
        case .excluded(.noneOnSite): Message(.compilationNoneOnSite)
        case .excluded(.notNamedByEditors): Message(.compilationNotNamedByEditors)
        case .excluded(.turnedOffInGlossary): Message(.compilationTurnedOff)
        case .excluded(.tooCommon):
            Message(.compilationTooCommon, texts: [
                "percent": String(compilationMaxPercent), "speeches": String(siteSpeeches),
            ])
        }
    }
}

extension KeywordReport {
    /// The keywords with a page, most mentioned first, as the model has them, with `candidates`.
    init(model: SiteModel, candidates: [Candidate], maxTerms: Int) {
        let keywords = model.keywords.map { entry -> Keyword in
            let keyword = model.vocabulary[entry.id]
            let origin: Origin = switch keyword.origin {
            case .glossary: .glossary
            case .frontMatter: .frontMatter
            case .discovered: .discovered
            case .retired: .kept
            }
            // As the page decides: no link without paragraphs (SiteViews+Keyword).
            let compilation: Compilation = if let exclusion = entry.compilationExclusion { .excluded(exclusion) }
                else if entry.excerpts.isEmpty { .noParagraphs } else { .compiled }
            return Keyword(
                term: keyword.term, aliases: keyword.aliases, origin: origin, group: keyword.group,
                mentions: entry.mentions, speeches: entry.uses.count, compilation: compilation)
        }
        self.init(
            keywords: keywords, candidates: candidates, maxTerms: maxTerms, siteSpeeches: model.speeches.count,
            compilationMaxPercent: model.config.compilations.maxPercent)
    }
}

extension SiteBuilder {
    /// The keywords of the site without writing it. With `suggest`, discovery also reads the whole corpus and
    /// every candidate is listed with what the build makes of it. A folder without `content/` is an error, as
    /// for a build (the templates are not needed).
    public func keywordReport(suggest: Bool = false) throws(BuildFailure) -> (KeywordReport, warnings: [Diagnostic]) {
        if let notASite = ContentLoader.missingContentFolder(siteRoot: options.siteRoot) { throw BuildFailure([notASite]) }
        var clock = StageClock(progress: options.progress)
        let log = DiagnosticLog()
        let (model, stage, _) = try analyze(log: log, clock: &clock, labels: nil, suggest: suggest)
        let redirects = Dictionary(model.redirects.map { ($0.term, $0.path) }, uniquingKeysWith: { first, _ in first })
        let candidates = stage.suggestions.map { candidate -> KeywordReport.Candidate in
            var uses = candidate.count
            var speeches = candidate.speechCount
            var page = KeywordReport.Page.none
            if let id = model.vocabulary.id(of: candidate.term), let pageID = model.keywordPage[id] {
                // The page's own counts, so the two never disagree.
                uses = model[pageID].mentions
                speeches = model[pageID].uses.count
                page = .page(address: model[pageID].path.path, kept: !model.vocabulary.isLinkable(id))
            } else if let path = redirects[candidate.term] {
                page = .redirect(address: path.path)
            }
            return KeywordReport.Candidate(
                term: candidate.term, uses: uses, speeches: speeches, quoted: candidate.origin.contains(.quoted),
                years: candidate.years, status: candidate.status, page: page, examples: candidate.examples)
        }
        return (KeywordReport(model: model, candidates: candidates, maxTerms: stage.maxTerms), log.warnings)
    }
}
