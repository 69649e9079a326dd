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
        guard let site = FileSystem.resolvedPath(root), FileSystem.isDirectory(site) else { return .noSite }
        let candidate = path.segments.reduce(site) { $0 + "/" + $1 }
        guard let real = Self.realPath(candidate, inside: site) else { return .notFound }
        if FileSystem.isDirectory(real) {
            if !path.segments.isEmpty && !path.trailingSlash { return .addSlash }
            let index = Self.realPath(real + "/index.html", inside: site).flatMap(OpenFile.init(path:))
            return index.map(Resolution.file) ?? .notFound
        }
        guard !path.trailingSlash, let file = OpenFile(path: real) else { return .notFound }
        return .file(file)
    }

    /// The site's own `404.html`, when it has one.
    func notFoundPage() -> OpenFile? {
        guard let site = FileSystem.resolvedPath(root) else { return nil }
        return Self.realPath(site + "/404.html", inside: site).flatMap(OpenFile.init(path:))
    }

    /// `path` with every link resolved, when that is `site` or below it and no part of it below `site` is
    /// hidden; nil otherwise. `site` is resolved too, so both are absolute, without `.`, `..` or links.
    private static func realPath(_ path: String, inside site: String) -> String? {
        guard let real = FileSystem.resolvedPath(path), DirectoryWalker.isInside(real, site),
              !real.dropFirst(site.count).split(separator: "/").contains(where: { $0.hasPrefix(".") })
        else { return nil }
        return real
    }
}
