/// Answers one request: the preview's own files under `/__portalgen/`, else a file of the site.
///
/// Only `GET` and `HEAD` are served (others get 405); `HEAD` gets the same status and fields as `GET`, and the
/// connection leaves the body out. HTML gets the reload script (and the error banner after a failed build);
/// other files are sent as they are on disk.
struct PreviewRouter: Sendable {
    let files: StaticFileResolver
    let state: PreviewState

    /// Pages larger than this are sent without the reload script rather than read whole into memory.
    static let maxInjectedPage = 16 * 1024 * 1024

    func respond(to request: RequestHead) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "405 Method Not Allowed: the preview serves GET and HEAD", fields: [("Allow", "GET, HEAD")])
        }
        let path: SitePath
        do {
            path = try SitePath(target: request.target)
        } catch {
            return .rejection(error)
        }
        if path.segments.first == PreviewAssets.prefix { return asset(path) }
        if path.isHidden { return notFound() }
        switch files.resolve(path) {
        case .file(let file):
            // Ranges are defined for GET only; HEAD gets GET's fields, `Accept-Ranges` among them.
            let range = request.method == "GET" ? request.field("range") : nil
            return page(file, status: 200).answering(range: range, ifRange: request.field("if-range"))
        case .addSlash:
            let location = path.folderLocation
            return .text(301, "301 Moved Permanently: \(location)", fields: [("Location", location)])
        case .notFound:
            return notFound()
        case .noSite:
            let current = state.current
            return HTTPResponse(
                status: 503, fields: [("Content-Type", MediaType.html)],
                body: .bytes(BuildErrorOverlay.page(current.failure, version: current.version, language: current.language)))
        }
    }

    private func asset(_ path: SitePath) -> HTTPResponse {
        guard path.segments.count == 2 else { return .text(404, "404 Not Found") }
        switch path.segments[1] {
        case "reload.js":
            return HTTPResponse(
                status: 200, fields: [("Content-Type", MediaType.forFile(named: "reload.js"))],
                body: .bytes(Array(PreviewAssets.reloadScript.utf8)))
        case "overlay.css":
            return HTTPResponse(
                status: 200, fields: [("Content-Type", MediaType.forFile(named: "overlay.css"))],
                body: .bytes(Array(PreviewAssets.overlayStyle.utf8)))
        case "events":
            return HTTPResponse(status: 200, fields: [("Content-Type", "text/event-stream; charset=utf-8")], body: .events)
        case "version":
            return .text(200, state.version)
        default:
            return .text(404, "404 Not Found")
        }
    }

    /// The site's 404 page with status 404, or a line of text when the site has none.
    private func notFound() -> HTTPResponse {
        guard let file = files.notFoundPage() else { return .text(404, "404 Not Found") }
        return page(file, status: 404, baseAtRoot: true)
    }

    private func page(_ file: OpenFile, status: Int, baseAtRoot: Bool = false) -> HTTPResponse {
        let type = MediaType.forFile(named: file.name)
        guard MediaType.isHTML(type), file.size <= Self.maxInjectedPage, let bytes = file.readAll() else {
            return HTTPResponse(status: status, fields: [("Content-Type", type)], body: .file(file))
        }
        let current = state.current
        let html = PageInjector.inject(
            into: bytes, version: current.version, failure: current.failure.map { ($0, current.language) },
            baseAtRoot: baseAtRoot)
        return HTTPResponse(status: status, fields: [("Content-Type", type)], body: .bytes(html))
    }
}
