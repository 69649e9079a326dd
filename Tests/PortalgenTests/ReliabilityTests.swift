import Foundation
import Testing

/// The guarantees of the README's "Reliability" section, each on a real site in a temporary folder: links and
/// names that cannot be read are reported, links leaving the site are refused, an empty build never replaces a
/// site with speeches, long keywords get folders, and front matter aliases cannot multiply a build's work.
@Suite(.timeLimit(.minutes(2))) struct ReliabilityTests {
    /// A copy of Tests/Fixtures/valid/basic in a fresh folder, with `public/` as its output.
    struct Site {
        let work: URL
        var root: URL { work.appendingPathComponent("site") }
        var speeches: URL { root.appendingPathComponent("content/speeches") }
        var output: URL { root.appendingPathComponent("public") }

        init() throws {
            work = try Portalgen.temporaryFolder()
            try FileManager.default.copyItem(
                at: Portalgen.fixtures.appendingPathComponent("valid/basic"), to: work.appendingPathComponent("site"))
        }

        func build(_ extra: [String] = []) throws -> Portalgen.Run {
            try Portalgen.run(["build", "--templates", Portalgen.templates] + extra, in: root)
        }

        func link(_ path: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: target)
        }

        func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(path))
        }

        func remove() { try? FileManager.default.removeItem(at: work) }
    }

    @Test func aLinkedSpeechesFolderInsideTheSiteIsRead() throws {
        let site = try Site()
        defer { site.remove() }
        try FileManager.default.moveItem(at: site.speeches, to: site.root.appendingPathComponent("kept"))
        try site.link("content/speeches", to: "../kept")
        let run = try site.build()
        try #require(run.status == 0, "\(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speeches/2023-10-first/index.html").path))
    }

    @Test func linksOutsideTheSiteAreRefusedUnlessSiteYmlAllowsThem() throws {
        let site = try Site()
        defer { site.remove() }
        let first = try site.build()
        try #require(first.status == 0, "\(first.standardError)")
        let before = Portalgen.snapshot(site.output)

        let outside = site.work.appendingPathComponent("elsewhere.md")
        try Data("---\ntitle: 站外的讲话\n---\n站外的正文。\n".utf8).write(to: outside)
        try site.link("content/speeches/x.txt", to: "/etc/passwd")
        try site.link("content/speeches/elsewhere.md", to: outside.path)
        let refused = try site.build()
        #expect(refused.status == 1)
        #expect(refused.standardError.contains(
            "content/speeches/x.txt: error: this link leads outside the site folder, to `/etc/passwd`, so it is not read"))
        #expect(refused.standardError.contains("content/speeches/elsewhere.md: error: this link leads outside the site folder"))
        #expect(refused.standardError.contains("`links_outside_site: true` in content/site.yml"))
        #expect(Portalgen.snapshot(site.output) == before)

        try FileManager.default.removeItem(at: site.speeches.appendingPathComponent("x.txt"))
        let config = try String(contentsOf: site.root.appendingPathComponent("content/site.yml"), encoding: .utf8)
        try site.write("content/site.yml", config + "\nlinks_outside_site: true\n")
        let allowed = try site.build()
        try #require(allowed.status == 0, "\(allowed.standardError)")
        let page = try String(contentsOf: site.output.appendingPathComponent("speeches/elsewhere/index.html"), encoding: .utf8)
        #expect(page.contains("站外的正文。"))
    }

    @Test func namesAndLinksThatCannotBeReadAreReportedAndStrictMakesThemErrors() throws {
        let site = try Site()
        defer { site.remove() }
        try site.link("content/speeches/dangling.md", to: "nothing.md")
        try site.link("content/speeches/loop.md", to: "loop.md")
        // A name with a byte that is not UTF-8 (Foundation would not make it).
        let name = Array(site.speeches.appendingPathComponent("a").path.utf8) + [0xFF] + Array(".md".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644)
        }
        try #require(descriptor >= 0)
        close(descriptor)

        let run = try site.build()
        #expect(run.status == 0, "\(run.standardError)")
        for line in [
            "content/speeches/a\u{FFFD}.md: warning: this file's name is not valid UTF-8",
            "content/speeches/dangling.md: warning: this is a link to a file that does not exist, so it is left out",
            "content/speeches/loop.md: warning: this link leads back to itself",
        ] {
            #expect(run.standardError.contains(line) || run.standardOutput.contains(line), "\(line)\n\(run.standardError)")
        }
        let strict = try site.build(["--strict"])
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("content/speeches/dangling.md: error: this is a link to a file that does not exist"))

        let chinese = try site.build(["--lang", "zh"])
        #expect((chinese.standardError + chinese.standardOutput).contains("content/speeches/loop.md: 注意：这个快捷方式（链接）绕回了自己"))
    }

    @Test func anEmptyBuildDoesNotReplaceASiteWithSpeechesWithoutAllowEmpty() throws {
        let site = try Site()
        defer { site.remove() }
        let first = try site.build()
        try #require(first.status == 0, "\(first.standardError)")
        let before = Portalgen.snapshot(site.output)

        // The folder moved away, and an empty one in its place (a sync tool, a rename).
        try FileManager.default.moveItem(at: site.speeches, to: site.root.appendingPathComponent("moved"))
        try FileManager.default.createDirectory(at: site.speeches, withIntermediateDirectories: true)
        let refused = try site.build()
        #expect(refused.status == 1)
        #expect(refused.standardError.contains(
            "content/speeches: error: this build found no speeches, but the site in `public` has 3: nothing was published"))
        #expect(refused.standardError.contains("--allow-empty"))
        #expect(Portalgen.snapshot(site.output) == before)

        let allowed = try site.build(["--allow-empty"])
        try #require(allowed.status == 0, "\(allowed.standardError)")
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("speeches/2023-10-first").path))
        // Once published empty, an empty build is no surprise any more.
        #expect(try site.build().status == 0)
    }

    @Test func aGlossaryTermTooLongForAFolderNameGetsAShortenedOne() throws {
        let site = try Site()
        defer { site.remove() }
        let term = String(repeating: "劳动精神", count: 25)  // 100 characters, 300 bytes
        try site.write("content/keywords.yml", "keywords:\n  - term: \(term)\n  - term: \(term)啊\n")
        try site.write("content/speeches/long.md", "---\ntitle: 长词\n---\n今天讲\(term)，还有\(term)啊。\n")
        let run = try site.build()
        try #require(run.status == 0, "\(run.standardError)")
        let folders = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("keywords").path)
            .filter { $0.hasPrefix("劳动精神") }
        #expect(folders.count == 2)
        #expect(folders.allSatisfy { $0.utf8.count <= 200 })
        let check = try Portalgen.run(["check", "--site", site.output.path], in: site.root)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        // The same folders on the next build.
        try FileManager.default.removeItem(at: site.output)
        _ = try site.build()
        let again = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("keywords").path)
            .filter { $0.hasPrefix("劳动精神") }
        #expect(Set(again) == Set(folders))
    }

    @Test func frontMatterAliasesThatWouldMultiplyTheWorkAreRefusedAtTheirLine() throws {
        let site = try Site()
        defer { site.remove() }
        let anchor = String(repeating: "劳模精神", count: 87_000)  // about 1 MB
        let items = Array(repeating: "*s", count: 30_000).joined(separator: ", ")
        try site.write("content/speeches/aliases.md", "---\ntitle: 锚点\nsummary: &s \(anchor)\nkeywords: [\(items)]\n---\n正文。\n")
        let run = try site.build()
        #expect(run.status == 1)
        #expect(run.standardError.contains("content/speeches/aliases.md:4:1: error: `keywords` repeats an anchored value"))
    }
}

extension ReliabilityTests {
    @Test func settingsFilesLinkedFromOutsideTheSiteAreRefused() throws {
        let site = try Site()
        defer { site.remove() }
        let outside = site.work.appendingPathComponent("keywords.yml")
        try FileManager.default.moveItem(at: site.root.appendingPathComponent("content/keywords.yml"), to: outside)
        try site.link("content/keywords.yml", to: outside.path)
        let refused = try site.build()
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("content/keywords.yml: error: this link leads outside the site folder"))

        let config = site.root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        let outsideConfig = site.work.appendingPathComponent("site.yml")
        try Data((text + "\nlinks_outside_site: true\n").utf8).write(to: outsideConfig)
        try FileManager.default.removeItem(at: config)
        try site.link("content/site.yml", to: outsideConfig.path)
        let stillRefused = try site.build()
        #expect(stillRefused.status == 1)
        #expect(stillRefused.standardError.contains("content/site.yml: error: this link leads outside the site folder"))
        #expect(stillRefused.standardError.contains("site.yml itself is always read from inside the site"))

        // Written inside the site, the setting lets the glossary's link be read.
        try FileManager.default.removeItem(at: config)
        try FileManager.default.moveItem(at: outsideConfig, to: config)
        let allowed = try site.build()
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }
}

extension ReliabilityTests {
    @Test func anEditInALinkedFolderIsBuilt() throws {
        let site = try Site()
        defer { site.remove() }
        let kept = site.root.appendingPathComponent("kept")
        try FileManager.default.moveItem(at: site.speeches, to: kept)
        try site.link("content/speeches", to: "../kept")
        // Every input an hour old, so that only the file list (not an edit's recency) can tell the cache of the change.
        let anHourAgo: [FileAttributeKey: Any] = [.modificationDate: Date().addingTimeInterval(-3600)]
        let enumerator = try #require(FileManager.default.enumerator(atPath: site.root.path))
        while let relative = enumerator.nextObject() as? String {
            try FileManager.default.setAttributes(anHourAgo, ofItemAtPath: site.root.appendingPathComponent(relative).path)
        }
        try #require(try site.build().status == 0)
        let file = kept.appendingPathComponent("2023-10-first.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data((text + "\n链接文件夹里新加的一句。\n").utf8).write(to: file)
        try FileManager.default.setAttributes(anHourAgo, ofItemAtPath: file.path)
        let run = try site.build()
        try #require(run.status == 0, "\(run.standardError)")
        let page = try String(contentsOf: site.output.appendingPathComponent("speeches/2023-10-first/index.html"), encoding: .utf8)
        #expect(page.contains("链接文件夹里新加的一句。"))
    }
}
