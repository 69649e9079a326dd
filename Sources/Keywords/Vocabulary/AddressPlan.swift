import PortalSupport

/// What becomes of every keyword address a build publishes or an earlier build published: a published
/// address never stops answering.
///
/// For each address of the lock file whose term has no page in this build, in this order:
/// 1. the term is an alias or an earlier name (`formerly`) of a glossary entry → a redirect to that entry;
/// 2. a keyword with a page contains the term or is contained in it (社会主义市场经济 and 社会主义市场经济体制),
///    and its speeches include at least half of the term's → a redirect to the longest such keyword;
/// 3. the term is not denied and is still used in `minSpeeches` speeches → its page is kept;
/// 4. otherwise → a redirect to the keyword index.
/// A glossary entry's earlier names redirect to it even when no lock file records them.
public struct AddressPlan: Sendable {
    /// A redirect page: the address, the term it was published for, and the keyword it now leads to (nil:
    /// the keyword index).
    public struct Redirect: Sendable, Hashable {
        public var slug: String
        public var term: String
        public var target: KeywordID?
    }

    /// Retired keywords whose pages are kept.
    public private(set) var kept: Set<KeywordID> = []
    public private(set) var redirects: [Redirect] = []
    /// The lock file's new contents.
    public private(set) var published: PublishedKeywords
    /// What changed since the lock file was written, for the build's output: at most one warning for the
    /// pages newly kept and one for the addresses that newly redirect.
    public var changes: [KeywordsError] {
        var changes: [KeywordsError] = []
        if !newlyKept.isEmpty { changes.append(.publishedPagesKept(newlyKept)) }
        if !newlyRedirected.isEmpty { changes.append(.publishedAddressesRedirected(newlyRedirected)) }
        return changes
    }
    private var newlyKept: [String] = []
    private var newlyRedirected: [String] = []

    /// - Parameters:
    ///   - speeches: for each keyword of `vocabulary` (current and retired), the speeches that use it.
    ///   - hasPage: the current keywords that get a page in this build.
    public init(
        published old: PublishedKeywords, vocabulary: Vocabulary, glossary: Glossary, speeches: [KeywordID: Set<Int>],
        hasPage: Set<KeywordID>, minSpeeches: Int
    ) {
        published = PublishedKeywords()
        for id in hasPage.sorted() {
            published.insert(.init(slug: vocabulary[id].slug, term: vocabulary[id].term, state: .page))
        }
        var addresses = old.entries.map { ($0.slug, $0.term, $0.state as PublishedKeywords.State?, $0.line) }
        for entry in glossary.entries {
            for name in entry.formerly where old.slug(of: name) == nil {
                addresses.append((Vocabulary.slug(for: name), name, nil, nil))
            }
        }
        for (slug, term, oldState, line) in addresses where published.entry(slug: slug) == nil {
            let state = decide(
                slug: slug, term: term, vocabulary: vocabulary, glossary: glossary, speeches: speeches, hasPage: hasPage,
                minSpeeches: minSpeeches)
            published.insert(.init(slug: slug, term: term, state: state, line: line))
            guard let oldState, oldState != state else { continue }
            switch state {
            case .page: break
            case .kept: newlyKept.append("keywords/\(slug)/")
            case .redirect(let target): newlyRedirected.append("keywords/\(slug)/ → keywords/" + (target.map { "\($0)/" } ?? "index.html"))
            }
        }
    }

    private mutating func decide(
        slug: String, term: String, vocabulary: Vocabulary, glossary: Glossary, speeches: [KeywordID: Set<Int>],
        hasPage: Set<KeywordID>, minSpeeches: Int
    ) -> PublishedKeywords.State {
        func redirect(to target: KeywordID?) -> PublishedKeywords.State {
            redirects.append(Redirect(slug: slug, term: term, target: target))
            return .redirect(to: target.map { vocabulary[$0].slug })
        }
        if let renamed = glossary.entry(renaming: term), let id = vocabulary.id(of: renamed.term), hasPage.contains(id) {
            return redirect(to: id)
        }
        let own = vocabulary.id(of: term)
        let used = own.flatMap { speeches[$0] } ?? []
        let related = hasPage.filter { id in
            let other = vocabulary[id].term
            guard other != term, other.contains(term) || term.contains(other) else { return false }
            return used.isEmpty || 2 * used.intersection(speeches[id] ?? []).count >= used.count
        }
        if let target = related.max(by: { lhs, rhs in
            let (l, r) = (vocabulary[lhs].term, vocabulary[rhs].term)
            return (l.unicodeScalars.count, r) < (r.unicodeScalars.count, l)
        }) {
            return redirect(to: target)
        }
        if let own, vocabulary[own].origin == .retired, !glossary.deny.contains(term), used.count >= max(1, minSpeeches) {
            kept.insert(own)
            return .kept
        }
        return redirect(to: nil)
    }
}
