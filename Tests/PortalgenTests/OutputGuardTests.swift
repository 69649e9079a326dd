import Foundation
import Testing

/// The output folder and the cache are never trusted blindly, and one build at a time writes a site: each
/// case with real processes and files, each bounded in time.
@Suite struct OutputGuardTests {
    typealias Built = (work: URL, site: URL, output: URL, arguments: [String])

    /// The build lock of `public/`: the folder it is in.
    static func lockFolder(_ built: Built) -> String {
        built.work.path
    }

    /// Another build holds the lock: the second waits as long as it is told, then stops with a message in the
    /// editor's language, and changes nothing.
    @Test(.timeLimit(.minutes(2))) func aSecondBuildWaitsThenStopsClearly() throws {
        let built = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: built.work) }
        let descriptor = open(Self.lockFolder(built), O_RDONLY | O_DIRECTORY)
        try #require(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let before = Portalgen.snapshot(built.output)
        let started = Date()
        let english = try Portalgen.run(built.arguments + ["--wait", "1"], in: built.site, timeout: 60)
        #expect(english.status == 1)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(english.standardError.contains("another portalgen build is writing"), "\(english.standardError)")
        #expect(english.standardError.contains("waited 1 s"))
        let chinese = try Portalgen.run(
            built.arguments + ["--wait", "0"], in: built.site, environment: ["LANG": "zh_CN.UTF-8"], timeout: 60)
        #expect(chinese.status == 1)
        #expect(chinese.standardError.contains("另一个 portalgen 正在生成"), "\(chinese.standardError)")
        #expect(Portalgen.snapshot(built.output) == before)

        close(descriptor)
        let after = try Portalgen.run(built.arguments + ["--wait", "1"], in: built.site, timeout: 120)
        #expect(after.status == 0, "\(after.standardError)")
    }

    /// Builds started together take turns: every one succeeds, and the site is the one a single build makes.
    @Test(.timeLimit(.minutes(3))) func buildsStartedTogetherTakeTurns() throws {
        let built = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: built.work) }
        let speech = built.site.appendingPathComponent("content/speeches/2024-second.md")
        let text = try String(contentsOf: speech, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "title: 在全委会议上的讲话", with: "title: 在全委会议上的重要讲话").utf8).write(to: speech)
        let results = (0..<3).map { _ in Result<Portalgen.Run, Error>?.none }
        let box = ResultBox(results)
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            box.set(index, Result { try Portalgen.run(built.arguments, in: built.site, timeout: 150) })
        }
        for result in box.values {
            let run = try #require(try result?.get())
            #expect(run.status == 0, "\(run.standardError)")
        }
        let together = Portalgen.snapshot(built.output)
        let fresh = built.work.appendingPathComponent("fresh")
        let alone = try Portalgen.run(
            ["build", "--templates", Portalgen.templates, "--output", fresh.path], in: built.site, timeout: 120)
        try #require(alone.status == 0)
        #expect(together == Portalgen.snapshot(fresh))
        let check = try Portalgen.run(["check", "--site", built.output.path], in: built.site, timeout: 120)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    /// A FIFO in the cache's place would block an `open` for reading forever; a gigabyte file would be read
    /// whole. Either is told once and the site is built without cache.
    @Test(.timeLimit(.minutes(2)), arguments: ["fifo", "huge"])
    func whatIsNotACacheIsNotRead(kind: String) throws {
        let built = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: built.work) }
        let cache = built.work.appendingPathComponent(".portalgen-cache/public.cache").path
        try FileManager.default.removeItem(atPath: cache)
        if kind == "fifo" {
            try #require(mkfifo(cache, 0o644) == 0)
        } else {
            // Sparse: a gigabyte to `stat`, nothing on disk.
            try #require(FileManager.default.createFile(atPath: cache, contents: nil) && truncate(cache, 1 << 30) == 0)
        }
        let run = try Portalgen.run(built.arguments, in: built.site, timeout: 60)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("built 3 speeches"))
        let expected = kind == "fifo" ? "is not a regular file; it was ignored" : "is 1024 MB, far larger than any cache"
        #expect(run.standardError.contains(expected), "\(run.standardError)")
        // The build wrote a real cache in its place.
        let again = try Portalgen.run(built.arguments, in: built.site, timeout: 60)
        #expect(again.standardOutput.hasPrefix("nothing changed"), "\(again.standardOutput)")
    }

    /// An edit of an output file that keeps its size and sets its modification time back is still noticed: the
    /// status-change time moved, and no program can set it back.
    @Test func aSameSizeEditWithItsTimeSetBackIsNoticed() throws {
        let built = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: built.work) }
        let page = built.output.appendingPathComponent("speeches/2023-10-first/index.html")
        let original = try Data(contentsOf: page)
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date)
        var edited = [UInt8](original)
        let index = try #require(edited.firstIndex(of: UInt8(ascii: "<")))
        edited[index + 1] = edited[index + 1] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        // In place, as an editor's "save" of the same length would.
        let handle = try FileHandle(forWritingTo: page)
        try handle.write(contentsOf: Data(edited))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: page.path)

        let run = try Portalgen.run(built.arguments, in: built.site, timeout: 120)
        #expect(run.status == 0)
        #expect(!run.standardOutput.hasPrefix("nothing changed"))
        #expect(try Data(contentsOf: page) == original)
    }

    /// Without its manifest, the output folder is still known as portalgen's by the cache (its files' inodes
    /// and status-change times): no "nothing changed", no refusal; files someone added are kept.
    @Test func aDeletedManifestIsRestored() throws {
        let built = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: built.work) }
        let manifest = built.output.appendingPathComponent(".portalgen-manifest")
        let listed = try Data(contentsOf: manifest)
        try FileManager.default.removeItem(at: manifest)
        try Data("example.org\n".utf8).write(to: built.output.appendingPathComponent("CNAME"))

        let run = try Portalgen.run(built.arguments, in: built.site, timeout: 120)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("built 3 speeches"), "\(run.standardOutput)")
        #expect(try Data(contentsOf: manifest) == listed)
        #expect(FileManager.default.fileExists(atPath: built.output.appendingPathComponent("CNAME").path))
        let again = try Portalgen.run(built.arguments, in: built.site, timeout: 120)
        #expect(again.standardOutput.hasPrefix("nothing changed"))
    }

    /// A killed build may leave its cache's temporary file; the next build removes it.
    @Test func aKilledBuildsCacheTemporaryIsRemoved() throws {
        let built = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: built.work) }
        let cacheFolder = built.work.appendingPathComponent(".portalgen-cache")
        try Data(repeating: 7, count: 4096).write(to: cacheFolder.appendingPathComponent("public.cache.portalgen-99999"))
        let run = try Portalgen.run(built.arguments, in: built.site, timeout: 120)
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).sorted() == ["public.cache"])
    }

    /// Files that cannot be written (here: larger than the process may write, as a full disk fails every file
    /// after the first) are told once per cause, with a count; nothing is published and nothing left behind.
    @Test func writeFailuresAreToldOnceWithACount() throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Portalgen.fixtures.appendingPathComponent("valid/basic"), to: site)
        let output = work.appendingPathComponent("public")
        // SIGXFSZ ignored, so a write beyond the limit fails with EFBIG instead of killing the build.
        let command = "trap '' XFSZ; ulimit -f 4; exec \"$0\" \"$@\""
        let run = try Portalgen.run(
            ["-c", command, Portalgen.executable.path, "build", "--templates", Portalgen.templates, "--output", output.path],
            in: site, timeout: 120, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(run.status == 1)
        let lines = run.standardError.split(separator: "\n").filter { $0.contains("File too large") }
        #expect(lines.count == 1, "\(run.standardError)")
        #expect(lines.first?.contains("more files failed the same way") == true, "\(run.standardError)")
        #expect(!run.standardError.contains("disk space"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["site"])
    }
}

extension OutputGuardTests {
    /// `chattr +i` works here (root, and a file system with the flag): the only way to make a file that even
    /// root cannot remove.
    static let canMakeImmutable: Bool = {
        guard let folder = try? Portalgen.temporaryFolder() else { return false }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("probe")
        guard FileManager.default.createFile(atPath: file.path, contents: Data()) else { return false }
        guard chattr("+i", file) else { return false }
        _ = chattr("-i", file)
        return true
    }()

    @discardableResult
    static func chattr(_ flag: String, _ file: URL) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, file.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// An edit (its files moved in from a journal) meets an immutable page: nothing changes, the build fails
    /// with the system's reason; once the file is not immutable, the next build publishes the edit.
    @Test(.enabled(if: canMakeImmutable), .timeLimit(.minutes(2))) func anImmutablePageStopsAnEditCleanly() throws {
        let built = try IncrementalBuildTests.builtSite()
        let page = built.output.appendingPathComponent("speeches/2023-10-first/index.html")
        defer {
            Self.chattr("-i", page)
            try? FileManager.default.removeItem(at: built.work)
        }
        let speech = built.site.appendingPathComponent("content/speeches/2023-10-first.md")
        try Data((try String(contentsOf: speech, encoding: .utf8) + "\n又加了一段。\n").utf8).write(to: speech)
        try #require(Self.chattr("+i", page))
        let before = Portalgen.snapshot(built.output)

        let failed = try Portalgen.run(built.arguments, in: built.site, timeout: 120)
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("Operation not permitted"), "\(failed.standardError)")
        #expect(!failed.standardError.contains("disk space") && !failed.standardError.contains("in the way"))
        #expect(Portalgen.snapshot(built.output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: built.work.path).sorted() == [".portalgen-cache", "public", "site"])

        Self.chattr("-i", page)
        let after = try Portalgen.run(built.arguments, in: built.site, timeout: 120)
        #expect(after.status == 0, "\(after.standardError)")
        #expect(try String(contentsOf: page, encoding: .utf8).contains("又加了一段。"))
    }

    /// A template edit (the whole site swapped) meets an immutable file in the old site: the new site goes in
    /// whole, the old one cannot be removed. The build fails with the system's reason (not "in the way", not
    /// "disk space"); so does the next while the file stays immutable; once it is not, the next build cleans up.
    @Test(.enabled(if: canMakeImmutable), .timeLimit(.minutes(2))) func anImmutableFileInTheOldSiteIsReported() throws {
        let built = try IncrementalBuildTests.builtSite()
        let page = built.output.appendingPathComponent("speeches/2023-10-first/index.html")
        let leftover = built.work.appendingPathComponent(".public.portalgen-staging/speeches/2023-10-first/index.html")
        defer {
            Self.chattr("-i", page)
            Self.chattr("-i", leftover)
            try? FileManager.default.removeItem(at: built.work)
        }
        let templates = built.work.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Portalgen.templates), to: templates)
        let footer = templates.appendingPathComponent("partials/footer.mustache")
        try Data((try String(contentsOf: footer, encoding: .utf8)).replacingOccurrences(of: "</footer>", with: "<!-- 新 --></footer>").utf8)
            .write(to: footer)
        let arguments = ["build", "--templates", templates.path, "--output", built.output.path]
        try #require(Self.chattr("+i", page))

        let first = try Portalgen.run(arguments, in: built.site, timeout: 120)
        #expect(first.status == 1)
        #expect(first.standardError.contains("cannot remove"), "\(first.standardError)")
        #expect(first.standardError.contains("Operation not permitted"))
        #expect(!first.standardError.contains("disk space") && !first.standardError.contains("in the way"))
        // The new site is in place and whole.
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<!-- 新 -->"))
        let check = try Portalgen.run(["check", "--site", built.output.path], in: built.site, timeout: 120)
        #expect(check.status == 0, "\(check.standardOutput)")

        let second = try Portalgen.run(arguments, in: built.site, timeout: 120)
        #expect(second.status == 1)
        #expect(second.standardError.contains("Operation not permitted"), "\(second.standardError)")

        Self.chattr("-i", leftover)
        let third = try Portalgen.run(arguments, in: built.site, timeout: 120)
        #expect(third.status == 0, "\(third.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: built.work.path).sorted()
            == [".portalgen-cache", "public", "site", "templates"])
    }
}

/// Results filled in by concurrent work, one slot each.
final class ResultBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value]

    init(_ slots: [Value]) { self.slots = slots }

    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    var values: [Value] { lock.withLock { slots } }
}
