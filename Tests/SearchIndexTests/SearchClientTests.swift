import Foundation
import Testing
@testable import SearchIndex

/// Runs the browser client (templates/static/search*.js) in Node against indexes built here, and compares its
/// results with plain substring search (Tests/JavaScript/search.test.js).
@Suite("Search client in Node", .enabled(if: SearchTestCorpus.executable("node") != nil, "node is not installed"))
struct SearchClientTests {
    static let extraQueries = ["alert", "<script>", "abc123", "portalgen", "𠀀", "😀😀", "xyz", "Ελληνικά", "工会讲话"]

    @Test("seed speeches: every result has the phrase, every speech with it is found, in rank order")
    func seeds() throws {
        let documents = try SearchTestCorpus.seedDocuments() + [SearchTestCorpus.hostile, SearchTestCorpus.unusual]
        try runNode(documents: documents, options: .init(), name: "seeds")
    }

    @Test("the same checks on an index split into many files, with paragraphs cut across blocks")
    func seedsInManyFiles() throws {
        let documents = try SearchTestCorpus.seedDocuments() + [SearchTestCorpus.hostile, SearchTestCorpus.unusual]
            + SearchTestCorpus.synthetic(count: 60, alphabet: 400, length: 300)
        try runNode(documents: documents, options: .init(singleFileLimit: 0, inlinePostingLimit: 8, shardTargetBytes: 600,
                                                         blockCharacters: 120), name: "split")
    }

    private func runNode(documents: [SearchDocument], options: SearchIndexBuilder.Options, name: String) throws {
        let directory = try SearchTestCorpus.temporaryDirectory(name)
        let files = SearchIndexBuilder(options: options).build(documents: documents, keywords: SearchTestCorpus.keywords)
        try SearchTestCorpus.write(files, to: directory)
        let texts = directory.appendingPathComponent("texts.json")
        try SearchTestCorpus.textsJSON(documents, keywords: SearchTestCorpus.keywords, queries: Self.extraQueries)
            .write(to: texts)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(SearchTestCorpus.executable("node")))
        process.arguments = [
            SearchTestCorpus.repository.appendingPathComponent("Tests/JavaScript/search.test.js").path,
            directory.path, texts.path,
            SearchTestCorpus.repository.appendingPathComponent("templates/static").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // A failing run keeps the index and texts for `node Tests/JavaScript/search.test.js <dir> <dir>/texts.json`.
        #expect(process.terminationStatus == 0, "search.test.js failed on \(directory.path):\n\(report)")
        #expect(report.contains("ok: "), "\(report)")
        if process.terminationStatus == 0 { try? FileManager.default.removeItem(at: directory) }
    }
}
