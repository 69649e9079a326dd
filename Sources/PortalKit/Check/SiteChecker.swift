import Foundation
import Markdown
import PortalSupport

/// `portalgen check`: proves a built site's links. Every internal `href`/`src` must name a file of the
/// site, every `#anchor` an element of its page, and every page must be reachable from the home page.
public struct SiteChecker: Sendable {
    /// What a check found.
    public struct Report: Sendable {
        public var pages: Int
        public var links: Int
        /// Each broken link or unreachable page, at the page (relative to the site folder), sorted.
        public var problems: [Diagnostic]
    }

    /// The built site's folder.
    public let site: String

    public init(site: String) {
        self.site = site
    }

    /// Reads every page of the site and follows every link.
    public func check() -> Report {
        let files = FileSystem.listFiles(under: site).filter { $0 != OutputWriter.manifestName }
        let existing = Set(files)
        let pages = files.filter { $0.hasSuffix(".html") }
        let scanned = pages.parallelMap { page -> (String, HTMLScanner) in
            (page, HTMLScanner(String(decoding: FileSystem.readBytes(site + "/" + page) ?? [], as: UTF8.self)))
        }
        let idsOf = Dictionary(uniqueKeysWithValues: scanned.map { ($0.0, $0.1.ids) })

        var problems: [(page: String, link: String?, problem: CheckProblem)] = []
        var outgoing: [String: [String]] = [:]
        var linkCount = 0
        // 404.html is shown by servers at any address, so its links start from the site's root path.
        for (page, scanner) in scanned where page != "404.html" {
            for link in scanner.links {
                linkCount += 1
                switch Self.resolve(link.value, from: page) {
                case .external:
                    continue
                case .invalid(let problem):
                    problems.append((page, link.value, problem))
                case let .internal(target, fragment):
                    guard existing.contains(target) else {
                        problems.append((page, link.value, .missingTarget(link: link.value, target: target)))
                        continue
                    }
                    if target.hasSuffix(".html") { outgoing[page, default: []].append(target) }
                    if let fragment, !fragment.isEmpty, target.hasSuffix(".html"),
                       !Self.page(withIDs: idsOf[target] ?? [], answers: fragment) {
                        problems.append((page, link.value, .missingAnchor(link: link.value, fragment: fragment, target: target)))
                    }
                }
            }
        }
        problems += unreachable(pages: pages, outgoing: outgoing).map { ($0, nil, $1) }
        let sorted = problems.sorted { ($0.page, $0.link ?? "") < ($1.page, $1.link ?? "") }
        return Report(
            pages: pages.count, links: linkCount,
            problems: sorted.map { Diagnostic($0.problem, at: SourceLocation(file: $0.page)) })
    }

    /// Whether a page with these ids answers `#fragment`: an element has it, or it is an old paragraph number
    /// (`p12`) and the page has that many paragraphs, which its script maps to the paragraph at that position.
    /// A text directive (`#p-k3x9q2:~:text=…`) is the browser's, not an id.
    static func page(withIDs ids: Set<String>, answers fragment: String) -> Bool {
        let id = fragment.range(of: ":~:").map { String(fragment[..<$0.lowerBound]) } ?? fragment
        if id.isEmpty || ids.contains(id) { return true }
        guard let number = ParagraphAnchor.legacyNumber(id) else { return false }
        return ids.lazy.filter(ParagraphAnchor.isParagraphAnchor).count >= number
    }

    /// Pages no chain of links from the home page reaches (the 404 page is shown by servers, not linked).
    private func unreachable(pages: [String], outgoing: [String: [String]]) -> [(String, CheckProblem)] {
        guard pages.contains("index.html") else { return [("index.html", .noHomePage)] }
        var reached: Set<String> = ["index.html"]
        var queue = ["index.html"]
        while let page = queue.popLast() {
            for target in outgoing[page] ?? [] where reached.insert(target).inserted { queue.append(target) }
        }
        return pages.filter { !reached.contains($0) && $0 != "404.html" }.map { ($0, .unreachable) }
    }

    enum Resolution: Equatable {
        case external
        case `internal`(path: String, fragment: String?)
        case invalid(CheckProblem)
    }

    /// Resolves `link` written in `page` to a file of the site, the way a browser resolves relative URLs.
    static func resolve(_ link: String, from page: String) -> Resolution {
        if link.isEmpty { return .invalid(.emptyLink(link)) }
        if link.hasPrefix("//") || link.range(of: "^[A-Za-z][A-Za-z0-9+.-]*:", options: .regularExpression) != nil {
            return .external
        }
        var rest = Substring(link)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...]).removingPercentEncoding ?? String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        if rest.hasPrefix("/") { return .invalid(.absoluteLink(link)) }
        guard let decoded = String(rest).removingPercentEncoding else { return .invalid(.brokenPercentEncoding(link)) }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        if decoded.isEmpty { return .internal(path: page, fragment: fragment) }
        for part in decoded.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return .invalid(.linkLeavesSite(link)) }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        var path = parts.joined(separator: "/")
        if decoded.hasSuffix("/") || path.isEmpty { path += (path.isEmpty ? "" : "/") + "index.html" }
        return .internal(path: path, fragment: fragment)
    }
}
