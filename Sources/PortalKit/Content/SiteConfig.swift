import PortalSupport
import Yams

/// `content/site.yml`: what the site says about itself.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var description: String?
    /// Used only for the absolute URLs of the feed and the sitemap; every link between pages is relative.
    public var baseURL: String?
    public var language: String
    /// How many speeches the home page and the feed list.
    public var latestCount: Int
    /// Characters a reader reads per minute, for the reading time shown on speech pages.
    public var readingSpeed: Int
    /// On each page of a keyword's speeches, how many (the first on the page) are shown with sentences in
    /// context; the others are listed with their counts only.
    public var keywordContextSpeeches: Int
    /// Speeches on one page of a keyword's list (most mentions first); more continue on further pages.
    public var keywordPageSpeeches: Int
    /// Speeches on one page of the archive. A year with more gets a page per month, and a month with more
    /// continues on further pages.
    public var archivePageSpeeches: Int
    /// Paragraphs on one page of a keyword's compilation (原文摘编); each page prints as a booklet.
    public var compilationPageExcerpts: Int
    /// Which keywords get a compilation (`compilations`, `compilation_max_share`).
    public var compilations = CompilationScope.defaults
    /// Whether speech files and folders that symbolic links point to outside the site folder are read (they
    /// are refused by default, so that a link cannot publish `/etc/passwd`).
    public var linksOutsideSite = false

    /// The field of `linksOutsideSite`.
    static let linksOutsideSiteField = "links_outside_site"

    public static let defaults = SiteConfig(
        title: "工会学习园地", subtitle: nil, description: nil, baseURL: nil, language: "zh-CN",
        latestCount: 10, readingSpeed: 400, keywordContextSpeeches: 10, keywordPageSpeeches: 200,
        archivePageSpeeches: 100, compilationPageExcerpts: 150)

    /// Where the settings of the site in `siteRoot` are: `content/site.yml`.
    public static func path(siteRoot: String) -> String {
        siteRoot + "/" + ContentLoader.configFile
    }

    /// The site's settings as the next build reads them, for those who need them without building (the live
    /// preview shows errors in the site's language); problems are left for the build to report.
    public static func load(siteRoot: String) -> SiteConfig {
        ContentLoader(siteRoot: siteRoot).loadConfig().0
    }

    /// Reads `site.yml`; every field is optional, a missing file gives the defaults.
    static func read(yaml: String, file: String) -> (SiteConfig, [Diagnostic]) {
        var config = SiteConfig.defaults
        var diagnostics: [Diagnostic] = []
        let fields: YAMLFields
        do {
            fields = try YAMLFields(yaml: yaml, file: file, firstLine: 1, names: .site)
        } catch {
            return (config, [error])
        }
        for (key, keyNode, value) in fields.entries {
            let field = YAMLFields.written(keyNode)
            do throws(Diagnostic) {
                switch key {
                case "title": config.title = try fields.nonEmptyString(value, field: field)
                case "subtitle": config.subtitle = try fields.string(value, field: field).nilIfEmpty
                case "description": config.description = try fields.string(value, field: field).nilIfEmpty
                case "base_url":
                    let url = try fields.string(value, field: field)
                    guard url.isEmpty || url.hasPrefix("http://") || url.hasPrefix("https://") else {
                        throw fields.diagnostic(SettingsError.baseURLScheme, at: value)
                    }
                    config.baseURL = url.isEmpty ? nil : (url.hasSuffix("/") ? url : url + "/")
                    if let host = Self.exampleHost(in: url) {
                        diagnostics.append(fields.diagnostic(SettingsError.exampleBaseURL(host: host), at: value))
                    }
                case "language": config.language = try fields.nonEmptyString(value, field: field)
                case "keyword_context_speeches": config.keywordContextSpeeches = max(0, try fields.int(value, field: field))
                case "keyword_page_speeches":
                    config.keywordPageSpeeches = try fields.pageSize(value, field: field, default: Self.defaults.keywordPageSpeeches)
                case "archive_page_speeches":
                    config.archivePageSpeeches = try fields.pageSize(value, field: field, default: Self.defaults.archivePageSpeeches)
                case "compilation_page_excerpts":
                    config.compilationPageExcerpts = try fields.pageSize(
                        value, field: field, default: Self.defaults.compilationPageExcerpts)
                case "compilations":
                    let written = try fields.string(value, field: field)
                    guard let keywords = CompilationScope.Keywords(written: written)
                        ?? (try? fields.bool(value, field: field)).map({ $0 ? .all : .none })
                    else {
                        throw fields.diagnostic(SettingsError.compilationsValue(field: field, value: written), at: value)
                    }
                    config.compilations.keywords = keywords
                case "compilation_max_share": config.compilations.maxShare = try fields.share(value, field: field)
                case "latest_count": config.latestCount = max(1, try fields.int(value, field: field))
                case "reading_speed":
                    let speed = try fields.int(value, field: field)
                    guard speed > 0 else {
                        throw fields.diagnostic(SettingsError.readingSpeedNotPositive, at: value)
                    }
                    config.readingSpeed = speed
                case linksOutsideSiteField: config.linksOutsideSite = try fields.bool(value, field: field)
                default:
                    diagnostics.append(fields.diagnostic(
                        SettingsError.unknownSiteField(field, suggestion: FieldNames.site.suggestion(for: field), known: .site),
                        at: keyNode))
                }
            } catch {
                diagnostics.append(error)
            }
        }
        return (config, diagnostics)
    }
}

extension SiteConfig {
    /// The host of `url` when it is one that is never a published site: the documentation domains (RFC 2606:
    /// example.org, .com, .net and their subdomains, the `.example`, `.test`, `.invalid` and `.localhost` names)
    /// and this machine (`localhost`, `127.0.0.1`, `[::1]`).
    static func exampleHost(in url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let authority = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last.map(String.init) ?? ""
        let host = (hostAndPort.hasPrefix("[") ? String(hostAndPort.prefix { $0 != "]" }) + "]"
            : String(hostAndPort.prefix { $0 != ":" })).lowercased()
        let name = host.hasSuffix(".") ? String(host.dropLast()) : host
        let documentation = ["example.org", "example.com", "example.net"]
        let reservedSuffixes = [".example", ".test", ".invalid", ".localhost"]
        let isExample = documentation.contains { name == $0 || name.hasSuffix("." + $0) }
            || reservedSuffixes.contains { name.hasSuffix($0) }
            || ["localhost", "127.0.0.1", "[::1]"].contains(name)
        return isExample ? host : nil
    }
}

private extension YAMLFields {
    /// A number of speeches (or paragraphs) per page: a page must hold at least one.
    func pageSize(_ value: Node, field: String, default: Int) throws(Diagnostic) -> Int {
        let size = try int(value, field: field)
        guard size >= 1 else { throw diagnostic(SettingsError.pageSizeNotPositive(field: field, default: `default`), at: value) }
        return size
    }

    /// A share between 0 and 1, written as a number (`0.5`) or a percentage (`50%`, `50％`).
    func share(_ value: Node, field: String) throws(Diagnostic) -> Double {
        let written = try string(value, field: field)
        let percent = written.hasSuffix("%") || written.hasSuffix("％")
        let number = Double(percent ? String(written.dropLast()).trimmingWhitespace() : written).map { percent ? $0 / 100 : $0 }
        guard let number, number >= 0, number <= 1 else {
            throw diagnostic(SettingsError.shareOutOfRange(field: field, value: written), at: value)
        }
        return number
    }
}
