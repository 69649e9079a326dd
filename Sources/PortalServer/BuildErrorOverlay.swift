import PortalKit
import PortalSupport

/// The markup that shows a failed build in the browser: a banner over the last good page, or a whole page
/// when there is no site yet, in the language of the site's pages (`language` in site.yml). Every
/// diagnostic is HTML-escaped; the banner is a `<details>` element, so it can be folded away without any
/// script.
enum BuildErrorOverlay {
    static func banner(_ failure: BuildFailure, in language: MessageLanguage) -> String {
        let catalogue = language.catalogue
        let heading = catalogue.text(Message(.overlayHeading, [
            "errors": StatusLine.count(failure.errorCount, one: .countErrorOne, many: .countErrors),
        ]))
        let text = failure.diagnostics.map { $0.text(in: catalogue) }.joined(separator: "\n\n")
        return """
            <details id="portalgen-build-errors" open role="alert" lang="\(language.rawValue)">
            <summary>\(escape(heading))</summary>
            <pre>\(escape(text))</pre>
            <p>\(escape(catalogue.text(Message(.overlayFixAndSave))))</p>
            </details>
            """
    }

    /// A whole page for when nothing can be served: no site was ever built, or the output folder is gone.
    static func page(_ failure: BuildFailure?, version: String, language: MessageLanguage) -> [UInt8] {
        let catalogue = language.catalogue
        let body = failure.map { banner($0, in: language) }
            ?? "<p>\(escape(catalogue.text(Message(.overlayNoSite))))</p>"
        let html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(catalogue.text(Message(.overlayNoSiteTitle))))</title>
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
