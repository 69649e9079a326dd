import PortalSupport

/// The keyword stage of a build: the site's vocabulary (glossary, front matter, discovery) and one matcher
/// for it.
public struct KeywordStage: Sendable {
    /// The editors' keywords, denied terms and discovery settings.
    public let glossary: Glossary
    /// Changes to discovery's settings beyond the glossary's (`portalgen keywords --suggest` reads more text).
    public var adjustDiscovery: (@Sendable (inout KeywordDiscovery.Options) -> Void)?

    public init(glossary: Glossary, adjustDiscovery: (@Sendable (inout KeywordDiscovery.Options) -> Void)? = nil) {
        self.glossary = glossary
        self.adjustDiscovery = adjustDiscovery
    }

    /// What the later stages need: the vocabulary and its matcher.
    public struct Output: Sendable {
        public var vocabulary: Vocabulary
        public var matcher: KeywordMatcher
        /// Terms discovery proposed, for `portalgen keywords --suggest`, including those below the page thresholds.
        public var candidates: [DiscoveredTerm]
        /// Glossary settings that were ignored, with their places.
        public var warnings: [(KeywordsError, SourceLocation?)]
    }

    /// - Parameters:
    ///   - markdown: every speech's body, in the order of the speeches.
    ///   - frontMatterKeywords: the keywords the speeches' front matter names, in the same order.
    public func run(markdown: [String], frontMatterKeywords: [String]) -> Output {
        var seen: Set<String> = []
        let frontMatter = frontMatterKeywords.filter { seen.insert($0).inserted }
        var (options, warnings) = discoveryOptions()
        adjustDiscovery?(&options)
        let known = Set(glossary.names).union(frontMatter)
        // Discovery reads a sample; only that sample is turned into plain text.
        let sample = KeywordDiscovery.sample(markdown, maxBytes: options.sampleBytes).map(Self.plainText)
        let candidates = KeywordDiscovery(options: options).discover(in: sample, known: known)
        // A discovered term that contains a glossary term would take its mentions (leftmost-longest), so
        // 党的二十大报告 is not a keyword when 党的二十大 is in the glossary; editors can add it there.
        let glossaryNames = glossary.names
        let accepted = candidates.map(\.term).filter { term in
            !glossary.deny.contains(term) && !glossaryNames.contains { term.contains($0) }
        }
        let vocabulary = Vocabulary(glossary: glossary, frontMatterKeywords: frontMatter, discovered: accepted)
        return Output(
            vocabulary: vocabulary, matcher: KeywordMatcher(vocabulary.matchTerms), candidates: candidates,
            warnings: warnings)
    }

    /// Markdown as discovery reads it: backslash escapes and heading marks removed, so `\*\*省` counts as
    /// `**省` and example sentences read as text. Other markup is ASCII, which discovery treats as a boundary.
    public static func plainText(_ markdown: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(markdown.utf8.count)
        var escaped = false
        var lineStart = 0
        var onlyHashes = true
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "\\") && !escaped {
                escaped = true
                continue
            }
            if byte == UInt8(ascii: " ") && !escaped && onlyHashes && bytes.count > lineStart {
                bytes.removeSubrange(lineStart...)  // `## ` opens a heading line
                onlyHashes = false
                continue
            }
            if byte != UInt8(ascii: "#") || escaped { onlyHashes = false }
            escaped = false
            bytes.append(byte)
            if byte == 0x0A {
                lineStart = bytes.count
                onlyHashes = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `discovery:` settings from the glossary, applied over the defaults; unknown names are warnings.
    private func discoveryOptions() -> (KeywordDiscovery.Options, [(KeywordsError, SourceLocation?)]) {
        var options = KeywordDiscovery.Options()
        options.deny = glossary.deny
        var warnings: [(KeywordsError, SourceLocation?)] = []
        for (name, setting) in glossary.discoverySettings.sorted(by: { $0.key < $1.key }) where !options.set(name, to: setting.value) {
            warnings.append((.unknownDiscoverySetting(name), setting.location))
        }
        return (options, warnings)
    }
}
