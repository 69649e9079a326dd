import Foundation
import Testing
@testable import SearchIndex

@Suite("Search index builder")
struct SearchIndexBuilderTests {
    @Test("the same input gives the same bytes, whatever the thread count")
    func determinism() throws {
        let documents = try SearchTestCorpus.seedDocuments() + [SearchTestCorpus.hostile, SearchTestCorpus.unusual]
            + SearchTestCorpus.synthetic(count: 60, alphabet: 800, length: 400)
        let small = SearchIndexBuilder.Options(singleFileLimit: 0)
        let reference = SearchIndexBuilder(options: small).build(documents: documents, keywords: SearchTestCorpus.keywords)
        for threads in [1, 2, 3, 8] {
            var options = small
            options.threads = threads
            let again = SearchIndexBuilder(options: options).build(documents: documents, keywords: SearchTestCorpus.keywords)
            #expect(again == reference, "threads: \(threads)")
        }
        #expect(reference.count > 60)
        #expect(Set(reference.map(\.path)).count == reference.count, "file names are unique")
    }

    @Test("a small site gets one file, holding every part")
    func smallSiteIsOneFile() throws {
        let files = SearchIndexBuilder().build(documents: try SearchTestCorpus.seedDocuments(), keywords: SearchTestCorpus.keywords)
        #expect(files.map(\.path) == ["search/index.js"])
        let reader = try SearchIndexReader(files: files)
        #expect(reader.manifest["n"] as? Int == 5)
        #expect(reader.parts.keys.filter { $0.hasPrefix("t/") }.count == 5)
    }

    @Test("a large site is split into shards; every term is in its hashed shard with the right postings")
    func shardsOfALargeSite() throws {
        let documents = SearchTestCorpus.synthetic(count: 200, alphabet: 1500, length: 300)
        let files = SearchIndexBuilder(options: .init(singleFileLimit: 0, shardTargetBytes: 2048, documentBlockSize: 16))
            .build(documents: documents, keywords: [])
        let reader = try SearchIndexReader(files: files)
        let shards = reader.shardIDs
        #expect(shards.count > 20)
        #expect(files.filter { $0.path.hasPrefix("search/s/") }.count == shards.count)
        #expect(files.filter { $0.path.hasPrefix("search/t/") }.count == documents.count)
        #expect(files.allSatisfy { $0.bytes.count < 64 * 1024 }, "no file grows with the corpus")

        // Brute force: documents and counts of each term after folding, within sections, never across spaces.
        var expected: [String: [Int: Int]] = [:]
        for (number, document) in documents.enumerated() {
            for field in [document.title] + document.sections.map(\.text) {
                let characters = Array(field.unicodeScalars)
                for (index, scalar) in characters.enumerated() where !scalar.properties.isWhitespace {
                    expected[String(scalar), default: [:]][number, default: 0] += 1
                    if index + 1 < characters.count, !characters[index + 1].properties.isWhitespace {
                        expected[String(scalar) + String(characters[index + 1]), default: [:]][number, default: 0] += 1
                    }
                }
            }
        }
        let entries = try reader.entries()
        #expect(entries.count == expected.count)
        #expect(Set(entries.map(\.entry.key)).count == entries.count, "each term once")
        for (shard, entry) in entries {
            let key = entry.key.unicodeScalars.map(\.value)
            let packed = key.count == 2 ? SearchTermKey.pair(key[0], key[1]) : SearchTermKey.character(key[0])
            #expect(Int(SearchTermKey.shardHash(packed)) % shards.count == shard)
            let postings = SearchIndexReader.postings(entry)
            let want = expected[entry.key] ?? [:]
            #expect(postings.map(\.document) == want.keys.sorted(), "documents of \(entry.key)")
            #expect(postings.map(\.count) == want.keys.sorted().map { want[$0]! }, "counts of \(entry.key)")
            #expect(entry.total == want.values.reduce(0, +))
        }
    }

    @Test("title and heading lists, including complemented dense ones")
    func headingLists() throws {
        var documents = SearchTestCorpus.synthetic(count: 200, alphabet: 200, length: 50)
        for index in documents.indices where index % 3 != 0 { documents[index].title = "工会讲话" + documents[index].title }
        let files = SearchIndexBuilder(options: .init(singleFileLimit: 0)).build(documents: documents, keywords: [])
        let entries = try SearchIndexReader(files: files).entries()
        func terms(_ text: String) -> Set<String> {
            let characters = Array(text.unicodeScalars).map(String.init)
            return Set(characters.indices.flatMap { index in
                [characters[index]] + (index + 1 < characters.count ? [characters[index] + characters[index + 1]] : [])
            })
        }
        let titleTerms = documents.map { terms($0.title) }
        let headingTerms = documents.map { document in
            document.sections.filter(\.isHeading).reduce(into: Set<String>()) { $0.formUnion(terms($1.text)) }
        }
        for (_, entry) in entries {
            let lists = SearchIndexReader.headings(entry, documentCount: documents.count)
            let inTitle = documents.indices.filter { titleTerms[$0].contains(entry.key) }
            let inHeading = documents.indices.filter { headingTerms[$0].contains(entry.key) }
            #expect(lists.titles == inTitle, "titles of \(entry.key)")
            #expect(lists.headings == inHeading, "headings of \(entry.key)")
            #expect(entry.titles == inTitle.count && entry.headed == inHeading.count)
        }
        #expect(entries.contains { $0.entry.key == "讲话" && $0.entry.titles > 100 })
    }

    @Test("hostile text stays data in every field", arguments: [0, 64 * 1024 * 1024])
    func escaping(singleFileLimit: Int) throws {
        let documents = [SearchTestCorpus.hostile, SearchTestCorpus.unusual] + (try SearchTestCorpus.seedDocuments())
        let files = SearchIndexBuilder(options: .init(singleFileLimit: singleFileLimit))
            .build(documents: documents, keywords: SearchTestCorpus.keywords)
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.lowercased().contains("</script"), "\(file.path)")
            #expect(!text.contains("<!--"), "\(file.path)")
            #expect(!text.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" }, "\(file.path)")
            #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("portalgenSearchData(\"") && $0.hasSuffix(");") })
        }
        let reader = try SearchIndexReader(files: files)
        let characters = reader.characters
        for (number, document) in documents.enumerated() {
            let id = reader.parts.keys.first { $0.hasPrefix("t/") && $0.hasSuffix("/\(number)") }
            let stored = try #require(reader.parts[id ?? ""] as? [Any])
            #expect(stored[0] as? String == document.url)
            #expect(reader.decodeText(stored[1] as? String ?? "", characters: characters) == document.title)
            #expect(stored[2] as? String == document.date)
            #expect((stored[3] as? [Any])?.map { $0 as? String } == document.sections.map(\.anchor))
            #expect(stored[4] as? String == String(document.sections.map { $0.isHeading ? "1" : "0" }))
            let texts = (stored[5] as? [String] ?? []).map { reader.decodeText($0, characters: characters) }
            #expect(texts == document.sections.map(\.text))
        }
        let keywords = try #require(reader.manifest["k"] as? [[Any]])
        #expect(keywords[3][0] as? String == "</script><b>")
        #expect(keywords[3][1] as? [String] == ["\u{2028}"])
        #expect(keywords[3][4] as? String == "<img src=x onerror=alert(1)>")
    }

    @Test("rare characters beyond the table and below U+0800 are escaped and restored")
    func characterTableOverflow() throws {
        // 2,100 distinct Latin, Greek, Cyrillic and other low characters overflow the 1,978 codes.
        let scalars = (0x100..<0x7FF).compactMap(Unicode.Scalar.init).filter { !$0.properties.isWhitespace }
        let text = String(String.UnicodeScalarView(scalars))
        let documents = [SearchDocument(url: "a", title: "标题", sections: [SearchSection(text: text + "工会" + text)])]
        let files = SearchIndexBuilder(options: .init(singleFileLimit: 0)).build(documents: documents, keywords: [])
        let reader = try SearchIndexReader(files: files)
        let stored = try #require(reader.parts.first { $0.key.hasPrefix("t/") && $0.key.hasSuffix("/0") }?.value as? [Any])
        let texts = try #require(stored[5] as? [String])
        #expect(reader.decodeText(texts[0], characters: reader.characters) == text + "工会" + text)
    }

    @Test("degenerate input: no speeches, empty speeches, one long line")
    func degenerateInput() throws {
        #expect(try SearchIndexReader(files: SearchIndexBuilder().build(documents: [], keywords: [])).manifest["n"] as? Int == 0)
        let empty = SearchDocument(url: "", title: "", sections: [])
        #expect(SearchIndexBuilder().build(documents: [empty, empty], keywords: []).count == 1)
        // Speed on a 20 MB speech is measured by the benchmark (tests run unoptimised); here, correctness.
        let line = String(repeating: "全心全意依靠工人阶级，", count: 50_000)
        let files = SearchIndexBuilder().build(documents: [SearchDocument(url: "x", title: "长", sections: [SearchSection(text: line)])],
                                               keywords: [])
        let entries = try SearchIndexReader(files: files).entries()
        let pair = try #require(entries.first { $0.entry.key == "工人" })
        #expect(SearchIndexReader.postings(pair.entry).map(\.count) == [50_000])
    }
}
