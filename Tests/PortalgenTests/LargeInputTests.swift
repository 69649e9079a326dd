import Foundation
import PortalTestSupport
import Testing

/// A speech of 20 MB and a speech of one line both build (the time the large one takes is in the README's
/// benchmark table; this test only proves it builds and loses nothing at its end).
@Suite struct LargeInputTests {
    @Test func hugeAndTinySpeechesBuild() throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let speeches = work.appendingPathComponent("content/speeches")
        try FileManager.default.createDirectory(at: speeches, withIntermediateDirectories: true)

        let seed = try SeedSpeeches.shared.text("003_d862ae81768b0004.txt")
        var text = "在大会上的讲话\n"
        text.reserveCapacity(21_000_000)
        while text.utf8.count < 20_000_000 { text += seed }
        text += "最后一句在这里。\n"
        try Data(text.utf8).write(to: speeches.appendingPathComponent("2024-huge.txt"))
        try Data("---\ntitle: 一行\n---\n一行。".utf8).write(to: speeches.appendingPathComponent("tiny.md"))

        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "--templates", Portalgen.templates, "--output", output.path], in: work)
        try #require(run.status == 0, "\(run.standardError)")
        let huge = try Data(contentsOf: output.appendingPathComponent("speeches/2024-huge/index.html"))
        #expect(huge.count > 20_000_000)
        #expect(String(decoding: huge.suffix(20_000), as: UTF8.self).contains("最后一句在这里。"))
        let tiny = try String(contentsOf: output.appendingPathComponent("speeches/tiny/index.html"), encoding: .utf8)
        #expect(tiny.contains("一行。"))
    }
}
