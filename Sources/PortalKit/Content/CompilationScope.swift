import Keywords

/// Which keywords get a compilation (原文摘编), from `site.yml`'s `compilations` (原文摘编) and
/// `compilation_max_share` (摘编最高比例).
///
/// A compilation copies every paragraph that uses its keyword, so its size is the keyword's share of the site's
/// text: a word found in most speeches (职工群众, 新时代 — the genre's own vocabulary, nothing a study group
/// looks up) would copy most of the site again. Such a word gets a keyword page but no compilation once it is
/// used in more than `maxShare` of the speeches and in more than `shareFloor` speeches: on a small site, where
/// a few speeches make any share, every keyword keeps its compilation. A glossary entry's `compilation: yes/no`
/// overrides the rule for its keyword.
public struct CompilationScope: Sendable, Hashable {
    /// Which keywords may get one at all.
    public enum Keywords: String, Sendable, Hashable, CaseIterable {
        /// Every keyword with a page.
        case all
        /// Only the keywords editors named: in `keywords.yml` or in a speech's `keywords` field (not discovered ones).
        case glossary
        /// None: keyword pages only.
        case none

        /// The values an editor may write for each, English first.
        var spellings: [String] {
            switch self {
            case .all: ["all", "全部"]
            case .glossary: ["glossary", "词表"]
            case .none: ["none", "无", "不生成"]
            }
        }

        /// The value `written` names (`全部` is `all`). (A yes or no, as site.yml's other switches take it, is
        /// all or none: `SiteConfig` reads it.)
        init?(written: String) {
            let value = written.lowercased()
            guard let found = Self.allCases.first(where: { $0.spellings.contains(value) }) else { return nil }
            self = found
        }
    }

    /// Why a keyword gets no compilation: its page says so (templates/keyword.mustache), and so does
    /// `portalgen keywords`. A reason only: the counts behind `tooCommon` are the keyword's and the site's, which
    /// the page and the listing have already.
    public enum Exclusion: Sendable, Hashable, CaseIterable {
        /// `compilations: none`: the site has no compilations.
        case noneOnSite
        /// `compilations: glossary`, and the keyword was not named by an editor (discovery found it).
        case notNamedByEditors
        /// Used in more than `maxShare` of the site's speeches (and in more than `shareFloor`).
        case tooCommon
        /// `compilation: no` in its glossary entry.
        case turnedOffInGlossary
    }

    public var keywords: Keywords
    /// A keyword used in more than this share of the speeches (0–1) gets no compilation, once it is used in more
    /// than `shareFloor` speeches; 1 leaves every keyword its compilation.
    public var maxShare: Double

    /// Below this many speeches a keyword keeps its compilation whatever its share: it prints as a volume or two.
    public static let shareFloor = 100

    public static let defaults = CompilationScope(keywords: .all, maxShare: 0.5)

    /// Why `keyword`, used in `speeches` of the site's `siteSpeeches`, gets no compilation; nil when it gets one.
    public func exclusion(of keyword: Vocabulary.Keyword, usedIn speeches: Int, of siteSpeeches: Int) -> Exclusion? {
        if let chosen = keyword.compilation { return chosen ? nil : .turnedOffInGlossary }
        switch keywords {
        case .none: return .noneOnSite
        case .glossary where keyword.origin != .glossary && keyword.origin != .frontMatter: return .notNamedByEditors
        default: break
        }
        guard speeches <= Self.shareFloor || Double(speeches) <= maxShare * Double(siteSpeeches) else { return .tooCommon }
        return nil
    }

    /// `maxShare` in whole percent, as the keyword page and `portalgen keywords` print it.
    public var maxPercent: Int { Int((maxShare * 100).rounded()) }
}
