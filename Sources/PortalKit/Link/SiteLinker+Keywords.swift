import Keywords
import Markdown
import PortalSupport

extension SiteLinker {
    /// Keyword pages: every keyword some speech uses, and the retired keywords whose pages are `kept`, most
    /// mentioned first. (Discovered terms met discovery's thresholds before they became keywords; a keyword
    /// with a page is never linked from a speech in vain.)
    ///
    /// At 10,000 speeches the uses and the compilations' excerpts are counted in hundreds of thousands: each
    /// list is made once, at its size, and moved into its entry, never copied.
    func keywordEntries(_ speeches: [SpeechEntry], kept: Set<KeywordID>) -> [KeywordEntry] {
        var usesOf = Self.uses(of: speeches, kept: kept, keywordCount: vocabulary.count)
        let config = self.config
        // Paragraphs only for the keywords with a page that get a compilation (`compilations` in site.yml, an
        // entry's `compilation` in keywords.yml).
        let exclusions = vocabulary.ids.map { id in
            config.compilations.exclusion(of: vocabulary[id], usedIn: usesOf[id.index].count, of: speeches.count)
        }
        let compiled = vocabulary.ids.map { !usesOf[$0.index].isEmpty && exclusions[$0.index] == nil }
        var excerptsOf = Self.excerpts(of: speeches, compiled: compiled)
        let ids = vocabulary.ids.filter { !usesOf[$0.index].isEmpty }
        let vocabularySize = vocabulary.count
        // What each page shows besides its lists, in parallel; the lists are read, not copied, and released
        // before they are moved into the entries.
        let details = { [usesOf, excerptsOf] in
            let hasPage = Set(ids)
            return ids.parallelMap { id -> EntryDetails in
                let uses = usesOf[id.index]
                // Sentences only for the speeches shown with them, the first of each page of the keyword's list: on
                // a large site most uses are just listed.
                let paging = Paging(count: uses.count, size: config.keywordPageSpeeches)
                let contexts = uses.indices.filter { paging.offset(of: $0) < config.keywordContextSpeeches }.map { position in
                    (position, Self.contexts(of: id, in: speeches[uses[position].speech.index].body, limit: 3))
                }
                return EntryDetails(
                    contexts: contexts, mentionsPerYear: Self.mentionsPerYear(uses, speeches),
                    cooccurring: Self.cooccurring(
                        with: id, uses: uses, speeches: speeches, vocabularySize: vocabularySize, hasPage: hasPage),
                    excerptPageStarts: SiteRoutes.compilationPageStarts(
                        of: excerptsOf[id.index], in: speeches, maxExcerpts: config.compilationPageExcerpts),
                    excerptSpeeches: Self.speechCount(of: excerptsOf[id.index]))
            }
        }()
        var entries: [KeywordEntry] = []
        entries.reserveCapacity(ids.count)
        for (id, details) in zip(ids, details) {
            var uses: [KeywordUse] = []
            swap(&uses, &usesOf[id.index])
            for (position, contexts) in details.contexts { uses[position].contexts = contexts }
            var excerpts: [KeywordExcerpt] = []
            swap(&excerpts, &excerptsOf[id.index])
            entries.append(KeywordEntry(
                id: id, path: SiteRoutes.keyword(slug: vocabulary[id].slug),
                mentions: uses.reduce(0) { $0 + $1.mentions }, uses: uses, mentionsPerYear: details.mentionsPerYear,
                cooccurring: details.cooccurring, excerpts: excerpts, excerptPageStarts: details.excerptPageStarts,
                excerptSpeeches: details.excerptSpeeches, compilationExclusion: exclusions[id.index]))
        }
        return entries.sorted { ($1.mentions, $1.uses.count, $0.id) < ($0.mentions, $0.uses.count, $1.id) }
    }

    /// A keyword page's values besides its lists of uses and excerpts.
    private struct EntryDetails: Sendable {
        /// The sentences of the uses shown with them, by position in the sorted uses.
        var contexts: [(position: Int, contexts: [KeywordContext])]
        var mentionsPerYear: [(year: Int, mentions: Int)]
        var cooccurring: [CooccurringKeyword]
        var excerptPageStarts: [Int]
        var excerptSpeeches: Int
    }

    /// Speeches with at least one excerpt (a speech's excerpts are next to each other).
    private static func speechCount(of excerpts: [KeywordExcerpt]) -> Int {
        zip(excerpts, excerpts.dropFirst()).count { $0.speech != $1.speech } + (excerpts.isEmpty ? 0 : 1)
    }

    /// The speeches that use each keyword (by keyword index), most mentions first: the speeches' keywords and the
    /// uses of retired keywords whose pages are `kept`.
    private static func uses(of speeches: [SpeechEntry], kept: Set<KeywordID>, keywordCount: Int) -> [[KeywordUse]] {
        var sizes = [Int](repeating: 0, count: keywordCount)
        for speech in speeches {
            speech.forEachCountedKeyword(where: kept.contains) { sizes[$0.keyword.index] += 1 }
        }
        var usesOf = sizes.map { size -> [KeywordUse] in
            var uses: [KeywordUse] = []
            uses.reserveCapacity(size)
            return uses
        }
        for (index, speech) in speeches.enumerated() {
            speech.forEachCountedKeyword(where: kept.contains) { keyword in
                usesOf[keyword.keyword.index].append(KeywordUse(
                    speech: SpeechID(index), mentions: keyword.mentions, aliasUses: keyword.aliasUses, contexts: [],
                    firstBlock: keyword.firstBlock))
            }
        }
        for index in usesOf.indices {
            usesOf[index].sort { ($1.mentions, $0.speech) < ($0.mentions, $1.speech) }
        }
        return usesOf
    }

    /// Every paragraph that uses each keyword with a compilation (`compiled`, by keyword index): counted first,
    /// so that each list is allocated once at its size.
    private static func excerpts(of speeches: [SpeechEntry], compiled: [Bool]) -> [[KeywordExcerpt]] {
        var sizes = [Int](repeating: 0, count: compiled.count)
        for (index, speech) in speeches.enumerated() {
            forEachExcerpt(of: speech.body, speech: SpeechID(index), for: compiled) { sizes[$0.keyword.index] += 1 }
        }
        var excerptsOf = sizes.map { size -> [KeywordExcerpt] in
            var excerpts: [KeywordExcerpt] = []
            excerpts.reserveCapacity(size)
            return excerpts
        }
        for (index, speech) in speeches.enumerated() {
            forEachExcerpt(of: speech.body, speech: SpeechID(index), for: compiled) {
                excerptsOf[$0.keyword.index].append($0)
            }
        }
        return excerptsOf
    }

    /// Calls `visit` with the excerpt of each paragraph of one speech for each keyword with a compilation
    /// (`compiled`) the paragraph uses, in the order of the text. Speeches come newest first, so each keyword's
    /// excerpts are in the order of its compilation.
    private static func forEachExcerpt(
        of body: RenderedBody, speech: SpeechID, for compiled: [Bool], _ visit: (KeywordExcerpt) -> Void
    ) {
        var section: Int?
        var seen: [KeywordID] = []
        for (index, block) in body.blocks.enumerated() {
            guard !block.isHeading else {
                section = index
                continue
            }
            // A paragraph uses few keywords: a keyword's excerpt is made at its first use there.
            seen.removeAll(keepingCapacity: true)
            for match in body.keywordUses(inBlock: index) where compiled[match.keyword.index] && !seen.contains(match.keyword) {
                seen.append(match.keyword)
                visit(KeywordExcerpt(speech: speech, block: index, section: section, keyword: match.keyword))
            }
        }
    }

    /// Up to `limit` sentences that use `keyword`, from different blocks first, each sentence once with every
    /// use in it marked (a sentence that says the term twice is one context, not two).
    static func contexts(of keyword: KeywordID, in body: RenderedBody, limit: Int) -> [KeywordContext] {
        // Mentions by sentence, in the order of the text: (block, the sentence's range, the mentions' ranges).
        var sentences: [(block: Int, range: Range<Int>, hits: [Range<Int>])] = []
        for (block, content) in body.blocks.enumerated() {
            let hits = body.keywordUses[content.keywordUses].filter { $0.keyword == keyword }
            guard !hits.isEmpty else { continue }
            let ranges = content.text.withUTF8Bytes(SentenceSplitter.sentenceRanges(inUTF8:))
            for hit in hits {
                let sentence = ranges.first { $0.upperBound > hit.start } ?? (hit.start..<hit.end)
                if let last = sentences.last, last.block == block, last.range == sentence {
                    sentences[sentences.count - 1].hits.append(hit.start..<hit.end)
                } else {
                    sentences.append((block, sentence, [hit.start..<hit.end]))
                }
            }
        }
        var chosen: [Int] = []
        var blocks: Set<Int> = []
        for (index, sentence) in sentences.enumerated() where chosen.count < limit && blocks.insert(sentence.block).inserted {
            chosen.append(index)
        }
        for index in sentences.indices where chosen.count < limit && !chosen.contains(index) { chosen.append(index) }
        return chosen.sorted().map { index -> KeywordContext in
            let sentence = sentences[index]
            let block = body.blocks[sentence.block]
            // The snippet keeps the span from the first use to the last whole; every use is marked inside it.
            let span = sentence.hits[0].lowerBound..<sentence.hits[sentence.hits.count - 1].upperBound
            let snippet = SentenceSplitter.snippet(around: span, in: block.text)
            let shift = snippet.hit.lowerBound - span.lowerBound
            let marks = sentence.hits.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
            return KeywordContext(anchor: block.anchor, sentence: MarkedText(text: snippet.text, marks: marks))
        }
    }

    private static func mentionsPerYear(_ uses: [KeywordUse], _ speeches: [SpeechEntry]) -> [(year: Int, mentions: Int)] {
        var perYear: [Int: Int] = [:]
        for use in uses {
            if let year = speeches[use.speech.index].date?.year { perYear[year, default: 0] += use.mentions }
        }
        return perYear.sorted { $0.key < $1.key }.map { (year: $0.key, mentions: $0.value) }
    }

    /// Other keywords of the speeches that use this one, by the number of speeches they share.
    private static func cooccurring(
        with keyword: KeywordID, uses: [KeywordUse], speeches: [SpeechEntry], vocabularySize: Int, hasPage: Set<KeywordID>
    ) -> [CooccurringKeyword] {
        var shared = [Int](repeating: 0, count: vocabularySize)
        for use in uses {
            for other in speeches[use.speech.index].keywords where other.keyword != keyword { shared[other.keyword.index] += 1 }
        }
        return shared.enumerated().filter { $0.element > 0 && hasPage.contains(KeywordID($0.offset)) }
            .map { CooccurringKeyword(keyword: KeywordID($0.offset), sharedSpeeches: $0.element) }
            .sorted { ($1.sharedSpeeches, $0.keyword) < ($0.sharedSpeeches, $1.keyword) }
            .prefix(8).map { $0 }
    }
}
