import Keywords
import Markdown
import PortalSupport

extension SiteLinker {
    /// Keyword pages: every keyword some speech uses, and the retired keywords whose pages are `kept`, most
    /// mentioned first. (Discovered terms met discovery's thresholds before they became keywords; a keyword
    /// with a page is never linked from a speech in vain.)
    func keywordEntries(_ speeches: [SpeechEntry], kept: Set<KeywordID>) -> [KeywordEntry] {
        var usesOf = [[KeywordUse]](repeating: [], count: vocabulary.count)
        for (index, speech) in speeches.enumerated() {
            for counted in speech.keywords + speech.retiredKeywords.filter({ kept.contains($0.keyword) }) {
                usesOf[counted.keyword.index].append(KeywordUse(
                    speech: SpeechID(index), mentions: counted.mentions, aliasUses: counted.aliasUses, contexts: [],
                    firstAnchor: counted.firstBlock.map { speech.body.blocks[$0].anchor }))
            }
        }
        let ids = vocabulary.ids.filter { !usesOf[$0.index].isEmpty }
        let vocabularySize = vocabulary.count
        let config = self.config
        let allUses = usesOf
        let hasPage = Set(ids)
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
                    with: id, uses: uses, speeches: speeches, vocabularySize: vocabularySize, hasPage: hasPage))
        }
        return entries.sorted { ($1.mentions, $1.uses.count, $0.id) < ($0.mentions, $0.uses.count, $1.id) }
    }

    /// Up to `limit` sentences around uses of `keyword`, from different blocks first.
    static func contexts(of keyword: KeywordID, in body: RenderedBody, limit: Int) -> [KeywordContext] {
        // Uses by their place in the body: the index in `keywordUses` orders them as the text does.
        var hits: [(block: Int, index: Int)] = []
        for (block, content) in body.blocks.enumerated() {
            for index in content.keywordUses where body.keywordUses[index].keyword == keyword {
                hits.append((block, index))
            }
        }
        var chosen: [(block: Int, index: Int)] = []
        var blocks: Set<Int> = []
        for hit in hits where chosen.count < limit && blocks.insert(hit.block).inserted { chosen.append(hit) }
        for hit in hits where chosen.count < limit && !chosen.contains(where: { $0.index == hit.index }) { chosen.append(hit) }
        chosen.sort { $0.index < $1.index }
        return chosen.map { hit -> KeywordContext in
            let block = body.blocks[hit.block]
            let match = body.keywordUses[hit.index]
            let snippet = SentenceSplitter.snippet(around: match.range, in: block.text)
            return KeywordContext(anchor: block.anchor, before: snippet.before, match: snippet.hitText, after: snippet.after)
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
