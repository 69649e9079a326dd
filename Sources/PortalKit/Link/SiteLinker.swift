import Keywords
import Markdown
import PortalSupport

/// The link stage: from rendered speeches to the site model. Orders speeches in time, counts keywords,
/// finds related speeches, and builds keyword pages and the archive. Pure: values in, values out.
struct SiteLinker {
    var config: SiteConfig
    var vocabulary: Vocabulary
    var glossary: Glossary
    /// The keyword addresses earlier builds published (`content/keywords.lock`).
    var published: PublishedKeywords = .none
    /// Speeches a retired keyword must still be used in to keep its page (discovery's `min_speeches`).
    var keptPageMinSpeeches = 2

    func link(_ rendered: [(source: SpeechSource, body: RenderedBody)]) -> SiteModel {
        let ordered = rendered.sorted { Self.isNewer($0.source, than: $1.source) }
        let hasAliases = vocabulary.keywords.map { !$0.aliases.isEmpty }
        var speeches = ordered.map { speech in
            let counted = keywordCounts(speech.source, speech.body, hasAliases: hasAliases)
            // Usually every keyword is linkable: the counted list is then kept as it is, at its size.
            let allLinkable = counted.allSatisfy { vocabulary.isLinkable($0.keyword) }
            return SpeechEntry(
                source: speech.source, body: speech.body, path: SiteRoutes.speech(slug: speech.source.slug),
                keywords: allLinkable ? counted : counted.filter { vocabulary.isLinkable($0.keyword) },
                retiredKeywords: allLinkable ? [] : counted.filter { !vocabulary.isLinkable($0.keyword) },
                older: nil, newer: nil, related: [])
        }
        for index in speeches.indices {
            speeches[index].newer = index > 0 ? SpeechID(index - 1) : nil
            speeches[index].older = index + 1 < speeches.count ? SpeechID(index + 1) : nil
        }
        let related = RelatedSpeeches(speeches: speeches.map { $0.keywords.map(\.keyword) })
        for index in speeches.indices {
            speeches[index].related = related.mostRelated(to: SpeechID(index), limit: 5)
        }
        let plan = addressPlan(speeches)
        let keywords = keywordEntries(speeches, kept: plan.kept)
        var keywordPage: [KeywordID: KeywordPageID] = [:]
        for (index, entry) in keywords.enumerated() { keywordPage[entry.id] = KeywordPageID(index) }
        let redirects = plan.redirects.map { redirect in
            KeywordRedirect(
                path: SiteRoutes.keyword(slug: redirect.slug), term: redirect.term, target: redirect.target.flatMap { keywordPage[$0] })
        }
        return SiteModel(
            config: config, vocabulary: vocabulary, groups: groups(of: keywords), speeches: speeches,
            keywords: keywords, keywordPage: keywordPage, archive: archive(speeches), redirects: redirects,
            published: plan.published, addressChanges: plan.changes)
    }

    /// Where every published keyword address leads in this build (see `AddressPlan`).
    private func addressPlan(_ speeches: [SpeechEntry]) -> AddressPlan {
        var used: [KeywordID: Set<Int>] = [:]
        for (index, speech) in speeches.enumerated() {
            speech.forEachCountedKeyword { used[$0.keyword, default: []].insert(index) }
        }
        let hasPage = Set(used.keys.filter(vocabulary.isLinkable))
        return AddressPlan(
            published: published, vocabulary: vocabulary, glossary: glossary, speeches: used, hasPage: hasPage,
            minSpeeches: keptPageMinSpeeches)
    }

    /// Newest first; a speech known only by its year comes after the dated speeches of that year; undated last.
    static func isNewer(_ lhs: SpeechSource, than rhs: SpeechSource) -> Bool {
        switch (lhs.metadata.date, rhs.metadata.date) {
        case let (l?, r?) where l != r: return l > r
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (lhs.metadata.title, lhs.slug) < (rhs.metadata.title, rhs.slug)
        }
    }

    /// Uses found in the body (every use of a keyword counts, also inside another keyword's longer
    /// mention), with the uses of each alias, plus front-matter keywords (which count even when the text
    /// never says them).
    /// - Parameter hasAliases: by keyword index, whether it has aliases (whose uses are counted apart).
    private func keywordCounts(_ source: SpeechSource, _ body: RenderedBody, hasAliases: [Bool]) -> [SpeechKeyword] {
        var counts: [KeywordID: SpeechKeyword] = [:]
        func count(_ uses: some Sequence<KeywordMatch>, in text: String, block: Int?) {
            for use in uses {
                counts[use.keyword, default: SpeechKeyword(keyword: use.keyword, mentions: 0, firstBlock: block)].mentions += 1
                guard hasAliases[use.keyword.index] else { continue }
                let form = text.utf8Slice(use.range)
                if form != vocabulary[use.keyword].term { counts[use.keyword]?.countAlias(form) }
            }
        }
        for (block, content) in body.blocks.enumerated() {
            count(body.keywordUses[content.keywordUses], in: content.text, block: block)
        }
        // The header lines under the title (an occasion line, a byline) are shown on the page: their uses count
        // too, after the body's, so that the first mention stays the body's.
        for (line, uses) in zip(source.headerBelowTitle, source.headerKeywordUses) {
            count(uses, in: line.text, block: nil)
        }
        for term in source.metadata.keywords {
            if let id = vocabulary.id(of: term), counts[id] == nil { counts[id] = SpeechKeyword(keyword: id, mentions: 0) }
        }
        return counts.values.sorted { ($1.mentions, $0.keyword) < ($0.mentions, $1.keyword) }
    }

    private func archive(_ speeches: [SpeechEntry]) -> [ArchiveYear] {
        var years: [ArchiveYear] = []
        for (index, speech) in speeches.enumerated() {
            let year = speech.date?.year
            let month = speech.date?.month
            if years.last?.year != year || years.isEmpty {
                years.append(ArchiveYear(year: year, months: []))
            }
            if years[years.count - 1].months.last?.month != month || years[years.count - 1].months.isEmpty {
                years[years.count - 1].months.append(ArchiveMonth(month: month, speeches: []))
            }
            let last = years[years.count - 1].months.count - 1
            years[years.count - 1].months[last].speeches.append(SpeechID(index))
        }
        return years
    }

    /// Glossary groups in the glossary's order, then groups only entries name.
    private func groups(of keywords: [KeywordEntry]) -> [String] {
        var groups = glossary.groups
        for entry in keywords {
            if let group = vocabulary[entry.id].group, !groups.contains(group) { groups.append(group) }
        }
        return groups
    }
}
