/// The keyword stage: the site's vocabulary (glossary, front matter, discovery) and one matcher for it.
struct KeywordStage {
    let glossary: Glossary
    let log: DiagnosticLog

    struct Output: Sendable {
        var vocabulary: Vocabulary
        var matcher: KeywordMatcher
        /// Terms discovery proposed, for `portalgen keywords --suggest`, including those below the page thresholds.
        var candidates: [DiscoveredTerm]
    }

    func run(_ speeches: [SpeechSource]) -> Output {
        var seen: Set<String> = []
        let frontMatter = speeches.flatMap(\.metadata.keywords).filter { seen.insert($0).inserted }
        let options = discoveryOptions()
        let known = Set(glossary.entries.flatMap { [$0.term] + $0.aliases }).union(frontMatter)
        let candidates = KeywordDiscovery(options: options).discover(
            in: speeches.map { Self.plainText($0.markdown) }, known: known.union(glossary.deny))
        let accepted = candidates.filter { !glossary.deny.contains($0.term) }.map(\.term)
        let vocabulary = Vocabulary(glossary: glossary, frontMatterKeywords: frontMatter, discovered: accepted)
        return Output(vocabulary: vocabulary, matcher: KeywordMatcher(vocabulary.matchTerms), candidates: candidates)
    }

    /// Markdown as discovery reads it: backslash escapes removed, so `\*\*省` counts as `**省`. Markup
    /// characters are ASCII, which discovery treats as boundaries anyway.
    static func plainText(_ markdown: String) -> String {
        guard markdown.utf8.contains(UInt8(ascii: "\\")) else { return markdown }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(markdown.utf8.count)
        var escaped = false
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "\\") && !escaped {
                escaped = true
                continue
            }
            escaped = false
            bytes.append(byte)
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
