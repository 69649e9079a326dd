import PortalSupport

extension SiteBuilder {
    /// The folders a build needs, checked before it takes the output lock or reads a speech: a mistyped
    /// `--source` or a missing `templates/` is told at once, not after every speech of a large site was read
    /// (and a mistyped `--source` does not become a new folder with an empty site in it). `portalgen serve`
    /// checks them before it writes its preview folder.
    public func checkFolders() throws(BuildFailure) {
        let problems = [
            ContentLoader.missingContentFolder(siteRoot: options.siteRoot),
            ThemeLoader.folderProblem(directory: options.templatesFolder, displayRoot: options.templatesDisplayRoot),
        ].compactMap { $0 }
        if !problems.isEmpty { throw BuildFailure(problems) }
    }
}
