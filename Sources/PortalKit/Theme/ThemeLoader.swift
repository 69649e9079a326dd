import PortalSupport
import TemplateEngine

/// The theme a site is built with: its templates and the labels the build writes into pages.
struct Theme: Sendable {
    var templates: TemplateLibrary
    var labels: ThemeLabels
}

/// Loads the theme once per build, and lists its static files.
enum ThemeLoader {
    static let folder = "templates"
    /// Files under `templates/static/` are copied to the site's static folder.
    static let staticFolder = "static"

    /// Parses every template below `directory`, checks the site has a template for each page kind, and reads
    /// the labels. Nil when the theme cannot be used; the diagnostics say why (and warn of what is ignored).
    /// - Parameter displayRoot: how the folder is named in messages (`templates/`).
    static func load(directory: String, displayRoot: String) -> (Theme?, [Diagnostic]) {
        let templates: TemplateLibrary
        do {
            templates = try loadTemplates(directory: directory, displayRoot: displayRoot)
        } catch {
            return (nil, [error])
        }
        let (labels, diagnostics) = loadLabels(directory: directory, displayRoot: displayRoot)
        return (labels.map { Theme(templates: templates, labels: $0) }, diagnostics)
    }

    /// The error when `directory` is no folder, which a build finds before it reads any content.
    static func folderProblem(directory: String, displayRoot: String) -> Diagnostic? {
        FileSystem.isDirectory(directory) ? nil : Diagnostic(ThemeError.noTemplatesFolder, at: SourceLocation(file: displayRoot))
    }

    private static func loadTemplates(directory: String, displayRoot: String) throws(Diagnostic) -> TemplateLibrary {
        if let problem = folderProblem(directory: directory, displayRoot: displayRoot) { throw problem }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(loader: TemplateFolder(directory: directory), displayRoot: displayRoot)
        } catch {
            throw diagnostic(for: error)
        }
        let missing = SiteViews.requiredTemplates.filter { !library.contains($0) }
        if let first = missing.first {
            throw Diagnostic(
                ThemeError.missingPageTemplates(missing, folder: displayRoot), at: SourceLocation(file: displayRoot + first + ".mustache"))
        }
        return library
    }

    private static func loadLabels(directory: String, displayRoot: String) -> (ThemeLabels?, [Diagnostic]) {
        let shown = displayRoot + ThemeLabels.fileName
        guard let bytes = FileSystem.readBytes(directory + "/" + ThemeLabels.fileName) else {
            return (nil, [Diagnostic(ThemeError.noLabels(folder: displayRoot), at: SourceLocation(file: shown))])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [Diagnostic(ThemeError.notUTF8, at: SourceLocation(file: shown))])
        }
        return ThemeLabels.read(yaml: text, file: shown)
    }

    /// A template error as the build prints it: place, message, the line with a caret under the tag, a hint.
    static func diagnostic(for error: TemplateError) -> Diagnostic {
        Diagnostic(
            ThemeError.template(error), at: SourceLocation(file: error.file, line: error.line, column: error.column),
            excerpt: error.sourceLine.isEmpty ? nil : error.sourceExcerpt)
    }

    /// The theme's static files (stylesheet, scripts, images), as paths relative to `templates/static/`.
    static func staticFiles(in directory: String) -> [String] {
        FileSystem.listFiles(under: directory + "/" + staticFolder).filter {
            !$0.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }
}
