import Foundation
import PortalTestSupport
import Testing

/// Real speech texts built into pages: the five seeds, and the documents SpeechText's tests are judged on
/// (Tests/SpeechTextTests/Fixtures/documents, each with what a careful editor reads in it). Every page shows
/// its document's title, date, occasion, speaker and header lines, and loses nothing of the text.
@Suite struct SpeechPagesTests {
    static let documents = Portalgen.repository.appendingPathComponent("Tests/SpeechTextTests/Fixtures/documents")

    /// A site of the given `.txt` files, built; `body` gets the output folder.
    static func withSite(of files: [URL], _ body: (URL) throws -> Void) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let speeches = work.appendingPathComponent("site/content/speeches")
        try FileManager.default.createDirectory(at: speeches, withIntermediateDirectories: true)
        for file in files { try FileManager.default.copyItem(at: file, to: speeches.appendingPathComponent(file.lastPathComponent)) }
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "--templates", Portalgen.templates, "--output", output.path],
                                    in: work.appendingPathComponent("site"))
        try #require(run.status == 0, "\(run.standardError)")
        try body(output)
    }

    @Test func theSeedsLoseNothingOnTheirPages() throws {
        let names = try SeedSpeeches.shared.texts().isEmpty ? [] : SeedSpeeches.shared.names
        let files = names.map { SeedSpeeches.shared.folder.appendingPathComponent($0) }
        try Self.withSite(of: files) { output in
            for file in files {
                let slug = file.deletingPathExtension().lastPathComponent
                let difference = try SpeechPage(output, slug: slug).differenceFrom(source: String(contentsOf: file, encoding: .utf8))
                #expect(difference == nil, "\(slug): \(difference ?? "")")
            }
        }
    }

    /// `title: 政府工作报告 | line 1 (title)` → `政府工作报告`; `-` → nil.
    static func expectedValue(_ line: Substring?) -> String? {
        guard let line, let colon = line.firstIndex(of: ":") else { return nil }
        let value = line[line.index(after: colon)...].split(separator: "|").first?.trimmingCharacters(in: .whitespaces)
        return value == "-" ? nil : value
    }

    @Test func theDocumentsShowTheirHeaderOnThePage() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.documents.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 25)
        try Self.withSite(of: names.map { Self.documents.appendingPathComponent($0) }) { output in
            var correct = 0
            for name in names {
                let slug = String(name.dropLast(4))
                let expected = try String(contentsOf: Self.documents.appendingPathComponent(slug + ".expected"), encoding: .utf8)
                    .split(separator: "\n")
                func field(_ key: String) -> String? { Self.expectedValue(expected.first { $0.hasPrefix(key + ":") }) }
                let page = try SpeechPage(output, slug: slug)
                // A text without a date takes the year its file name carries.
                let year = slug.split(separator: "-").last.flatMap { $0.count == 4 ? String($0) : nil }
                let shown = (page.title, page.datetime, page.occasion, page.speaker)
                let wanted = (field("title") ?? slug, field("date") ?? year, field("occasion"), field("speaker"))
                let same = shown == wanted
                #expect(same, "\(slug): shown \(shown), expected \(wanted)")
                let source = try String(contentsOf: Self.documents.appendingPathComponent(name), encoding: .utf8)
                let difference = page.differenceFrom(source: source)
                #expect(difference == nil, "\(slug): \(difference ?? "")")
                if same && difference == nil { correct += 1 }
            }
            print("documents with the right header on the page, nothing lost: \(correct) of \(names.count)")
        }
    }
}
