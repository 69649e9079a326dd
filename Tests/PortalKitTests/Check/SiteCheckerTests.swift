import Foundation
import PortalSupport
import Testing
@testable import PortalKit

@Suite struct SiteCheckerTests {
    /// A built site on disk: page path → HTML body.
    static func site(_ pages: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
        for (path, body) in pages {
            let file = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("<!DOCTYPE html><html><body>\(body)</body></html>".utf8).write(to: file)
        }
        return root
    }

    @Test func aSoundSiteHasNoProblems() throws {
        let root = try Self.site([
            "index.html": #"<a href="a/index.html#p1">a</a> <a href="https://example.org/">x</a> <img src="static/i.png">"#,
            "a/index.html": #"<p id="p1"><a href="../index.html">home</a> <a href="../a/">self</a></p>"#,
            "404.html": #"<a href="/index.html">home</a>"#,
            "static/i.png": "",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = SiteChecker(site: root).check()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(report.pages == 3)
        #expect(report.links == 5)
    }

    @Test func oldParagraphNumbersAndTextDirectivesAreAnswered() throws {
        let root = try Self.site([
            "index.html": #"<a href="a/index.html#p2">2</a> <a href="a/index.html#p-k3x9q2:~:text=%E4%B8%80">t</a> <a href="a/index.html#p3">3</a>"#,
            "a/index.html": #"<h2 id="p-title">t</h2><p id="p-k3x9q2"><a href="../index.html">home</a></p><p id="p-abcdef-2">二</p>"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = SiteChecker(site: root).check()
        // Two paragraphs: `#p2` is the second, `#p3` names none.
        #expect(report.problems.count == 1)
        #expect(report.problems.first?.description.contains("#p3") == true, "\(report.problems)")
    }

    @Test func everyBrokenLinkAndUnreachablePageIsADiagnosticAtItsPage() throws {
        let root = try Self.site([
            "index.html": #"<a href="a/index.html#nowhere">a</a> <a href="gone.html">g</a> <a href="/abs.html">b</a> <a href="../../up">u</a> <a href="">e</a> <a href="%zz">p</a>"#,
            "a/index.html": #"<p>nothing links to b</p>"#,
            "b/index.html": "",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = SiteChecker(site: root).check()
        #expect(report.problems.map(\.description) == [
            "b/index.html: error: no link leads here from the home page",
            "index.html: error: `` is empty",
            "index.html: error: `%zz` has a broken percent-encoding",
            "index.html: error: `../../up` leaves the site's folder",
            "index.html: error: `/abs.html` is absolute; links must be relative so the site works under any path",
            "index.html: error: `a/index.html#nowhere` points to #nowhere, which a/index.html does not have",
            "index.html: error: `gone.html` points to gone.html, which the site does not have",
        ])
        #expect(report.problems.map(\.message.key) == [
            .unreachablePage, .emptyLink, .brokenPercentEncoding, .linkLeavesSite, .absoluteLink, .missingAnchor, .missingLinkTarget,
        ])
    }

    @Test func aSiteWithoutAHomePageSaysSo() throws {
        let root = try Self.site(["a.html": ""])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(SiteChecker(site: root).check().problems.map(\.message.key) == [.noHomePage])
    }

    @Test func linksResolveAsABrowserResolvesThem() {
        #expect(SiteChecker.resolve("../b/", from: "a/index.html") == .internal(path: "b/index.html", fragment: nil))
        #expect(SiteChecker.resolve("#%E4%B8%80", from: "a/index.html") == .internal(path: "a/index.html", fragment: "一"))
        #expect(SiteChecker.resolve("x.html?q=1#f", from: "index.html") == .internal(path: "x.html", fragment: "f"))
        #expect(SiteChecker.resolve("mailto:a@b", from: "index.html") == .external)
        #expect(SiteChecker.resolve("//cdn.example/x.js", from: "index.html") == .external)
    }
}
