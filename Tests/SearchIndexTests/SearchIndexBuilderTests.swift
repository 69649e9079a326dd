import Foundation
import Testing
@testable import SearchIndex

@Suite("Search index builder")
struct SearchIndexBuilderTests {
    @Test("the same input gives the same bytes, whatever the thread count and the input order")
    func determinism() throws {
        let documents = try SearchTestCorpus.seedDocuments() + [SearchTestCorpus.hostile, SearchTestCorpus.unusual]
            + SearchTestCorpus.synthetic(count: 60, alphabet: 800, length: 400)
        let small = SearchIndexBuilder.Options(singleFileLimit: 0, blockCharacters: 300)
        let reference = SearchIndexBuilder(options: small).build(documents: documents, keywords: SearchTestCorpus.keywords)
        for threads in [1, 2, 3, 8] {
            var options = small
            options.threads = threads
            let again = SearchIndexBuilder(options: options).build(documents: documents, keywords: SearchTestCorpus.keywords)
            #expect(again == reference, "threads: \(threads)")
        }
        let shuffled = SearchIndexBuilder(options: small).build(documents: documents.reversed(), keywords: SearchTestCorpus.keywords)
        #expect(shuffled == reference, "input order")
        #expect(reference.count > 60)
        #expect(Set(reference.map(\.path)).count == reference.count, "file names are unique")
    }

    @Test("a small site gets one file, holding every part")
    func smallSiteIsOneFile() throws {
        let files = SearchIndexBuilder().build(documents: try SearchTestCorpus.seedDocuments(), keywords: SearchTestCorpus.keywords)
        #expect(files.map(\.path) == ["search/index.js"])
        let reader = try SearchIndexReader(files: files)
        #expect(reader.manifest["n"] as? Int == 5)
        #expect(reader.manifest["v"] as? Int == 2)
        #expect(reader.manifest["c"] as? String == SearchCharTable.shared.checksum)
        #expect(try Set(reader.urls()).count == 5)
    }

    @Test("speeches are numbered by date, oldest first, then by address from Z to A; years are runs of numbers")
    func numbering() throws {
        let documents = try SearchTestCorpus.seedDocuments() + SearchTestCorpus.synthetic(count: 40)
        let reader = try SearchIndexReader(files: SearchIndexBuilder(options: .init(singleFileLimit: 0)).build(
            documents: documents, keywords: []))
        let byURL = Dictionary(uniqueKeysWithValues: documents.map { ($0.url, $0) })
        let numbered = try reader.urls().map { try #require(byURL[$0]) }
        for (older, newer) in zip(numbered, numbered.dropFirst()) {
            #expect(older.dateKey < newer.dateKey || (older.dateKey == newer.dateKey && older.url > newer.url))
        }
        let years = try #require(reader.manifest["y"] as? [[Int]])
        for year in years {
            let members = numbered.indices.filter { numbered[$0].dateKey / 10000 == year[0] && numbered[$0].dateKey != 0 }
            #expect(members == Array(year[1]..<(year[1] + year[2])), "year \(year[0])")
        }
        #expect(years.map { $0[2] }.reduce(0, +) == documents.filter { $0.dateKey != 0 }.count)
    }

    @Test("every term is in its hashed shard with the right speeches, impacts and blocks")
    func shardsOfALargeSite() throws {
        let documents = SearchTestCorpus.synthetic(count: 200, alphabet: 1500, length: 300)
        let files = SearchIndexBuilder(options: .init(singleFileLimit: 0, shardTargetBytes: 2048, blockCharacters: 250))
            .build(documents: documents, keywords: [])
        let reader = try SearchIndexReader(files: files)
        let shards = reader.shardIDs
        #expect(shards.count > 20)
        #expect(files.filter { $0.path.hasPrefix("search/s/") }.count == shards.count)
        #expect(files.allSatisfy { $0.bytes.count < 64 * 1024 }, "no file grows with the corpus")
        let byURL = Dictionary(uniqueKeysWithValues: documents.map { ($0.url, $0) })
        let numbered = try reader.urls().map { try #require(byURL[$0]) }
        let blocks = try numbered.indices.map { try reader.blocks($0) }
        #expect(blocks.map(\.count).reduce(0, +) > documents.count, "long speeches have several blocks")

        // Brute force: counts of each term after folding, within sections, never across spaces; and the
        // blocks whose stored text (with the copy of the next piece) holds it.
        func terms(_ text: String, into counts: inout [String: Int]) {
            let characters = Array(text.unicodeScalars)
            for (index, scalar) in characters.enumerated() where !scalar.properties.isWhitespace {
                counts[String(scalar), default: 0] += 1
                if index + 1 < characters.count, !characters[index + 1].properties.isWhitespace {
                    counts[String(scalar) + String(characters[index + 1]), default: 0] += 1
                }
            }
        }
        var inTitle: [String: Set<Int>] = [:]
        var inSections: [String: [Int: Int]] = [:]
        var inBlocks: [String: [Int: [Int]]] = [:]
        var lengths: [Int] = []
        for (number, document) in numbered.enumerated() {
            var title: [String: Int] = [:]
            terms(document.title, into: &title)
            for term in title.keys { inTitle[term, default: []].insert(number) }
            var sections: [String: Int] = [:]
            for section in document.sections { terms(section.text, into: &sections) }
            for (term, count) in sections { inSections[term, default: [:]][number] = count }
            lengths.append(document.sections.reduce(0) { $0 + $1.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count })
            for (index, block) in blocks[number].enumerated() {
                var found: [String: Int] = [:]
                for text in block.texts { terms(text, into: &found) }
                for term in found.keys { inBlocks[term, default: [:]][number, default: []].append(index) }
            }
        }
        let average = SearchScoring.rounded(lengths.reduce(0, +) / lengths.count)
        let entries = try reader.entries()
        #expect(entries.count == Set(inTitle.keys).union(inSections.keys).count)
        #expect(Set(entries.map(\.entry.key)).count == entries.count, "each term once")
        for (shard, entry) in entries {
            let key = entry.key.unicodeScalars.map(\.value)
            let packed = key.count == 2 ? SearchTermKey.pair(key[0], key[1]) : SearchTermKey.character(key[0])
            #expect(Int(SearchTermKey.shardHash(packed)) % shards.count == shard)
            let postings = SearchIndexReader.postings(entry)
            let sections = inSections[entry.key] ?? [:]
            let want = Set(sections.keys).union(inTitle[entry.key] ?? []).sorted()
            #expect(postings.map(\.document) == want, "documents of \(entry.key)")
            for posting in postings {
                let count = sections[posting.document] ?? 0
                let length = SearchScoring.rounded(lengths[posting.document])
                #expect(posting.impact == SearchScoring.impact(count: count, length: length, average: average))
                let holding = inBlocks[entry.key]?[posting.document] ?? []
                let expected = holding.count == blocks[posting.document].count && count > 0 ? nil : holding
                #expect(posting.blocks == expected, "blocks of \(entry.key) in \(posting.document)")
            }
            let total = want.reduce(0) { total, number in
                var title: [String: Int] = [:]
                terms(numbered[number].title, into: &title)
                return total + (sections[number] ?? 0) + (title[entry.key] ?? 0)
            }
            #expect(entry.total == total)
        }
    }

    @Test("impacts: BM25's term frequency factor, quantized, with lengths rounded to two significant digits")
    func impacts() {
        #expect(SearchScoring.rounded(3734) == 3700 && SearchScoring.rounded(3750) == 3800 && SearchScoring.rounded(99) == 99)
        #expect(SearchScoring.rounded(123_456) == 120_000)
        #expect(SearchScoring.impact(count: 0, length: 100, average: 100) == 0)
        #expect(SearchScoring.impact(count: 1, length: 100, average: 100) == 7)  // 15 × 1 / 2.2 = 6.8
        #expect(SearchScoring.impact(count: 1, length: 100_000, average: 100) == 1, "at least 1")
        let longer = (1...30).map { SearchScoring.impact(count: $0, length: 4000, average: 2000) }
        #expect(longer == longer.sorted() && longer.last! <= 15, "more occurrences never lower it")
        #expect(SearchScoring.impact(count: 3, length: 1000, average: 2000) > SearchScoring.impact(count: 3, length: 8000, average: 2000))
    }

    @Test("title and heading lists, including complemented dense ones")
    func headingLists() throws {
        var documents = SearchTestCorpus.synthetic(count: 200, alphabet: 200, length: 50)
        for index in documents.indices where index % 3 != 0 { documents[index].title = "工会讲话" + documents[index].title }
        let reader = try SearchIndexReader(files: SearchIndexBuilder(options: .init(singleFileLimit: 0)).build(documents: documents, keywords: []))
        let entries = try reader.entries()
        let byURL = Dictionary(uniqueKeysWithValues: documents.map { ($0.url, $0) })
        let numbered = try reader.urls().map { try #require(byURL[$0]) }
        func terms(_ text: String) -> Set<String> {
            let characters = Array(text.unicodeScalars).map(String.init)
            return Set(characters.indices.flatMap { index in
                [characters[index]] + (index + 1 < characters.count ? [characters[index] + characters[index + 1]] : [])
            })
        }
        let titleTerms = numbered.map { terms($0.title) }
        let headingTerms = numbered.map { document in
            document.sections.filter(\.isHeading).reduce(into: Set<String>()) { $0.formUnion(terms($1.text)) }
        }
        for (_, entry) in entries {
            let lists = SearchIndexReader.headings(entry, documentCount: documents.count)
            let inTitle = numbered.indices.filter { titleTerms[$0].contains(entry.key) }
            let inHeading = numbered.indices.filter { headingTerms[$0].contains(entry.key) }
            #expect(lists.titles == inTitle, "titles of \(entry.key)")
            #expect(lists.headings == inHeading, "headings of \(entry.key)")
            #expect(entry.titles == inTitle.count && entry.headed == inHeading.count)
        }
        #expect(entries.contains { $0.entry.key == "讲话" && $0.entry.titles > 100 })
    }

    @Test("each keyword lists its speeches, for the keyword filter")
    func keywordLists() throws {
        let documents = try SearchTestCorpus.seedDocuments() + SearchTestCorpus.synthetic(count: 120)
        let reader = try SearchIndexReader(files: SearchIndexBuilder(options: .init(singleFileLimit: 0)).build(
            documents: documents, keywords: SearchTestCorpus.keywords))
        let urls = try reader.urls()
        for index in SearchTestCorpus.keywords.indices {
            let expected = documents.filter { $0.keywords.contains(index) }.map(\.url).sorted()
            #expect(try reader.keywordDocuments(index).map { urls[$0] }.sorted() == expected, "keyword \(index)")
        }
        #expect((reader.manifest["k"] as? [[Any]])?[3][5] as? String == "", "a keyword of no speech has no list")
    }

    @Test("an edit of one speech rewrites its blocks, a few shards and the manifest; never the other speeches' text")
    func editsStayLocal() throws {
        let documents = SearchTestCorpus.synthetic(count: 300, alphabet: 2500, length: 700)
        let options = SearchIndexBuilder.Options(singleFileLimit: 0, blockCharacters: 600)
        let before = SearchIndexBuilder(options: options).build(documents: documents, keywords: [])
        var edited = documents
        let last = edited[150].sections.count - 1
        edited[150].sections[last].text += "同志们，这是为测试加上的一句话。"
        let after = SearchIndexBuilder(options: options).build(documents: edited, keywords: [])
        let old = Dictionary(uniqueKeysWithValues: before.map { ($0.path, $0.bytes) })
        let changed = after.filter { old[$0.path] != $0.bytes }.map(\.path)
        let number = try SearchIndexReader(files: after).urls().firstIndex(of: edited[150].url)
        let texts = changed.filter { $0.hasPrefix("search/t/") }
        #expect(!texts.isEmpty && texts.allSatisfy { $0.hasPrefix("search/t/\(number! / 64)/\(number!)-") }, "\(texts)")
        let shards = after.filter { $0.path.hasPrefix("search/s/") }.count
        let changedShards = changed.filter { $0.hasPrefix("search/s/") }.count
        #expect(changedShards * 2 < shards, "\(changedShards) of \(shards) shards")
        #expect(changed.count < 60, "\(changed.count) files")
    }

    @Test("the shard count is a power of two near the ideal, so that an edit does not move every term")
    func shardCount() {
        #expect(SearchShardLayout.shardCount(0.3) == 1 && SearchShardLayout.shardCount(1.4) == 1)
        #expect(SearchShardLayout.shardCount(1.5) == 2 && SearchShardLayout.shardCount(250) == 256)
        #expect(SearchShardLayout.shardCount(181) == 128 && SearchShardLayout.shardCount(182) == 256)
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
        let urls = try reader.urls()
        for document in documents {
            let number = try #require(urls.firstIndex(of: document.url))
            let blocks = try reader.blocks(number)
            #expect(blocks.allSatisfy { $0.title == document.title && $0.date == document.date })
            let anchors = SearchIndexLayout.effectiveAnchors(document.sections)
            #expect(blocks.flatMap(\.anchors) == anchors)
            #expect(blocks.flatMap(\.headings) == document.sections.map(\.isHeading))
            #expect(try reader.sectionTexts(number) == document.sections.map(\.text))
        }
        let keywords = try #require(reader.manifest["k"] as? [[Any]])
        #expect(keywords[3][0] as? String == "</script><b>")
        #expect(keywords[3][1] as? [String] == ["\u{2028}"])
        #expect(keywords[3][4] as? String == "<img src=x onerror=alert(1)>")
    }

    @Test("a section longer than a block is cut after sentence ends, each piece repeating the next one's start")
    func longSections() throws {
        let sentence = "全心全意依靠工人阶级，推进产业工人队伍建设改革。"
        let text = String(repeating: sentence, count: 200) + "ＡＢＣ结尾"
        let document = SearchDocument(url: "a", title: "长段落", sections: [SearchSection(anchor: "p1", text: text)])
        let reader = try SearchIndexReader(files: SearchIndexBuilder(options: .init(singleFileLimit: 0, blockCharacters: 500))
            .build(documents: [document], keywords: []))
        let blocks = try reader.blocks(0)
        #expect(blocks.count > 8)
        var pieces: [String] = []
        for block in blocks {
            #expect(block.anchors.allSatisfy { $0 == "p1" })
            for (index, piece) in block.texts.enumerated() {
                let repeated = block.overlaps[index] ?? 0
                pieces.append(String(piece.utf16.dropLast(repeated))!)
                if repeated > 0 { #expect(String(piece.utf16.suffix(repeated))!.unicodeScalars.count == SearchBlocks.overlap) }
            }
        }
        #expect(pieces.allSatisfy { $0.unicodeScalars.count <= 500 })
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("。") }, "cut after a sentence end")
        let rebuilt = pieces.joined()
        #expect(rebuilt == text, "the pieces without their copies are the text")
    }

    @Test("rare characters beyond the table, ASCII and characters below U+0800 are escaped and restored")
    func characterTableOverflow() throws {
        let scalars = (0x20..<0x7FF).compactMap(Unicode.Scalar.init).filter { !$0.properties.isWhitespace }
        let text = String(String.UnicodeScalarView(scalars))
        let documents = [SearchDocument(url: "a", title: "标题 ~\"\\<", sections: [SearchSection(text: text + "工会" + text)])]
        let reader = try SearchIndexReader(files: SearchIndexBuilder(options: .init(singleFileLimit: 0)).build(documents: documents, keywords: []))
        #expect(try reader.sectionTexts(0) == [text + "工会" + text])
        #expect(try reader.block(0, 0).title == "标题 ~\"\\<")
    }

    @Test("the client's character table is the builder's")
    func clientTable() throws {
        let client = try String(contentsOf: SearchTestCorpus.repository.appendingPathComponent("templates/static/search-index.js"),
                                encoding: .utf8)
        let start = try #require(client.range(of: "// TABLE BEGIN"))
        let end = try #require(client.range(of: "// TABLE END"))
        let literal = client[start.upperBound..<end.lowerBound].split(separator: "\n").dropFirst()
            .compactMap { line -> Substring? in
                guard let open = line.firstIndex(of: "'"), let close = line.lastIndex(of: "'"), open < close else { return nil }
                return line[line.index(after: open)..<close]
            }.joined()
        #expect(literal == SearchCharRanking.characters)
        #expect(SearchCharRanking.characters.unicodeScalars.count == 1978)
    }

    @Test("degenerate input: no speeches, empty speeches, one long line")
    func degenerateInput() throws {
        #expect(try SearchIndexReader(files: SearchIndexBuilder().build(documents: [], keywords: [])).manifest["n"] as? Int == 0)
        let empty = SearchDocument(url: "", title: "", sections: [])
        let emptyFiles = SearchIndexBuilder().build(documents: [empty, empty], keywords: [])
        #expect(emptyFiles.count == 1)
        #expect(try SearchIndexReader(files: emptyFiles).blocks(1).map(\.texts) == [[]], "an empty speech has an empty block")
        // Speed on a 20 MB speech is measured by the benchmark (tests run unoptimised); here, correctness.
        let line = String(repeating: "全心全意依靠工人阶级，", count: 50_000)
        let files = SearchIndexBuilder().build(documents: [SearchDocument(url: "x", title: "长", sections: [SearchSection(text: line)])],
                                               keywords: [])
        let entries = try SearchIndexReader(files: files).entries()
        let pair = try #require(entries.first { $0.entry.key == "工人" })
        #expect(pair.entry.total == 50_000)
        #expect(SearchIndexReader.postings(pair.entry).map(\.blocks) == [nil], "in every block")
    }
}
