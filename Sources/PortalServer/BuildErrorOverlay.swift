import PortalKit
import PortalSupport

/// The markup that shows a failed build in the browser: a banner over the last good page, or a whole page
/// when there is no site yet. Every diagnostic is HTML-escaped; the banner is a `<details>` element, so it
/// can be folded away without any script.
enum BuildErrorOverlay {
    static func banner(_ failure: BuildFailure) -> String {
        let count = failure.errorCount
        let heading = "portalgen: the build failed with \(count) error\(count == 1 ? "" : "s") — "
            + "this is the last good version of the site"
        let text = failure.diagnostics.map(\.description).joined(separator: "\n\n")
        return """
            <details id="portalgen-build-errors" open role="alert">
            <summary>\(escape(heading))</summary>
            <pre>\(escape(text))</pre>
            <p>Fix the files and save: the page reloads by itself. (Only the preview shows this.)</p>
            </details>
            """
    }

    /// A whole page for when nothing can be served: no site was ever built, or the output folder is gone.
    static func page(_ failure: BuildFailure?, version: String) -> [UInt8] {
        let body = failure.map(banner) ?? """
            <p>portalgen has no site to show yet: the output folder is missing. Save a file in content/ to build again.</p>
            """
        let html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>portalgen: no site to show</title>
            <link rel="stylesheet" href="\(PreviewAssets.stylePath)">
            </head>
            <body>
            \(body)
            \(PageInjector.scriptTag(version: version))
            </body>
            </html>

            """
        return Array(html.utf8)
    }

    static func escape(_ text: String) -> String {
        text.escapedForHTML
    }
}
