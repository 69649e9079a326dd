/// The keyword addresses a site has published, as `content/keywords.lock` records them: one line per address,
/// so that a later build keeps each one alive (a page, or a redirect page) however discovery or the glossary
/// changes.
///
///     # Keyword pages published by `portalgen build` …
///     两个确立	两个确立	page
///     计划经济	计划经济	kept
///     劳动竞赛	劳动竞赛	redirect	劳动和技能竞赛
///     资本主义	资本主义	redirect
///
/// Columns, separated by tabs: the address (the folder under `keywords/`), the term, and what the address is
/// now: `page` (a keyword of the site), `kept` (no longer a keyword, its page kept), or `redirect` to the
/// address in the fourth column, or to the keyword index when there is none.
public struct PublishedKeywords: Sendable, Hashable {
    /// What an address is now.
    public enum State: Sendable, Hashable {
        case page
        case kept
        /// To another keyword's address, or to the keyword index (nil).
        case redirect(to: String?)
    }

    public struct Entry: Sendable, Hashable {
        /// The folder under `keywords/`.
        public var slug: String
        public var term: String
        public var state: State
        /// The line of the lock file it was read from (nil for a new entry).
        public var line: Int?

        public init(slug: String, term: String, state: State, line: Int? = nil) {
            self.slug = slug
            self.term = term
            self.state = state
            self.line = line
        }
    }

    /// By address, in the order written (sorted by address when written by a build).
    public private(set) var entries: [Entry] = []
    /// Where each address's entry is in `entries`.
    private var indexOfSlug: [String: Int] = [:]
    /// Each term's first entry in `entries` (a term may have several addresses).
    private var firstIndexOfTerm: [String: Int] = [:]

    public init(entries: [Entry] = []) {
        for entry in entries { insert(entry) }
    }

    /// No lock file.
    public static let none = PublishedKeywords()

    public var isEmpty: Bool { entries.isEmpty }

    /// The entry at an address.
    public func entry(slug: String) -> Entry? {
        indexOfSlug[slug].map { entries[$0] }
    }

    /// The address published for a term, if any (its first, should a term have several).
    public func slug(of term: String) -> String? {
        firstIndexOfTerm[term].map { entries[$0].slug }
    }

    /// Adds an entry, replacing any entry at the same address.
    public mutating func insert(_ entry: Entry) {
        guard let index = indexOfSlug[entry.slug] else {
            indexOfSlug[entry.slug] = entries.count
            if firstIndexOfTerm[entry.term] == nil { firstIndexOfTerm[entry.term] = entries.count }
            entries.append(entry)
            return
        }
        let replaced = entries[index].term
        entries[index] = entry
        guard replaced != entry.term else { return }
        // The replaced term's first address may now be a later one, and the new term's this one.
        firstIndexOfTerm[replaced] = entries.firstIndex { $0.term == replaced }
        firstIndexOfTerm[entry.term] = min(index, firstIndexOfTerm[entry.term] ?? index)
    }

    /// Equal when the entries are (the indexes follow from them).
    public static func == (lhs: PublishedKeywords, rhs: PublishedKeywords) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    // MARK: - The file

    /// The file's first lines.
    public static let header = """
        # Keyword pages published by `portalgen build`, one line per address: keep this file with the content
        # (commit it), so that every address a reader may have saved keeps working. A build adds new addresses
        # and writes what each one is now; it never forgets one. Remove a line only to give its address up.
        # address<TAB>term<TAB>page | kept | redirect[<TAB>address it redirects to; none: the keyword index]

        """

    /// The lock file's text: the header, then the entries sorted by address.
    public var text: String {
        var text = Self.header
        for entry in entries.sorted(by: { $0.slug < $1.slug }) {
            var columns = [entry.slug, entry.term]
            switch entry.state {
            case .page: columns.append("page")
            case .kept: columns.append("kept")
            case .redirect(let target):
                columns.append("redirect")
                if let target { columns.append(target) }
            }
            text += columns.joined(separator: "\t") + "\n"
        }
        return text
    }

    /// A line that cannot be read: where, and what is wrong.
    public struct Problem: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var error: KeywordsError
    }

    /// Reads a lock file. Comment and empty lines are skipped; a line that cannot be read is a problem at its
    /// place (and the file must then not be rewritten, or the line would be lost).
    public static func parse(_ text: String) -> (PublishedKeywords, [Problem]) {
        var published = PublishedKeywords()
        var problems: [Problem] = []
        // "\r\n" is one Character: lines are split on either ending.
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let number = offset + 1
            guard columns.count >= 3, !columns[0].isEmpty, !columns[1].isEmpty else {
                problems.append(Problem(line: number, column: 1, error: .unreadableLockLine(String(line))))
                continue
            }
            let state: State
            switch (columns[2], columns.count) {
            case ("page", 3): state = .page
            case ("kept", 3): state = .kept
            case ("redirect", 3): state = .redirect(to: nil)
            case ("redirect", 4) where !columns[3].isEmpty: state = .redirect(to: columns[3])
            default:
                let column = columns[0].count + columns[1].count + 3
                problems.append(Problem(line: number, column: column, error: .unknownLockState(columns[2])))
                continue
            }
            let target: String? = if case .redirect(let target?) = state { target } else { nil }
            if let unsafe = [columns[0], target].compactMap({ $0 }).first(where: { Vocabulary.slug(for: $0) != $0 }) {
                problems.append(Problem(line: number, column: unsafe == columns[0] ? 1 : line.count - unsafe.count + 1,
                                        error: .unsafeLockAddress(unsafe)))
                continue
            }
            if published.entry(slug: columns[0]) != nil {
                problems.append(Problem(line: number, column: 1, error: .duplicateLockAddress(columns[0])))
                continue
            }
            published.insert(Entry(slug: columns[0], term: columns[1], state: state, line: number))
        }
        return (published, problems)
    }
}
