import Foundation
import PortalKit
@testable import PortalServer

/// A copy of the fixture site `Tests/Fixtures/valid/basic` in a temporary folder, served by a
/// `PreviewServer` on a free loopback port. `withPreview` always stops the server and removes the folder.
final class PreviewHarness: @unchecked Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let site: URL
    let server: PreviewServer
    let address: PreviewServer.Address
    let http: RawHTTP
    let events: EventLog

    /// - Parameters:
    ///   - ownTemplates: copy the repository's templates into the site (to edit them) instead of pointing
    ///     `--templates` at them.
    ///   - polling: watch by polling (`--poll`) instead of inotify.
    ///   - drafts: build drafts too (`--drafts`).
    ///   - output: the output folder, relative to the site folder; the preview's own folder when nil.
    ///   - limits: the server's connection limits (small ones make slow clients quick to test).
    init(fixture: String = "valid/basic", ownTemplates: Bool = false, polling: Bool = false, drafts: Bool = false,
         output: String? = nil, limits: ConnectionLimits = ConnectionLimits()) throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-serve-\(UUID().uuidString)")
        self.site = site
        try FileManager.default.copyItem(
            at: Self.repository.appendingPathComponent("Tests/Fixtures/" + fixture), to: site)
        let templates = Self.repository.appendingPathComponent("templates")
        if ownTemplates {
            try FileManager.default.copyItem(at: templates, to: site.appendingPathComponent("templates"))
        }
        let options = BuildOptions(
            siteRoot: site.path,
            output: output.map { site.path + "/" + $0 } ?? PreviewConfiguration.previewFolder(siteRoot: site.path),
            templates: ownTemplates ? nil : templates.path, includeDrafts: drafts)
        var configuration = PreviewConfiguration(
            build: options, host: "127.0.0.1", port: 0, polling: polling, pollInterval: 0.05, maxSettle: 1)
        configuration.connectionLimits = limits
        let events = EventLog()
        self.events = events
        server = PreviewServer(configuration: configuration) { event in events.append(event) }
        do {
            address = try server.start()
        } catch {
            try? FileManager.default.removeItem(at: site)
            throw error
        }
        http = RawHTTP(port: address.port)
    }

    func stop() {
        server.stop()
        try? FileManager.default.removeItem(at: site)
    }

    /// The folder the preview builds into.
    var output: URL { URL(fileURLWithPath: server.configuration.build.output) }

    /// Replaces a file of the site (path relative to the site folder).
    func write(_ relativePath: String, _ text: String) throws {
        let url = site.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    /// Asks for `target` every 50 ms until `accept` likes the answer or `timeout` passes; the last answer.
    func poll(_ target: String, timeout: TimeInterval = 20, until accept: (RawHTTP.Response) -> Bool) throws -> RawHTTP.Response {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            let response = try http.request(target)
            if accept(response) || Date() > deadline { return response }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

/// What the server reported to its terminal, in order.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PreviewEvent] = []

    func append(_ event: PreviewEvent) {
        lock.withLock { events.append(event) }
    }

    var all: [PreviewEvent] { lock.withLock { events } }

    var failures: [BuildFailure] {
        all.compactMap { if case .failed(let failure) = $0 { failure } else { nil } }
    }
}

/// Runs `body` against a fresh preview and stops it afterwards, whatever happens.
func withPreview<T>(
    fixture: String = "valid/basic", ownTemplates: Bool = false, polling: Bool = false, drafts: Bool = false,
    limits: ConnectionLimits = ConnectionLimits(), _ body: (PreviewHarness) throws -> T
) throws -> T {
    let harness = try PreviewHarness(
        fixture: fixture, ownTemplates: ownTemplates, polling: polling, drafts: drafts, limits: limits)
    defer { harness.stop() }
    return try body(harness)
}
