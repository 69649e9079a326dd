import Foundation
import PortalTestSupport

/// What a built speech page shows of a speech, read from its HTML (the default templates): the `<h1>`, the
/// values of the header, the document's own header lines, the headings, and the speech's text.
struct SpeechPage {
    let html: String

    init(_ output: URL, slug: String) throws {
        html = try String(contentsOf: output.appendingPathComponent("speeches/\(slug)/index.html"), encoding: .utf8)
    }

    /// The text between `start` and the next `end` after it, or nil.
    func between(_ start: String, _ end: String, in text: String? = nil) -> String? {
        let text = text ?? html
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }

    var title: String { RenderedText.text(ofHTML: between("<h1 id=\"speech-title\">", "</h1>") ?? "") }
    /// The header's values (other speeches listed further down have dates too).
    var meta: String { between("<dl class=\"speech-meta\">", "</dl>") ?? "" }
    var datetime: String? { between("<time datetime=\"", "\"", in: meta) }
    /// The header's `<dd>` after `<dt>name</dt>`.
    func value(_ name: String) -> String? { between("<dt>\(name)</dt><dd>", "</dd>", in: meta).map(RenderedText.text(ofHTML:)) }
    var occasion: String? { value("场合") }
    var speaker: String? { value("讲话人") }

    /// The document's own header lines: role and text.
    var documentHeader: [String] {
        guard let block = between("<div class=\"document-header\">", "</div>") else { return [] }
        return block.components(separatedBy: "<p class=\"document-header-").dropFirst().map { part in
            let role = part.prefix { $0 != "\"" }
            let text = part.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" }
            return "\(role) \(RenderedText.text(ofHTML: String(text)))"
        }
    }

    /// The headings of the speech's text, in order: level and text.
    var headings: [String] {
        let body = speechHTML
        let pattern = try! NSRegularExpression(pattern: "<h([2-6]) id=\"[^\"]*\">([^<]*)</h[2-6]>")
        return pattern.matches(in: body, range: NSRange(body.startIndex..., in: body)).map { match in
            let level = body[Range(match.range(at: 1), in: body)!]
            let text = RenderedText.text(ofHTML: String(body[Range(match.range(at: 2), in: body)!]))
            return "\(level) " + text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The speech as the page shows it below the header: the document's header lines, the text and the notes
    /// (without the notes' heading, a word of the template).
    var speechHTML: String {
        (between("<div class=\"speech-body\">", "<footer class=\"speech-footer\">") ?? "")
            .replacingOccurrences(of: "<h2 id=\"notes-title\">注释</h2>", with: "")
    }

    /// nil when the page shows `source` whole, in order: the `<h1>` (when the title is made of the source's
    /// title lines), then the speech; else where they part.
    func differenceFrom(source: String) -> String? {
        guard let withTitle = RenderedText.difference(source: source, title: title, html: speechHTML) else { return nil }
        return RenderedText.difference(source: source, title: nil, html: speechHTML).map { _ in withTitle }
    }
}
