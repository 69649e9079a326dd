import Foundation
import Testing
@testable import PortalServer

/// Where Node is, when it is installed (the suite is skipped otherwise).
private let nodePath: String? = ["/usr/bin/node", "/usr/local/bin/node", "/opt/homebrew/bin/node"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// The reload script, run in Node against a stand-in for the browser: it reloads on a new version only,
/// gives its connection back while the tab is hidden, and keeps quiet without a version.
@Suite("Reload script in Node", .enabled(if: nodePath != nil, "node is not installed"), .timeLimit(.minutes(1)))
struct ReloadScriptTests {

    static let harness = #"""
        const assert = require("assert");
        const fs = require("fs");
        function run(version, hidden) {
          const listeners = {}, sources = [], log = { reloads: 0 };
          const document = {
            hidden,
            currentScript: { getAttribute: (name) => (name === "data-version" ? version : null) },
            addEventListener: (type, f) => { listeners[type] = f; },
          };
          function EventSource(url) { this.url = url; this.closed = false; sources.push(this); }
          EventSource.prototype.close = function () { this.closed = true; };
          const window = {
            EventSource,
            location: { reload: () => { log.reloads += 1; } },
            addEventListener: (type, f) => { listeners["window:" + type] = f; },
          };
          new Function("document", "window", fs.readFileSync(process.argv[2], "utf8"))(document, window);
          return { document, listeners, sources, log };
        }

        let page = run("r1.3", false);
        assert.strictEqual(page.sources.length, 1);
        assert.strictEqual(page.sources[0].url, "/__portalgen/events");
        page.sources[0].onmessage({ data: "r1.3" });
        assert.strictEqual(page.log.reloads, 0, "same version: no reload");
        page.sources[0].onmessage({ data: "r1.4" });
        assert.strictEqual(page.log.reloads, 1, "new version: reload");
        assert.ok(page.sources[0].closed);

        page = run("r1.3", false);
        page.document.hidden = true;
        page.listeners.visibilitychange();
        assert.ok(page.sources[0].closed, "hidden: connection closed");
        page.document.hidden = false;
        page.listeners.visibilitychange();
        assert.strictEqual(page.sources.length, 2, "shown again: reconnected");
        page.listeners["window:pageshow"]();
        assert.strictEqual(page.sources.length, 2, "no second stream");

        assert.strictEqual(run("r1.3", true).sources.length, 0, "a tab opened in the background waits");
        assert.strictEqual(run(null, false).sources.length, 0, "no version: nothing");
        console.log("ok");
        """#

    @Test func reloadsOnANewVersionOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-js-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("reload.js")
        let harness = folder.appendingPathComponent("harness.js")
        try Data(PreviewAssets.reloadScript.utf8).write(to: script)
        try Data(Self.harness.utf8).write(to: harness)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(nodePath))
        process.arguments = [harness.path, script.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text == "ok\n")
    }
}
