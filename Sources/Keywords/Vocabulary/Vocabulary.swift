import Foundation
import PortalSupport

/// Every keyword of the site, each with one id: glossary terms first (in the glossary's order), then terms
/// editors put in front matter, then terms discovery found, then the retired terms of earlier builds. Aliases
/// map to their term's id.
///
/// A keyword keeps the address an earlier build published for it (`PublishedKeywords`); new keywords get
/// addresses no published one has.
public struct Vocabulary: Sendable {
    /// Where a keyword comes from; glossary keywords come first.
    public enum Origin: String, Sendable, Hashable, Comparable {
        case glossary, frontMatter, discovered
        /// A term an earlier build published a page for that is no keyword any more: its uses are counted
        /// (for a kept page, or to choose where its address redirects) but never linked.
        case retired

        public static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.order < rhs.order }
        private var order: Int {
            switch self {
            case .glossary: 0
            case .frontMatter: 1
            case .discovered: 2
            case .retired: 3
            }
        }
    }

    /// One keyword, with what its page shows.
    public struct Keyword: Sendable, Hashable {
        public var term: String
        public var aliases: [String]
        public var description: String?
        public var group: String?
        /// Terms of other keywords that its page links to.
        public var related: [String]
        /// The keyword page's folder name: the term itself, made safe for a path, unique in the site.
        public var slug: String
        public var origin: Origin
        /// The glossary entry's choice of a compilation (原文摘编); nil follows the site's rule.
        public var compilation: Bool? = nil
    }

    /// Every keyword, by `KeywordID.index`.
    public private(set) var keywords: [Keyword] = []
    private var idByName: [String: KeywordID] = [:]
    private var usedSlugs: Set<String> = []
    private let published: PublishedKeywords

    public init(glossary: Glossary, frontMatterKeywords: [String], discovered: [String], published: PublishedKeywords = .none) {
        self.published = published
        // Published addresses stay with their terms: no other keyword may take one.
        for entry in published.entries { usedSlugs.insert(entry.slug.lowercased()) }
        for entry in glossary.entries where id(of: entry.term) == nil {
            add(Keyword(
                term: entry.term, aliases: entry.aliases.filter { id(of: $0) == nil && $0 != entry.term },
                description: entry.description, group: entry.group, related: entry.related, slug: "", origin: .glossary,
                compilation: entry.compilation))
        }
        for term in frontMatterKeywords where id(of: term) == nil && !glossary.deny.contains(term) {
            add(Keyword(term: term, aliases: [], description: nil, group: nil, related: [], slug: "", origin: .frontMatter))
        }
        for term in discovered where id(of: term) == nil && !glossary.deny.contains(term) {
            add(Keyword(term: term, aliases: [], description: nil, group: nil, related: [], slug: "", origin: .discovered))
        }
        // Published terms that are neither keywords nor names of a glossary entry now (those redirect to it).
        for entry in published.entries where id(of: entry.term) == nil && glossary.entry(renaming: entry.term) == nil {
            add(Keyword(term: entry.term, aliases: [], description: nil, group: nil, related: [], slug: "", origin: .retired))
        }
    }

    /// Whether mentions of a keyword are shown and linked in speeches (retired terms are only counted).
    public func isLinkable(_ id: KeywordID) -> Bool {
        keywords[id.index].origin != .retired
    }

    public var count: Int { keywords.count }

    /// Every keyword's id, in vocabulary order.
    public var ids: [KeywordID] { keywords.indices.map { KeywordID($0) } }

    public subscript(id: KeywordID) -> Keyword { keywords[id.index] }

    /// The id of a term or alias.
    public func id(of name: String) -> KeywordID? { idByName[name] }

    /// What the matcher looks for: each term and alias with its keyword's id.
    public var matchTerms: [(text: String, keyword: KeywordID)] {
        keywords.enumerated().flatMap { index, keyword in
            ([keyword.term] + keyword.aliases).map { (text: $0, keyword: KeywordID(index)) }
        }
    }

    private mutating func add(_ keyword: Keyword) {
        var keyword = keyword
        keyword.slug = published.slug(of: keyword.term) ?? uniqueSlug(for: keyword.term)
        let id = KeywordID(keywords.count)
        keywords.append(keyword)
        for name in [keyword.term] + keyword.aliases where idByName[name] == nil {
            idByName[name] = id
        }
    }

    /// The term itself, so URLs read as the keyword (`keywords/两个确立/`); characters that cannot be in a
    /// folder name or a URL path become `-`. Not yet taken (nor published for another term).
    private mutating func uniqueSlug(for term: String) -> String {
        let base = Self.slug(for: term)
        var candidate = base
        var counter = 2
        while !usedSlugs.insert(candidate.lowercased()).inserted {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// The address a term gets when nothing else claims it: the term made safe for a folder name.
    public static func slug(for term: String) -> String {
        var base = String(term.map { character -> Character in
            if character.isWhitespace || "/\\?#%:*\"<>|.".contains(character)
                || character.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                return "-"
            }
            return character
        })
        while base.contains("--") { base = base.replacingOccurrences(of: "--", with: "-") }
        base = String(base.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed())
        if base.isEmpty { base = "keyword" }
        return base
    }
}
