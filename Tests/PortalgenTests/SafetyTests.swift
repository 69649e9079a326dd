import Foundation
import PortalKit
import Testing

/// Tests/Fixtures/valid/hostile puts `<script>`, quotes and `</script>` into every field an editor writes:
/// site title and description, glossary terms and descriptions, speech titles, metadata, keywords, and raw
/// HTML and `javascript:` links in the body. Nothing of it may become markup or code on any page.
@Suite struct SafetyTests {
    static let site = Portalgen.fixtures.appendingPathComponent("valid/hostile")

    static func build() throws -> (URL, URL) {
        let work = try Portalgen.temporaryFolder()
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "--templates", Portalgen.templates, "--output", output.path], in: site)
        try #require(run.status == 0, "\(run.standardError)")
        return (work, output)
    }

    static func files(_ output: URL) -> [(String, String)] {
        Portalgen.snapshot(output).map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }.sorted { $0.0 < $1.0 }
    }

    @Test func noPageGetsMarkupOrScriptFromContent() throws {
        let (work, output) = try Self.build()
        defer { try? FileManager.default.removeItem(at: work) }
        let pages = Self.files(output).filter { $0.0.hasSuffix(".html") }
        #expect(pages.count >= 8)
        var kinds: Set<String> = []
        for (path, html) in pages {
            kinds.insert(String(path.split(separator: "/").first ?? ""))
            let scanner = HTMLScanner(html)
            for tag in scanner.tags {
                // The theme has inline SVG charts and no embedded documents; content brings no tags at all.
                #expect(!["iframe", "object", "embed", "frame", "base", "meta"].contains(tag.name) || tag.name == "meta" && tag.attributes["http-equiv"] == nil,
                        "\(path): <\(tag.name)> from content")
                if tag.name == "script", !(path == "404.html" && tag.attributes["data-root"] != nil) {
                    // Only the site's own scripts, loaded from its static and search folders (and the 404 page's
                    // own, from the theme: it sets the base over HTTP, and no file could be found from everywhere).
                    let source = tag.attributes["src"] ?? ""
                    #expect(source.hasSuffix(".js") && !source.contains(":"), "\(path): inline or foreign <script> \(tag)")
                }
                for (attribute, value) in tag.attributes {
                    #expect(!attribute.hasPrefix("on"), "\(path): event handler \(attribute)=\(value) on <\(tag.name)>")
                    if ["href", "src", "action"].contains(attribute) {
                        let scheme = value.lowercased().trimmingCharacters(in: .whitespaces)
                        #expect(!scheme.hasPrefix("javascript:") && !scheme.hasPrefix("data:"), "\(path): \(attribute)=\(value)")
                    }
                }
            }
            // The hostile text is still there, as text.
            #expect(!html.contains("<script>alert"), "\(path)")
        }
        #expect(kinds.isSuperset(of: ["index.html", "speeches", "keywords", "archive", "search", "404.html"]))
        let speech = try #require(pages.first { $0.0 == "speeches/hostile/index.html" }?.1)
        #expect(speech.contains("标题&lt;/title&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;&quot;&#39;"))
        #expect(speech.contains("讲话人&quot; onmouseover=&quot;alert(1)"))
    }

    @Test func feedAndSitemapStayWellFormedXML() throws {
        let (work, output) = try Self.build()
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["feed.xml", "sitemap.xml"] {
            let data = try Data(contentsOf: output.appendingPathComponent(name))
            let xml = String(decoding: data, as: UTF8.self)
            #expect(!xml.contains("<script"), "\(name)")
            #expect(XMLWellFormedness.check(data) == nil, "\(name): \(XMLWellFormedness.check(data) ?? "")")
        }
    }

    @Test func scriptFilesCannotBeBrokenOutOfFromContent() throws {
        let (work, output) = try Self.build()
        defer { try? FileManager.default.removeItem(at: work) }
        let scripts = Self.files(output).filter { $0.0.hasSuffix(".js") && !$0.0.hasPrefix("static/") }
        for (path, text) in scripts {
            #expect(!text.lowercased().contains("</script"), "\(path)")
            #expect(!text.contains("\u{2028}") && !text.contains("\u{2029}"), "\(path)")
            #expect(!text.contains("<script>alert"), "\(path)")
        }
    }
}
