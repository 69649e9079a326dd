/// The keyword stage: the site's vocabulary (glossary, front matter, discovery) and one matcher for it.
struct KeywordStage {
    let glossary: Glossary
    let log: DiagnosticLog
    /// Changes to discovery's settings beyond the glossary's (`portalgen keywords --suggest` reads more text).
    var adjustDiscovery: ((inout KeywordDiscovery.Options) -> Void)?

    init(glossary: Glossary, log: DiagnosticLog) {
        self.glossary = glossary
        self.log = log
    }

    struct Output: Sendable {
        var vocabulary: Vocabulary
        var matcher: KeywordMatcher
        /// Terms discovery proposed, for `portalgen keywords --suggest`, including those below the page thresholds.
        var candidates: [DiscoveredTerm]
    }

    func run(_ speeches: [SpeechSource]) -> Output {
        var seen: Set<String> = []
        let frontMatter = speeches.flatMap(\.metadata.keywords).filter { seen.insert($0).inserted }
        var options = discoveryOptions()
        adjustDiscovery?(&options)
        let known = Set(glossary.entries.flatMap { [$0.term] + $0.aliases }).union(frontMatter)
        // Discovery reads a sample; only that sample is turned into plain text.
        let sample = KeywordDiscovery.sample(speeches.map(\.markdown), maxBytes: options.sampleBytes).map(Self.plainText)
        let candidates = KeywordDiscovery(options: options).discover(in: sample, known: known)
        // A discovered term that contains a glossary term would take its mentions (leftmost-longest), so
        // 党的二十大报告 is not a keyword when 党的二十大 is in the glossary; editors can add it there.
        let glossaryNames = glossary.entries.flatMap { [$0.term] + $0.aliases }
        let accepted = candidates.map(\.term).filter { term in
            !glossary.deny.contains(term) && !glossaryNames.contains { term.contains($0) }
        }
        let vocabulary = Vocabulary(glossary: glossary, frontMatterKeywords: frontMatter, discovered: accepted)
        return Output(vocabulary: vocabulary, matcher: KeywordMatcher(vocabulary.matchTerms), candidates: candidates)
    }

    /// Markdown as discovery reads it: backslash escapes and heading marks removed, so `\*\*省` counts as
    /// `**省` and example sentences read as text. Other markup is ASCII, which discovery treats as a boundary.
    static func plainText(_ markdown: String) -> String {
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
    private func discoveryOptions() -> KeywordDiscovery.Options {
        var options = KeywordDiscovery.Options()
        options.deny = glossary.deny
        for (name, value) in glossary.discoverySettings.sorted(by: { $0.key < $1.key }) {
            if !options.set(name, to: value) {
                log.add(.warning(
                    at: glossary.discoverySettingLocations[name], "unknown discovery setting `\(name)` is ignored",
                    hint: "discovery settings are \(KeywordDiscovery.Options.settingNames.joined(separator: ", "))"))
            }
        }
        return options
    }
}
