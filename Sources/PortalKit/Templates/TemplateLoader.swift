import PortalSupport
import TemplateEngine

/// Loads the site's templates once per build, and lists the theme's static files.
enum TemplateLoader {
    static let folder = "templates"
    /// Files under `templates/static/` are copied to `static/` in the site.
    static let staticFolder = "static"

    /// Parses every template below `directory`, and checks the site has a template for each page kind.
    /// - Parameter displayRoot: how the folder is named in messages (`templates/`).
    static func load(directory: String, displayRoot: String) throws(Diagnostic) -> TemplateLibrary {
        guard FileSystem.isDirectory(directory) else {
            throw .error(
                at: SourceLocation(file: displayRoot), "there is no templates folder",
                hint: "copy the `templates/` folder of portalgen's repository next to `content/`, or pass `--templates DIR`")
        }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary(directory: directory, displayRoot: displayRoot)
        } catch {
            throw diagnostic(for: error)
        }
        let missing = SiteViews.requiredTemplates.filter { !library.contains($0) }
        if let first = missing.first {
            throw .error(
                at: SourceLocation(file: displayRoot + first + ".mustache"),
                "the template for \(missing.count == 1 ? "this page kind is" : "these page kinds is") missing: \(missing.joined(separator: ", "))",
                hint: "every site needs \(SiteViews.requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", ")) in \(displayRoot)")
        }
        return library
    }

    /// A template error as the build prints it: place, message, the line with a caret, and a hint.
    static func diagnostic(for error: TemplateError) -> Diagnostic {
        let caret = String(repeating: " ", count: max(0, error.column - 1)) + "^"
        let gutter = String(error.line)
        let excerpt = "  \(gutter) | \(error.sourceLine)\n  \(String(repeating: " ", count: gutter.count)) | \(caret)"
        return Diagnostic(
            .error, at: SourceLocation(file: error.file, line: error.line, column: error.column), error.message,
            hint: error.hint, excerpt: error.sourceLine.isEmpty ? nil : excerpt)
    }

    /// The theme's static files (stylesheet, scripts, images), as paths relative to `templates/static/`.
    static func staticFiles(in directory: String) -> [String] {
        FileSystem.listFiles(under: directory + "/" + staticFolder).filter {
            !$0.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }
}
