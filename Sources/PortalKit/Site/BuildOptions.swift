/// What `portalgen build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder, holding `content/` and `templates/`.
    public var siteRoot: String
    /// Where the site is written; relative paths are relative to the current folder.
    public var output: String
    /// The templates folder; `<siteRoot>/templates` when nil.
    public var templates: String?
    /// Build speeches marked `draft: true` too.
    public var includeDrafts: Bool
    /// Treat names a template reads but a page does not provide as errors.
    public var strict: Bool
    /// Called with a line at the start of each stage (for `--verbose` and long builds).
    public var progress: (@Sendable (String) -> Void)?
    /// Called once the new site is in the output folder, before the previous one is deleted (which can take
    /// longer than the build on some disks): the live preview reloads its pages at that moment.
    public var siteReplaced: (@Sendable () -> Void)?

    public init(
        siteRoot: String = ".", output: String? = nil, templates: String? = nil, includeDrafts: Bool = false,
        strict: Bool = false, progress: (@Sendable (String) -> Void)? = nil
    ) {
        self.siteRoot = siteRoot
        self.output = output ?? (siteRoot == "." ? "public" : siteRoot + "/public")
        self.templates = templates
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.progress = progress
    }

    var templatesFolder: String { templates ?? siteRoot + "/" + TemplateLoader.folder }

    /// How the templates folder is named in messages.
    var templatesDisplayRoot: String { templates.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? TemplateLoader.folder + "/" }
}

/// What a build did, for the line it ends with.
public struct BuildReport: Sendable {
    public var speeches: Int
    public var keywords: Int
    public var filesWritten: Int
    public var filesUnchanged: Int
    /// Pages rendered from their templates; the others were unchanged since the last build and kept.
    public var pagesRendered: Int
    /// Nothing changed since the last build, so nothing was done.
    public var upToDate: Bool
    public var seconds: Double
    public var warnings: [Diagnostic]
    /// One stage of a build, for `--verbose`: its time, and the process's peak memory when it ended.
    public struct Stage: Sendable {
        public var name: String
        public var seconds: Double
        /// nil where the system does not say.
        public var peakMiB: Int?
    }

    /// The stages, in order.
    public var stages: [Stage]
    public var output: String

    /// `built 5 speeches, 42 keywords: 65 pages and files (8 written, 57 unchanged; 9 pages rendered) in 0.21 s`
    public var summary: String {
        let time = seconds < 10 ? String(Double(Int(seconds * 100)) / 100) : String(Int(seconds.rounded()))
        if upToDate {
            return "nothing changed: \(speeches) speeches, \(keywords) keywords, \(filesUnchanged) pages and files up to date "
                + "(checked in \(time) s)"
        }
        return "built \(speeches) speeches, \(keywords) keywords: \(filesWritten + filesUnchanged) pages and files "
            + "(\(filesWritten) written, \(filesUnchanged) unchanged; \(pagesRendered) pages rendered) in \(time) s"
    }
}
