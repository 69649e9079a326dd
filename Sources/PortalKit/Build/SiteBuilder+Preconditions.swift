import PortalSupport

extension SiteBuilder {
    /// The folders a build needs, checked before it takes the output lock or reads a speech: a mistyped
    /// `--source` or a missing `templates/` is told at once, not after every speech of a large site was read
    /// (and a mistyped `--source` does not become a new folder with an empty site in it).
    func checkFolders() throws(BuildFailure) {
        var problems: [Diagnostic] = []
        let content = ContentLoader.contentFolder
        if !FileSystem.isDirectory(options.siteRoot + "/" + content) {
            problems.append(Diagnostic(ContentError.siteWithoutContentFolder(site: options.siteRoot), at: SourceLocation(file: content)))
        }
        let templates = options.templatesFolder
        if let problem = ThemeLoader.folderProblem(directory: templates, displayRoot: options.templatesDisplayRoot) {
            problems.append(problem)
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }
}
