import PortalSupport

/// Finds the file a `SitePath` names inside the output folder, on every request.
///
/// Nothing is cached: the build replaces the output folder by a rename, so the folder's path is resolved
/// afresh each time, and the file found must lie inside it once symbolic links are resolved — a link pointing
/// out of the site is treated as missing.
struct StaticFileResolver: Sendable {
    /// The output folder, absolute.
    let root: String

    enum Resolution: Sendable {
        case file(OpenFile)
        /// A folder asked for without its trailing slash; relative links inside it need the slash.
        case addSlash
        case notFound
        /// There is no output folder (the first build failed, or someone removed it).
        case noSite
    }

    func resolve(_ path: SitePath) -> Resolution {
        guard let site = Self.realPath(root), Self.isDirectory(site) else { return .noSite }
        let candidate = path.segments.reduce(site) { $0 + "/" + $1 }
        guard let real = inside(site, Self.realPath(candidate)) else { return .notFound }
        if Self.isDirectory(real) {
            if !path.segments.isEmpty && !path.trailingSlash { return .addSlash }
            guard let index = inside(site, Self.realPath(real + "/index.html")), let file = OpenFile(path: index) else {
                return .notFound
            }
            return .file(file)
        }
        guard !path.trailingSlash, let file = OpenFile(path: real) else { return .notFound }
        return .file(file)
    }

    /// The site's own `404.html`, when it has one.
    func notFoundPage() -> OpenFile? {
        guard let site = Self.realPath(root), let page = inside(site, Self.realPath(site + "/404.html")) else { return nil }
        return OpenFile(path: page)
    }

    /// `real` when it is `site` or below it and no part of it below `site` is hidden; nil otherwise.
    private func inside(_ site: String, _ real: String?) -> String? {
        guard let real else { return nil }
        if real == site { return real }
        let prefix = site.hasSuffix("/") ? site : site + "/"
        guard real.hasPrefix(prefix) else { return nil }
        let below = real.dropFirst(prefix.count).split(separator: "/")
        return below.contains { $0.hasPrefix(".") } ? nil : real
    }

    static func realPath(_ path: String) -> String? {
        FileSystem.resolvedPath(path)
    }

    private static func isDirectory(_ path: String) -> Bool {
        FileSystem.isDirectory(path)
    }
}
