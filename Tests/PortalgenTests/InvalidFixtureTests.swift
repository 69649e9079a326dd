import Foundation
import Testing

/// Each folder in Tests/Fixtures/invalid is a small site with one mistake. The build must print exactly
/// the message in its `expected.txt` (place, message, hint), exit non-zero, and leave the previous site whole.
/// Where there is an `expected.zh.txt`, the build in a Chinese locale must print that.
@Suite struct InvalidFixtureTests {
    static let names: [String] = {
        let folder = Portalgen.fixtures.appendingPathComponent("invalid").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }()

    @Test func thereAreFixtures() {
        #expect(Self.names.count >= 15)
    }

    @Test(arguments: names)
    func buildFailsWithTheExpectedMessage(_ name: String) throws {
        let site = Portalgen.fixtures.appendingPathComponent("invalid/\(name)")
        let expected = try String(contentsOf: site.appendingPathComponent("expected.txt"), encoding: .utf8)
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }

        // A site built before the mistake, which the failed build must leave as it was.
        let previous = work.appendingPathComponent("public")
        let valid = Portalgen.fixtures.appendingPathComponent("valid/basic")
        let first = try Portalgen.run(
            ["build", "--templates", Portalgen.templates, "--output", previous.path], in: valid)
        try #require(first.status == 0, "\(first.standardError)")
        let before = Portalgen.snapshot(previous)

        var arguments = ["build"]
        if !FileManager.default.fileExists(atPath: site.appendingPathComponent("templates").path) {
            arguments += ["--templates", Portalgen.templates]
        }
        let argumentsFile = site.appendingPathComponent("arguments")
        if let extra = try? String(contentsOf: argumentsFile, encoding: .utf8) {
            arguments += extra.split(whereSeparator: \.isWhitespace).map(String.init)
        } else {
            arguments += ["--output", previous.path]
        }
        let editorsFiles = Portalgen.snapshot(site)
        let run = try Portalgen.run(arguments, in: site, environment: ["NO_COLOR": "1"])

        #expect(run.status == 1)
        #expect(Self.diagnostics(run) == expected)
        #expect(Self.summary(run).hasPrefix("error: build failed with "))
        if let chinese = try? String(contentsOf: site.appendingPathComponent("expected.zh.txt"), encoding: .utf8) {
            let inChinese = try Portalgen.run(arguments, in: site, environment: ["NO_COLOR": "1", "LANG": "zh_CN.UTF-8"])
            #expect(inChinese.status == 1)
            #expect(Self.diagnostics(inChinese) == chinese)
            #expect(Self.summary(inChinese).hasPrefix("错误：生成失败，有 "))
        }
        #expect(Portalgen.snapshot(previous) == before)
        #expect(Portalgen.snapshot(site) == editorsFiles)
        #expect(run.standardOutput.isEmpty)
        // Nothing was left behind beside the output folder either.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path)
        #expect(leftovers.sorted() == [".portalgen-cache", "public"])
    }

    /// Standard error without its last line, the summary.
    private static func diagnostics(_ run: Portalgen.Run) -> String {
        var lines = run.standardError.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        _ = lines.popLast()
        return lines.joined(separator: "\n") + "\n"
    }

    private static func summary(_ run: Portalgen.Run) -> String {
        run.standardError.split(separator: "\n").last.map(String.init) ?? ""
    }
}
