import PortalSupport

extension SiteBuilder {
    /// The folders a build needs, checked before it takes the output lock or reads a speech: a mistyped
    /// `--source` or a missing `templates/` is told at once, not after every speech of a large site was read
    /// (and a mistyped `--source` does not become a new folder with an empty site in it). `portalgen serve`
    /// checks them before it writes its preview folder.
    public func checkFolders() throws(BuildFailure) {
        var problems = [ContentLoader.missingContentFolder(siteRoot: options.siteRoot)].compactMap { $0 }
        if let problem = ThemeLoader.folderProblem(directory: options.templatesFolder, displayRoot: options.templatesDisplayRoot) {
            problems.append(problem)
        }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }
}
