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
    /// A placeholder of `portalgen new` or `import` left in a speech is an error (a page that would be
    /// published); the preview, which publishes nothing, makes it a warning.
    public var placeholdersAreErrors = true
    /// Publish a site without speeches even where the output folder holds one with speeches (which is
    /// otherwise refused: a moved or unreadable `content/speeches` must not empty the published site).
    public var allowEmpty = false
    /// How long a build waits, in seconds, for another build of the same output folder to finish before it
    /// gives up (and changes nothing).
    public var lockTimeout: Double = 60
    /// Called at the start of each stage (for `--verbose` and long builds).
    public var progress: (@Sendable (BuildStage) -> Void)?
    /// Called once the new site is in the output folder, before the previous one is deleted (which can take
    /// longer than the build on some disks): the live preview reloads its pages at that moment.
    public var siteReplaced: (@Sendable () -> Void)?

    public init(
        siteRoot: String = ".", output: String? = nil, templates: String? = nil, includeDrafts: Bool = false,
        strict: Bool = false, progress: (@Sendable (BuildStage) -> Void)? = nil
    ) {
        self.siteRoot = siteRoot
        self.output = output ?? (siteRoot == "." ? "public" : siteRoot + "/public")
        self.templates = templates
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.progress = progress
    }

    var templatesFolder: String { templates ?? siteRoot + "/" + ThemeLoader.folder }

    /// How the templates folder is named in messages.
    var templatesDisplayRoot: String { templates.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ThemeLoader.folder + "/" }
}
