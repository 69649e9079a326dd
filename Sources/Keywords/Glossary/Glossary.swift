import PortalSupport

/// `content/keywords.yml` as values: the keywords editors keep, with aliases, descriptions and groups; the
/// terms discovery must never propose; and discovery's settings. (Read from YAML by the content stage.)
public struct Glossary: Sendable {
    /// One keyword an editor keeps.
    public struct Entry: Sendable, Hashable {
        public var term: String
        public var aliases: [String]
        public var description: String?
        public var group: String?
        /// Terms of other keywords to link from this one's page.
        public var related: [String]
        /// Earlier names of the keyword (a renamed term): their published addresses redirect to this one's
        /// page, but their uses are not counted as this keyword (unlike aliases).
        public var formerly: [String]
        /// `compilation: yes/no`: whether the keyword gets a compilation (原文摘编) whatever the site's rule
        /// says; nil follows the rule.
        public var compilation: Bool?
        /// Where the entry's term is written.
        public var location: SourceLocation

        public init(
            term: String, aliases: [String] = [], description: String? = nil, group: String? = nil,
            related: [String] = [], formerly: [String] = [], compilation: Bool? = nil, location: SourceLocation
        ) {
            self.term = term
            self.aliases = aliases
            self.description = description
            self.group = group
            self.related = related
            self.formerly = formerly
            self.compilation = compilation
            self.location = location
        }
    }

    /// A line of the `discovery:` section, as written: checked against the known settings by the keyword stage.
    public struct DiscoverySetting: Sendable, Hashable {
        /// The number; nil for `auto` (自动): the setting's default, for `max_terms` the automatic cut.
        public var value: Double?
        public var location: SourceLocation?

        public init(value: Double?, location: SourceLocation?) {
            self.value = value
            self.location = location
        }
    }

    public var entries: [Entry]
    /// Group names in the order the keyword index shows them.
    public var groups: [String]
    /// Terms that are never keywords (工会, 工作 …).
    public var deny: Set<String>
    /// Discovery settings by name.
    public var discoverySettings: [String: DiscoverySetting]

    public init(
        entries: [Entry] = [], groups: [String] = [], deny: Set<String> = [],
        discoverySettings: [String: DiscoverySetting] = [:]
    ) {
        self.entries = entries
        self.groups = groups
        self.deny = deny
        self.discoverySettings = discoverySettings
    }

    /// No glossary file.
    public static let empty = Glossary()

    /// Every term and alias of the entries.
    public var names: [String] { entries.flatMap { [$0.term] + $0.aliases } }

    /// The entry that has `name` as an alias or an earlier name.
    public func entry(renaming name: String) -> Entry? {
        entries.first { $0.term != name && ($0.aliases.contains(name) || $0.formerly.contains(name)) }
    }

    /// A term or alias given twice would make mentions ambiguous: each repeat, at its entry.
    public func duplicateNames() -> [(KeywordsError, SourceLocation)] {
        var firstUse: [String: Entry] = [:]
        var found: [(KeywordsError, SourceLocation)] = []
        for entry in entries {
            var names: Set<String> = []
            for name in [entry.term] + entry.aliases where names.insert(name).inserted {
                if let first = firstUse[name] {
                    found.append((.duplicateName(name, firstTerm: first.term, firstLocation: first.location), entry.location))
                } else {
                    firstUse[name] = entry
                }
            }
        }
        return found
    }
}
