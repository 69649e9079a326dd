import Keywords
import Markdown
import PortalSupport

extension SiteLinker {
    /// Keyword pages: every keyword some speech uses, and the retired keywords whose pages are `kept`, most
    /// mentioned first. (Discovered terms met discovery's thresholds before they became keywords; a keyword
    /// with a page is never linked from a speech in vain.)
    func keywordEntries(_ speeches: [SpeechEntry], kept: Set<KeywordID>) -> [KeywordEntry] {
        var usesOf = [[KeywordUse]](repeating: [], count: vocabulary.count)
        var excerptsOf = [[KeywordExcerpt]](repeating: [], count: vocabulary.count)
        for (index, speech) in speeches.enumerated() {
            for counted in speech.keywords + speech.retiredKeywords.filter({ kept.contains($0.keyword) }) {
                usesOf[counted.keyword.index].append(KeywordUse(
                    speech: SpeechID(index), mentions: counted.mentions, aliasUses: counted.aliasUses, contexts: [],
                    firstAnchor: counted.firstBlock.map { speech.body.blocks[$0].anchor }))
            }
        }
        // Paragraphs only for the keywords that get a compilation (`compilations` in site.yml).
        let compiled = vocabulary.ids.map { id in
            self.config.compilations.includes(vocabulary[id].origin, usedIn: usesOf[id.index].count, of: speeches.count)
        }
        for (index, speech) in speeches.enumerated() {
            Self.collectExcerpts(of: speech.body, speech: SpeechID(index), for: compiled, into: &excerptsOf)
        }
        let ids = vocabulary.ids.filter { !usesOf[$0.index].isEmpty }
        let vocabularySize = vocabulary.count
        let config = self.config
        let allUses = usesOf
        let allExcerpts = excerptsOf
        let hasPage = Set(ids)
        let maxExcerpts = config.compilationPageExcerpts
        let entries = ids.parallelMap { id -> KeywordEntry in
            var uses = allUses[id.index].sorted { ($1.mentions, $0.speech) < ($0.mentions, $1.speech) }
            // Sentences only for the speeches shown with them, the first of each page of the keyword's list: on
            // a large site most uses are just listed.
            let paging = Paging(count: uses.count, size: config.keywordPageSpeeches)
            for position in uses.indices where paging.offset(of: position) < config.keywordContextSpeeches {
                uses[position].contexts = Self.contexts(of: id, in: speeches[uses[position].speech.index].body, limit: 3)
            }
            return KeywordEntry(
                id: id, path: SiteRoutes.keyword(slug: vocabulary[id].slug),
                mentions: uses.reduce(0) { $0 + $1.mentions }, uses: uses,
                mentionsPerYear: Self.mentionsPerYear(uses, speeches),
                cooccurring: Self.cooccurring(
                    with: id, uses: uses, speeches: speeches, vocabularySize: vocabularySize, hasPage: hasPage),
                excerpts: allExcerpts[id.index],
                excerptPageStarts: SiteRoutes.compilationPageStarts(
                    of: allExcerpts[id.index], in: speeches, maxExcerpts: maxExcerpts))
        }
        return entries.sorted { ($1.mentions, $1.uses.count, $0.id) < ($0.mentions, $0.uses.count, $1.id) }
    }

    /// Adds the paragraphs of one speech that use a keyword with a compilation (`compiled`, by keyword) to that
    /// keyword's excerpts, with every use marked. Speeches come newest first, so each keyword's excerpts are in
    /// the order of its compilation.
    static func collectExcerpts(
        of body: RenderedBody, speech: SpeechID, for compiled: [Bool], into excerptsOf: inout [[KeywordExcerpt]]
    ) {
        var section: Int?
        for (index, block) in body.blocks.enumerated() {
            guard !block.isHeading else {
                section = index
                continue
            }
            // Mentions are in the order of the text: a keyword's excerpt of this block, if any, is its last.
            for match in body.keywordUses[block.keywordUses] where compiled[match.keyword.index] {
                let mark = match.start..<match.end
                if let last = excerptsOf[match.keyword.index].last, last.speech == speech, last.block == index {
                    excerptsOf[match.keyword.index][excerptsOf[match.keyword.index].count - 1].marks.append(mark)
                } else {
                    excerptsOf[match.keyword.index].append(
                        KeywordExcerpt(speech: speech, block: index, section: section, marks: [mark]))
                }
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
