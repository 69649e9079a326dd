import Foundation
import Testing

/// Two builds of the same input give byte-identical sites, whatever the thread scheduling: one build on
/// every core, one on a single thread.
@Suite struct DeterminismTests {
    @Test(arguments: ["content", "Tests/Fixtures/valid/basic", "Tests/Fixtures/valid/paginated"])
    func twoBuildsAreByteIdentical(_ site: String) throws {
        let source = Portalgen.repository.appendingPathComponent(site)
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let siteRoot = site == "content" ? Portalgen.repository : source
        var outputs: [[String: Data]] = []
        for (index, threads) in ["0", "1"].enumerated() {
            let output = work.appendingPathComponent("public-\(index)")
            var environment = ["NO_COLOR": "1"]
            if threads != "0" { environment["PORTALGEN_THREADS"] = threads }
            let run = try Portalgen.run(
                ["build", "--templates", Portalgen.templates, "--output", output.path], in: siteRoot, environment: environment)
            try #require(run.status == 0, "\(run.standardError)")
            outputs.append(Portalgen.snapshot(output))
        }
        #expect(outputs[0].count > 10)
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (path, bytes) in outputs[0] where outputs[1][path] != bytes {
            Issue.record("\(path) differs between the two builds")
        }
    }
}
