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
    }

    /// Where a keyword comes from: the glossary, a speech's front matter, or discovery.
    public enum Origin: Sendable {
        case glossary, frontMatter, discovered

        public var message: Message {
            switch self {
            case .glossary: Message(.originGlossary)
            case .frontMatter: Message(.originFrontMatter)
            case .discovered: Message(.originDiscovered)
            }
        }
    }

    public struct Candidate: Sendable {
        public var term: String
        public var count: Int
        public var speeches: Int
        public var quoted: Bool
        /// Already a keyword of the site (discovered terms pass the thresholds and get pages).
        public var isKeyword: Bool
        public var examples: [String]
    }

    public var keywords: [Keyword]
    /// Discovery's candidates, best first, without glossary terms.
    public var candidates: [Candidate]
}

extension SiteBuilder {
    /// The keywords of the site without writing it. With `suggest`, discovery reads the whole corpus.
    public func keywordReport(suggest: Bool = false) throws(BuildFailure) -> (KeywordReport, warnings: [Diagnostic]) {
        var clock = StageClock(progress: options.progress)
        let log = DiagnosticLog()
        let readEverything: @Sendable (inout KeywordDiscovery.Options) -> Void = { options in
            options.sampleBytes = Int.max
            options.maxTerms = max(options.maxTerms, 200)
        }
        let (model, stage) = try analyze(log: log, clock: &clock, labels: nil, discovery: suggest ? readEverything : nil)
        let keywords = model.keywords.map { entry -> KeywordReport.Keyword in
            let keyword = model.vocabulary[entry.id]
            let origin: KeywordReport.Origin = switch keyword.origin {
            case .glossary: .glossary
            case .frontMatter: .frontMatter
            case .discovered: .discovered
            }
            return KeywordReport.Keyword(
                term: keyword.term, aliases: keyword.aliases, origin: origin, group: keyword.group,
                mentions: entry.mentions, speeches: entry.uses.count)
        }
        let candidates = stage.candidates.map { candidate in
            KeywordReport.Candidate(
                term: candidate.term, count: candidate.count, speeches: candidate.speechCount,
                quoted: candidate.origin.contains(.quoted),
                isKeyword: model.vocabulary.id(of: candidate.term).map { model.keywordPage[$0] != nil } ?? false,
                examples: candidate.examples)
        }
        return (KeywordReport(keywords: keywords, candidates: candidates), log.warnings)
    }
}
