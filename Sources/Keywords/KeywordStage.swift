import PortalSupport

/// The keyword stage of a build: the site's vocabulary (glossary, front matter, discovery) and one matcher
/// for it.
public struct KeywordStage: Sendable {
    /// The editors' keywords, denied terms and discovery settings.
    public let glossary: Glossary
    /// Changes to discovery's settings beyond the glossary's.
    public var adjustDiscovery: (@Sendable (inout KeywordDiscovery.Options) -> Void)?
    /// Also assess every candidate over the whole corpus, for `portalgen keywords --suggest`.
    public var suggest: Bool
    /// The keyword addresses earlier builds published: their terms keep their addresses.
    public var published: PublishedKeywords

    public init(
        glossary: Glossary, published: PublishedKeywords = .none,
        adjustDiscovery: (@Sendable (inout KeywordDiscovery.Options) -> Void)? = nil, suggest: Bool = false
    ) {
        self.glossary = glossary
        self.published = published
        self.adjustDiscovery = adjustDiscovery
        self.suggest = suggest
    }

    /// What the later stages need: the vocabulary and its matcher.
    public struct Output: Sendable {
        public var vocabulary: Vocabulary
        public var matcher: KeywordMatcher
        /// The terms discovery made keywords of, best first.
        public var discovered: [DiscoveredTerm]
        /// With `suggest`: every candidate over the whole corpus, with what discovery made of it.
        public var suggestions: [DiscoveredTerm]
        /// Glossary settings that were ignored, with their places.
        public var warnings: [(KeywordsError, SourceLocation?)]
        /// The speeches a retired keyword must still be used in to keep its page: discovery's `min_speeches`.
        public var keptPageMinSpeeches: Int
        /// How many terms discovery's cut kept: `max_terms` when the glossary sets it.
        public var maxTerms: Int
    }

    /// - Parameters:
    ///   - markdown: every speech's body, in the order of the speeches.
    ///   - years: each speech's year, when known, in the same order.
    ///   - frontMatterKeywords: the keywords the speeches' front matter names.
    public func run(markdown: [String], years: [Int?] = [], frontMatterKeywords: [String]) -> Output {
        var seen: Set<String> = []
        let frontMatter = frontMatterKeywords.filter { seen.insert($0).inserted }
        var (options, warnings) = discoveryOptions()
        adjustDiscovery?(&options)
        let known = Set(glossary.names).union(frontMatter)
        // Discovery reads a sample, chosen here by the Markdown's size so that only the sample is turned into
        // plain text (all of it with `suggest`, which reads everything), and read whole: it is sampled once.
        let chosen = KeywordDiscovery.sampleIndices(
            byteCounts: markdown.map(\.utf8.count), maxBytes: options.sampleBytes, wholeSpeeches: options.sampleWholeSpeeches)
        let plain = suggest ? markdown.map(Self.plainText) : []
        var sampled = options
        sampled.sampleBytes = Int.max
        let discovered = KeywordDiscovery(options: sampled).discover(
            in: chosen.map { suggest ? plain[$0] : Self.plainText(markdown[$0]) },
            years: chosen.map { years.indices.contains($0) ? years[$0] : nil }, known: known)
        let suggestions = suggest ? KeywordDiscovery(options: sampled).assess(plain, years: years, known: known) : []
        let vocabulary = Vocabulary(
            glossary: glossary, frontMatterKeywords: frontMatter, discovered: discovered.map(\.term), published: published)
        return Output(
            vocabulary: vocabulary, matcher: KeywordMatcher(vocabulary.matchTerms), discovered: discovered,
            suggestions: suggestions, warnings: warnings, keptPageMinSpeeches: options.minSpeeches,
            maxTerms: options.maxTerms ?? discovered.count)
    }

    /// Markdown as discovery reads it: backslash escapes and heading marks removed, so `\*\*省` counts as
    /// `**省` and example sentences read as text; and a line break inside a paragraph between two Chinese
    /// characters removed, as the page renders it (中国特色社⏎会主义 in a hard-wrapped paragraph is one use
    /// of 中国特色社会主义 on the keyword's page, so discovery counts it too). Other markup is ASCII, which
    /// discovery treats as a boundary.
    public static func plainText(_ markdown: String) -> String {
        let source = Array(markdown.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var escaped = false
        var lineStart = 0
        var onlyHashes = true
        var heading = false
        for (index, byte) in source.enumerated() {
            if byte == UInt8(ascii: "\\") && !escaped {
                escaped = true
                continue
            }
            if byte == UInt8(ascii: " ") && !escaped && onlyHashes && bytes.count > lineStart {
                bytes.removeSubrange(lineStart...)  // `## ` opens a heading line
                onlyHashes = false
                heading = true
                continue
            }
            if byte != UInt8(ascii: "#") || escaped { onlyHashes = false }
            // A soft line break inside a paragraph: the line goes on (`\` before it makes a hard break).
            if byte == 0x0A, !escaped, !heading, endsWithIdeograph(bytes), startsWithIdeograph(source[(index + 1)...]) {
                continue
            }
            escaped = false
            bytes.append(byte)
            if byte == 0x0A {
                lineStart = bytes.count
                onlyHashes = true
                heading = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether UTF-8 `bytes` end with a Chinese character (`CJKCharacters.isIdeograph`).
    private static func endsWithIdeograph(_ bytes: [UInt8]) -> Bool {
        var start = bytes.count - 1
        while start >= 0, start > bytes.count - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start >= 0 && startsWithIdeograph(bytes[start...])
    }

    /// Whether UTF-8 `bytes` start with a Chinese character.
    private static func startsWithIdeograph(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let lead = bytes.first, lead >= 0xE0 else { return false }
        let length = lead >= 0xF0 ? 4 : 3
        guard bytes.count >= length else { return false }
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : 0x0F)
        for byte in bytes.dropFirst().prefix(length - 1) { value = value << 6 | UInt32(byte & 0x3F) }
        return CJKCharacters.isIdeograph(value)
    }

    /// `discovery:` settings from the glossary, applied over the defaults; unknown names are warnings.
    private func discoveryOptions() -> (KeywordDiscovery.Options, [(KeywordsError, SourceLocation?)]) {
        var options = KeywordDiscovery.Options()
        options.deny = glossary.deny
        var warnings: [(KeywordsError, SourceLocation?)] = []
        for (name, setting) in glossary.discoverySettings.sorted(by: { $0.key < $1.key }) {
            // `auto` leaves the default, once the name is known.
            let known = setting.value.map { options.set(name, to: $0) } ?? KeywordDiscovery.Options.settingNames.contains(name)
            if known { continue }
            if let replacement = KeywordDiscovery.Options.retiredSettings[name] {
                warnings.append((.retiredDiscoverySetting(name, replacement: replacement), setting.location))
            } else {
                warnings.append((.unknownDiscoverySetting(name), setting.location))
            }
        }
        return (options, warnings)
    }
}
