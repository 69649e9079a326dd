import Foundation
import Testing

/// A build killed at any moment leaves the output folder exactly as the last complete build made it, and
/// the next build cleans up after the killed one.
@Suite struct InterruptionTests {
    @Test(arguments: [0.2, 0.6, 1.2])
    func killedBuildLeavesThePreviousSiteWhole(after seconds: Double) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Portalgen.fixtures.appendingPathComponent("valid/basic"), to: site)
        let output = work.appendingPathComponent("public")
        let arguments = ["build", "--templates", Portalgen.templates, "--output", output.path]
        let first = try Portalgen.run(arguments, in: site)
        try #require(first.status == 0, "\(first.standardError)")
        let previous = Portalgen.snapshot(output)

        // Enough text that the next build takes a while.
        let big = String(repeating: "坚持“两个确立”，推进产业工人队伍建设改革，弘扬劳模精神。\n\n", count: 40_000)
        try Data(("---\ntitle: 很长的讲话\ndate: 2025\n---\n" + big).utf8)
            .write(to: site.appendingPathComponent("content/speeches/2025-long.md"))

        let process = Process()
        process.executableURL = Portalgen.executable
        process.arguments = arguments
        process.currentDirectoryURL = site
        process.environment = ProcessInfo.processInfo.environment.merging(["PORTALGEN_THREADS": "1"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let after = Portalgen.snapshot(output)
        if process.terminationReason == .uncaughtSignal {
            #expect(after == previous, "a killed build changed the site")
        } else {
            // It finished first: then the new site is complete.
            #expect(after["speeches/2025-long/index.html"] != nil)
        }
        let again = try Portalgen.run(arguments, in: site)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(Portalgen.snapshot(output)["speeches/2025-long/index.html"] != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        #expect(leftovers == [".portalgen-cache", "public", "site"])
    }
}
