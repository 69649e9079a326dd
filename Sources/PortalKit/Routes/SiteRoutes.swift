import PortalSupport

/// Every address of the site: where each page and file is written, and how a page links to another. The
/// stages ask here rather than write paths, so an address changes in one place.
///
/// Paged lists (a long keyword page, a busy month of the archive) get their addresses from `paged(_:page:)`:
/// the first page keeps the list's address, page n is `<folder>/page/<n>/index.html`, as Hugo and Zola write
/// them. The archive's addresses are in `SiteRoutes+Archive.swift`.
enum SiteRoutes {
    // MARK: - Pages

    static let home = PagePath("index.html")
    static let archive = PagePath("archive/index.html")
    static let keywordIndex = PagePath("keywords/index.html")
    static let search = PagePath("search/index.html")
    /// Shown by web servers for any missing address.
    static let notFound = PagePath("404.html")

    /// A speech's page: its slug is its folder.
    static func speech(slug: String) -> PagePath { PagePath("speeches/\(folderName(slug))/index.html") }

    /// Whether `path` (relative to the site root) is a speech's page.
    static func isSpeechPage(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "speeches" && parts[2] == "index.html"
    }

    /// A keyword's page: its slug (the term itself, made safe) is its folder.
    static func keyword(slug: String) -> PagePath { PagePath("keywords/\(folderName(slug))/index.html") }

    /// The longest folder name a slug keeps, in UTF-8 bytes: file systems allow 255 (85 Chinese characters),
    /// some fewer, and speech slugs are limited to this already.
    static let maximumFolderNameBytes = 200

    /// `slug` as a folder name: itself, or when longer than `maximumFolderNameBytes` (a glossary term of
    /// 67 Chinese characters or more) its first characters, `.` and 16 hex digits of a hash of the whole slug. The
    /// short form is stable (the same slug always gives it), never the slug of another keyword (their slugs
    /// have no `.`) and, by the hash, not another long slug's.
    static func folderName(_ slug: String) -> String {
        guard slug.utf8.count > maximumFolderNameBytes else { return slug }
        let suffix = "." + StableHasher.hex(StableHasher.hash(slug), digits: 16)
        var prefix = Substring.UnicodeScalarView()
        var bytes = 0
        for scalar in slug.unicodeScalars {
            bytes += UTF8.width(scalar)
            guard bytes + suffix.utf8.count <= maximumFolderNameBytes else { break }
            prefix.append(scalar)
        }
        return String(prefix) + suffix
    }

    /// Page `number` (from 1) of a list whose first page is `first`.
    static func paged(_ first: PagePath, page number: Int) -> PagePath {
        guard number > 1 else { return first }
        let folder = FilePath.parent(of: first.path)
        return PagePath((folder.isEmpty ? "" : folder + "/") + "page/\(number)/index.html")
    }

    /// Every page of `model`, in the order they are rendered: home, the archive's front page and its lists
    /// (newest first), keyword index, search, 404, the speeches (newest first), the keywords (most used first),
    /// each list with all its pages, then the keywords' compilations, and the redirects of published keyword addresses.
    static func pages(of model: SiteModel) -> [Page] {
        let archiveLists = archiveLists(of: model).flatMap { list in
            paging(of: list, in: model).pages.map { Page.archiveList(list, page: $0) }
        }
        let keywords = model.keywordPageIDs.flatMap { id in
            paging(ofKeyword: id, in: model).pages.map { Page.keyword(id, page: $0) }
        }
        return [.home, .archive] + archiveLists + [.keywordIndex, .search, .notFound] + model.speechIDs.map(Page.speech)
            + keywords + compilationPages(of: model) + model.redirectIDs.map(Page.keywordRedirect)
    }

    /// The pages a sitemap lists: not the 404 page (servers show it at any address) nor redirects (their
    /// addresses only lead elsewhere).
    static func sitemapPages(of model: SiteModel) -> [PagePath] {
        pages(of: model).compactMap { page in
            switch page {
            case .notFound, .keywordRedirect: nil
            default: path(of: page, in: model)
            }
        }
    }

    /// How a keyword page's list of speeches is cut into pages.
    static func paging(ofKeyword id: KeywordPageID, in model: SiteModel) -> Paging {
        Paging(count: model[id].uses.count, size: model.config.keywordPageSpeeches)
    }

    /// Where `page` is written.
    static func path(of page: Page, in model: SiteModel) -> PagePath {
        switch page {
        case .home: home
        case .archive: archive
        case .archiveList(let list, let number): paged(firstPage(of: list, in: model), page: number)
        case .keywordIndex: keywordIndex
        case .search: search
        case .notFound: notFound
        case .speech(let id): model[id].path
        case .keyword(let id, let number): paged(model[id].path, page: number)
        case .keywordRedirect(let id): model[id].path
        case .compilation(let id, let number): paged(compilation(of: id, in: model), page: number)
        }
    }

    // MARK: - Files

    static let feed = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// The theme's static files are copied here.
    static let staticFolder = "static"
    static let stylesheet = "static/style.css"
    static let searchScript = "static/search.js"
    /// Fills in what a printed page carries (its address, the date of printing) and wires print buttons.
    static let printScript = "static/print.js"
    /// A speech page's script: paragraph numbers and citations, old `#p12` links, highlights from `?q=`.
    static let passageScript = "static/passage.js"
    /// The search index's files; `search.js` expects them beside the search page.
    static let searchIndexFolder = "search"

    // MARK: - Links from speech bodies

    /// A link in a speech's body to another page. Bodies are rendered once, for the speech's own page, and
    /// every speech page lives at the same depth.
    static func linkFromSpeechBody(to target: PagePath) -> String {
        anySpeech.link(to: target)
    }

    /// Stands for every speech page where only their depth matters.
    private static let anySpeech = speech(slug: "speech")

    /// A link in a speech's body to another speech (`../2023-peixunban/index.html#p3`): speech pages are
    /// siblings, and the fragment is kept as the editor wrote it.
    static func linkFromSpeechBody(toSpeech slug: String, fragment: String?) -> String {
        "../\(PagePath.linkEncoded(folderName(slug)))/index.html" + (fragment.map { "#" + $0 } ?? "")
    }

    /// The id of a speech's note `number` (from 1) on its page, which the body's note references link to.
    /// `_` never appears in the ids of headings and paragraphs, so the two cannot meet.
    static func noteAnchor(_ number: Int) -> String { "note_\(number)" }

    // MARK: - Absolute addresses

    /// The address of a site file for feeds, sitemaps and robots.txt, which need absolute URLs: `base_url`
    /// followed by the percent-encoded path (plain ASCII); relative to the site root without a `base_url`.
    static func absolute(_ path: String, base: String?) -> String {
        (base ?? "") + PagePath.percentEncoded(path)
    }

    /// A page's address in the sitemap: the home page is the site's address itself.
    static func sitemapLocation(of page: PagePath, base: String?) -> String {
        absolute(page == home ? "" : page.path, base: base)
    }

    /// The path of the site's root on its server, for the 404 page, which is shown at any address (over HTTP it
    /// reads its links from there; from disk they are relative to it): the path
    /// of `base_url` (`https://example.org/xuexi/` → `/xuexi/`), or `/`.
    static func rootPath(of baseURL: String?) -> String {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }
}
