import Foundation
import PortalSupport
import WordDocument

/// The first stage: finds the site's files. Reads the small configuration files and lists the speech files;
/// speeches themselves are read in parallel by the parse stage.
struct ContentLoader {
    /// A file an editor wrote, with the path shown in messages.
    struct InputFile: Sendable, Hashable {
        var absolutePath: String
        /// Relative to the site folder, e.g. `content/speeches/2023-peixunban.md`.
        var displayPath: String
        var name: String
    }

    struct LoadedContent: Sendable {
        var config: SiteConfig
        /// `content/keywords.yml`, when there is one.
        var glossary: (text: String, path: String)?
        /// `content/keywords.lock`, when there is one.
        var lock: (text: String, path: String)?
        var speechFiles: [InputFile]
        var diagnostics: [Diagnostic]
    }

    let siteRoot: String
    /// Names and links that cannot be read are errors rather than warnings (`build --strict`).
    var strict = false

    init(siteRoot: String, strict: Bool = false) {
        self.siteRoot = siteRoot
        self.strict = strict
    }

    /// Folders nested deeper than this below `content/speeches` (linked ones included) are not read.
    static let maximumFolderDepth = 32

    static let contentFolder = "content"
    static let speechesFolder = "content/speeches"
    static let configFile = "content/site.yml"
    static let glossaryFile = "content/keywords.yml"
    /// The keyword addresses published so far (see `PublishedKeywords`).
    static let lockFile = "content/keywords.lock"

    /// The error when `siteRoot` has no `content/` (a mistyped `--source`, or run in the wrong folder): every
    /// command that reads or edits a site says so before it reads or writes anything.
    static func missingContentFolder(siteRoot: String) -> Diagnostic? {
        guard !FileSystem.isDirectory(siteRoot + "/" + contentFolder) else { return nil }
        return Diagnostic(ContentError.siteWithoutContentFolder(site: siteRoot), at: SourceLocation(file: contentFolder))
    }

    func load() -> LoadedContent {
        let (config, configDiagnostics) = loadConfig()
        var diagnostics = configDiagnostics

        // The glossary and the lock file may be missing; one that cannot be read is told.
        func optionalText(_ path: String) -> (String, String)? {
            switch readText(path, linksOutsideSite: config.linksOutsideSite) {
            case .missing: return nil
            case .text(let text): return (text, path)
            case .failed(let diagnostic):
                diagnostics.append(diagnostic)
                return nil
            }
        }
        let glossary = optionalText(Self.glossaryFile)
        let lock = optionalText(Self.lockFile)

        let speeches = listSpeechFiles(config: config, into: &diagnostics)
        return LoadedContent(config: config, glossary: glossary, lock: lock, speechFiles: speeches, diagnostics: diagnostics)
    }

    /// `content/site.yml`; the defaults when there is none, or where it is wrong.
    func loadConfig() -> (SiteConfig, [Diagnostic]) {
        // site.yml is what could allow links outside the site, so it may not be one itself.
        switch readText(Self.configFile, linksOutsideSite: false) {
        case .missing: (SiteConfig.defaults, [])
        case .text(let yaml): SiteConfig.read(yaml: yaml, file: Self.configFile)
        case .failed(let diagnostic): (SiteConfig.defaults, [diagnostic])
        }
    }

    private enum TextFile {
        case missing
        case text(String)
        case failed(Diagnostic)
    }

    private func readText(_ relativePath: String, linksOutsideSite: Bool) -> TextFile {
        let path = siteRoot + "/" + relativePath
        if !linksOutsideSite, let target = DirectoryWalker.linkTarget(path, outside: siteRoot) {
            return .failed(Diagnostic(
                FileListingError.linkOutsideSite(target: target, allowable: relativePath != Self.configFile),
                at: SourceLocation(file: relativePath)))
        }
        guard FileManager.default.fileExists(atPath: path) else { return .missing }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(Diagnostic(ContentError.unreadableSettingsFile, at: SourceLocation(file: relativePath)))
        }
        // The configuration files are read like speeches: whatever encoding an editor's tool saved them in.
        do {
            let text = try SpeechReader.decodeText([UInt8](data), path: relativePath).text
            return .text(text)
        } catch {
            return .failed(error)
        }
    }

    /// Hidden files, editors' backups and lock files (Word's and WPS's `~$讲话.docx`) are not speeches; nor is
    /// anything in a hidden folder.
    static func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") || name.hasPrefix("~$")
    }

    /// Every speech file below `content/speeches/`, sorted by path so builds are deterministic. Linked files
    /// and folders are read where they lie inside the site folder (or anywhere, when `site.yml` allows it);
    /// names and links that cannot be read are reported, never dropped without a word.
    private func listSpeechFiles(config: SiteConfig, into diagnostics: inout [Diagnostic]) -> [InputFile] {
        let folder = siteRoot + "/" + Self.speechesFolder
        var walker = DirectoryWalker()
        walker.skips = Self.isSkipped
        walker.followsLinkedFolders = true
        walker.reportsUndecodableNames = true
        walker.maxDepth = Self.maximumFolderDepth
        walker.confinedTo = config.linksOutsideSite ? nil : siteRoot
        let listing = walker.listing(under: folder)
        for skipped in listing.skipped {
            let display = skipped.path.isEmpty ? Self.speechesFolder : Self.speechesFolder + "/" + skipped.path
            diagnostics.append(Diagnostic(listingError(skipped.reason), at: SourceLocation(file: display)))
        }
        guard FileSystem.isDirectory(folder) else {
            if listing.skipped.isEmpty {
                diagnostics.append(Diagnostic(ContentError.noSpeechesFolder(Self.speechesFolder), at: SourceLocation(file: Self.speechesFolder)))
            }
            return []
        }
        var files: [InputFile] = []
        for relative in listing.files {
            let name = FilePath.lastComponent(of: relative)
            let display = Self.speechesFolder + "/" + relative
            if let refusal = WordDocument.unsupportedFileType(forFileNamed: name) {
                diagnostics.append(Diagnostic(ContentError.unreadableWordDocument(refusal), at: SourceLocation(file: display)))
                continue
            }
            guard SpeechFileName.speechExtensions.contains(SpeechFileName.fileExtension(of: name)) else {
                diagnostics.append(Diagnostic(ContentError.unsupportedFile(name), at: SourceLocation(file: display)))
                continue
            }
            files.append(InputFile(absolutePath: folder + "/" + relative, displayPath: display, name: name))
        }
        return files.sorted { $0.displayPath < $1.displayPath }
    }

    private func listingError(_ reason: DirectoryWalker.Skipped.Reason) -> FileListingError {
        switch reason {
        case .undecodableName: .undecodableName(strict: strict)
        case .danglingLink: .danglingLink(strict: strict)
        case .linkLoop: .linkLoop(strict: strict)
        case .outside(let target): .linkOutsideSite(target: target)
        }
    }
}
