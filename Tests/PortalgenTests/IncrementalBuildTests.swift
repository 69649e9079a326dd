import Foundation
import Testing

/// The build cache: nothing to do when nothing changed; after an edit, only the pages that show the edited
/// speech are rendered; a damaged cache or a changed output is never trusted.
@Suite struct IncrementalBuildTests {
    /// A copy of the fixture site, built once.
    static func builtSite() throws -> (work: URL, site: URL, output: URL, arguments: [String]) {
        let work = try Portalgen.temporaryFolder()
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Portalgen.fixtures.appendingPathComponent("valid/basic"), to: site)
        // Sources older than the cache by more than the cache's trust margin.
        let old = Date(timeIntervalSinceNow: -3600)
        for path in Portalgen.snapshot(site).keys {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: site.appendingPathComponent(path).path)
        }
        let output = work.appendingPathComponent("public")
        let arguments = ["build", "--templates", Portalgen.templates, "--output", output.path]
        let first = try Portalgen.run(arguments, in: site)
        try #require(first.status == 0, "\(first.standardError)")
        return (work, site, output, arguments)
    }

    static func rendered(_ run: Portalgen.Run) -> Int? {
        guard let range = run.standardOutput.range(of: #"; (\d+) pages rendered"#, options: .regularExpression) else { return nil }
        return Int(run.standardOutput[range].filter(\.isNumber))
    }

    @Test func noChangeMeansNothingToDo() throws {
        let (work, site, output, arguments) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: work) }
        let before = Portalgen.snapshot(output)
        let again = try Portalgen.run(arguments, in: site)
        #expect(again.status == 0)
        #expect(again.standardOutput.hasPrefix("nothing changed: 3 speeches"))
        #expect(Portalgen.snapshot(output) == before)
    }

    @Test func anEditRendersOnlyThePagesThatShowIt() throws {
        let (work, site, output, arguments) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: work) }
        let speech = site.appendingPathComponent("content/speeches/2024-second.md")
        let text = try String(contentsOf: speech, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "X同志，x元。", with: "X同志，x元。又加了一句。").utf8).write(to: speech)
        let index = output.appendingPathComponent("index.html").path
        let homeBefore = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date

        let run = try Portalgen.run(arguments, in: site)
        #expect(run.status == 0, "\(run.standardError)")
        // The edited speech's page; the others, the keyword pages and the lists do not show that sentence.
        #expect(Self.rendered(run) == 1, "\(run.standardOutput)")
        let page = try String(contentsOf: output.appendingPathComponent("speeches/2024-second/index.html"), encoding: .utf8)
        #expect(page.contains("又加了一句。"))
        #expect(try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date == homeBefore)
    }

    @Test func aNewTitleReachesEveryPageThatListsTheSpeech() throws {
        let (work, site, output, arguments) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: work) }
        let speech = site.appendingPathComponent("content/speeches/2024-second.md")
        let text = try String(contentsOf: speech, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "title: 在全委会议上的讲话", with: "title: 在全委会议上的重要讲话").utf8).write(to: speech)
        let run = try Portalgen.run(arguments, in: site)
        #expect(run.status == 0)
        let rendered = try #require(Self.rendered(run))
        #expect(rendered > 3 && rendered < Portalgen.snapshot(output).count)
        for path in ["index.html", "archive/2024/index.html", "speeches/2023-10-first/index.html", "keywords/两个确立/index.html"] {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            #expect(html.contains("在全委会议上的重要讲话"), "\(path)")
        }
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let (work, site, output, arguments) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: work) }
        let cacheFolder = work.appendingPathComponent(".portalgen-cache")
        for file in try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path) where file.hasSuffix(".cache") {
            let url = cacheFolder.appendingPathComponent(file)
            var bytes = [UInt8](try Data(contentsOf: url))
            bytes[bytes.count / 2] ^= 0xFF
            try Data(bytes).write(to: url)
        }
        let run = try Portalgen.run(arguments, in: site)
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("built 3 speeches"))
        #expect(Portalgen.snapshot(output)["index.html"] != nil)
    }

    @Test func aChangedOutputFileIsWrittenAgain() throws {
        let (work, site, output, arguments) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = output.appendingPathComponent("speeches/2023-10-first/index.html")
        let original = try Data(contentsOf: page)
        try Data("被人改过".utf8).write(to: page)
        try FileManager.default.removeItem(at: output.appendingPathComponent("feed.xml"))
        let run = try Portalgen.run(arguments, in: site)
        #expect(run.status == 0)
        #expect(try Data(contentsOf: page) == original)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("feed.xml").path))
    }
}
