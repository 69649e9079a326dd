import Foundation
import Testing

/// `portalgen serve` from the shell: the preview is built in its own folder, so `public/` keeps only what
/// `portalgen build` made, drafts or not.
@Suite(.timeLimit(.minutes(2)))
struct ServeCommandTests {
    @Test func serveWithDraftsLeavesThePublishedSiteAlone() throws {
        let site = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let published = Portalgen.snapshot(site.appendingPathComponent("public"))
        #expect(!published.isEmpty)

        let serve = try ServeProcess(["serve", "--templates", Portalgen.templates, "--drafts", "--port", "0"], in: site)
        let started = serve.waitForOutput(containing: "Ctrl-C stops")
        #expect(started.contains("serving the preview (built in .portalgen-cache/preview/) at http://127.0.0.1:"))
        let draft = site.appendingPathComponent(".portalgen-cache/preview/speeches/2022-03-draft/index.html")
        #expect(FileManager.default.fileExists(atPath: draft.path))
        let status = serve.interrupt()
        #expect(status == 0)
        #expect(serve.output.contains("stopped"))

        #expect(Portalgen.snapshot(site.appendingPathComponent("public")) == published)
        let sitemap = String(decoding: published["sitemap.xml"] ?? Data(), as: UTF8.self)
        #expect(sitemap.contains("2023-10-first") && !sitemap.contains("2022-03-draft"))
    }

    @Test(arguments: ["public", "public/"])
    func draftsIntoThePublishedFolderAreRefused(output: String) throws {
        let site = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let published = Portalgen.snapshot(site.appendingPathComponent("public"))
        let serve = try ServeProcess(
            ["serve", "--templates", Portalgen.templates, "--output", output, "--drafts", "--port", "0"], in: site)
        // A server that did start (the refusal is missing) is stopped, so the test fails instead of hanging.
        let status = serve.waitForExit(seconds: 60) ?? serve.interrupt()
        #expect(status == 1)
        #expect(serve.output.contains("error: `serve --drafts` would write drafts into public/, the folder `portalgen build` publishes"))
        #expect(serve.output.contains("hint: leave out `--output`"))
        #expect(Portalgen.snapshot(site.appendingPathComponent("public")) == published)
    }

    /// A copy of the fixture `valid/basic` (it has a draft), built into its `public/` by `portalgen build`.
    static func builtSite() throws -> URL {
        let work = try Portalgen.temporaryFolder()
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Portalgen.fixtures.appendingPathComponent("valid/basic"), to: site)
        let build = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site)
        try #require(build.status == 0, "\(build.standardError)")
        return site
    }
}

/// `portalgen serve` running in the background, its output collected as it comes.
final class ServeProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var collected = Data()
    private let finishedReading = DispatchSemaphore(value: 0)

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = Portalgen.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Portalgen.environment(environment)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let reading = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while case let chunk = reading.availableData, !chunk.isEmpty {
                lock.withLock { collected.append(chunk) }
            }
            finishedReading.signal()
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    var output: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }

    /// The output once it contains `text`, or once the process ended or 60 s passed.
    func waitForOutput(containing text: String) -> String {
        let deadline = Date(timeIntervalSinceNow: 60)
        while !output.contains(text), process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        return output
    }

    /// The exit status, or nil if the process is still running after `seconds`.
    func waitForExit(seconds: Double) -> Int32? {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while process.isRunning, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard !process.isRunning else { return nil }
        process.waitUntilExit()
        _ = finishedReading.wait(timeout: .now() + 10)
        return process.terminationStatus
    }

    /// Ctrl-C; the exit status.
    func interrupt() -> Int32 {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        _ = finishedReading.wait(timeout: .now() + 10)
        return process.terminationStatus
    }
}
