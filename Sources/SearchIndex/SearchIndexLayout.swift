import PortalSupport

/// Lays the index out in files that a browser loads with `<script>` tags (so it works from `file://`).
///
/// Every file is one or more statements `portalgenSearchData("<id>",<data>);` where `<id>` is the file's
/// path in the index folder without `.js`, and `<data>` is JSON. Format version 2:
///
/// - `index` (`index.js`, the entry point; its name never changes): `{"v":2,"n":speeches,"c":the character
///   table's checksum (SearchCharTable),"g":the generation (12 hex digits, changes with any content),
///   "h":the term shards' 12-digit hashes, concatenated,"y":[[year,first speech,speeches]…] (speeches are
///   numbered by date, so a year is a run of numbers),"k":[[term,[aliases],url,speeches,description,
///   hash of the part listing its speeches or ""]…]}`.
/// - `s/<hash>`: a term shard (`SearchShardLayout`).
/// - `p/<hash>`: a long posting or heading list (`SearchEncodedTerm`) or a keyword's speeches
///   (`SearchDocumentList`), as one base64url string.
/// - `t/<number / 64>/<number>-<block>`: block `block` of speech `number` (`SearchBlocks`): `[url, title,
///   date, blocks in the speech, [anchor of each text], heading flags ("0"/"1" per text), [texts],
///   [[text, UTF-16 length of its end that repeats the next piece]…]]`, title and texts encoded with the
///   character table (`SearchCharTable`). An anchor is the section's own or the nearest one before it.
///   Clients add `?v=<generation>` to these names, which do not change with their content.
///
/// Content-named files (`s/`, `p/`) change exactly when their bytes do; a block file changes when its text
/// does. So an edit of one speech rewrites its blocks, the shards of the terms whose lists changed and
/// `index.js`. A query loads `index`, the shards of its terms, the lists it needs and one block per result
/// shown. Small sites get one `index.js` with every statement.
struct SearchIndexLayout {
    let options: SearchIndexBuilder.Options
    let threads: Int
    static let version = 2
    /// Speeches per folder of block files (creating a file locks its folder, and no folder should grow large).
    static let folderSize = 64

    /// The documents in number order (`order[number]` is the index in `all`) and their blocks.
    struct Documents {
        var all: [SearchDocument]
        var order: [Int]
        var blocks: [SearchBlocks]

        subscript(number: Int) -> SearchDocument { all[order[number]] }
    }

    /// Makes every file of the index and hands each to `output` as soon as it is made; `index.js` last.
    func write(
        terms: [SearchEncodedTerm], buffers: [SearchCharBuffer], documents: Documents, keywords: [SearchKeyword],
        to output: SearchIndexOutput
    ) {
        let table = SearchCharTable.shared
        var names = SearchContentNames()
        var (shards, lists) = SearchShardLayout(
            inlineLimit: options.inlinePostingLimit, targetBytes: options.shardTargetBytes, table: table, threads: threads
        ).parts(for: terms, buffers: buffers, names: &names)
        let keywordLists = keywordParts(documents, keywordCount: keywords.count, names: &names, into: &lists)
        var generation = StableHasher()
        for (position, part) in (shards + lists).enumerated() {
            generation.combine(part.id)
            output.add(id: part.id, statement: part.statement, at: .part(position))
        }
        lists = []
        generation.combine(writeBlockFiles(documents, table: table, to: output))
        let manifest = manifestPart(
            documents, keywords: keywords, keywordLists: keywordLists, shards: shards,
            generation: StableHasher.hex(generation.finalize(), digits: 12))
        output.finish(manifest: manifest.statement)
    }

    /// Hands the statement of every block of every speech to `output` as it is made; returns a hash of them
    /// all, in number order.
    private func writeBlockFiles(_ documents: Documents, table: SearchCharTable, to output: SearchIndexOutput) -> UInt64 {
        let hashes = (0..<documents.order.count).parallelMap(threads: threads) { number -> UInt64 in
            let document = documents[number]
            let blocks = documents.blocks[number]
            let anchors = Self.effectiveAnchors(document.sections)
            var hasher = StableHasher()
            for block in 0..<blocks.count {
                let id = "t/\(number / Self.folderSize)/\(number)-\(block)"
                let pieces = blocks.pieces(of: block)
                let utf8 = pieces.reduce(document.title.utf8.count) { $0 + Int($1.overlapEnd - $1.start) }
                var writer = SearchJSWriter(capacity: 256 + utf8 / 2 + utf8 / 8)
                writer.beginCall(id: id)
                Self.writeBlock(document, pieces: pieces, blockCount: blocks.count, anchors: anchors, table: table,
                                into: &writer)
                writer.endCall()
                writer.bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
                output.add(id: id, statement: writer.bytes, at: SearchIndexOutput.Place(number: number, block: block))
            }
            return hasher.finalize()
        }
        var hasher = StableHasher()
        for hash in hashes { hasher.combine(hash) }
        return hasher.finalize()
    }

    /// Each section's anchor, or the nearest one before it (nil before the first).
    static func effectiveAnchors(_ sections: [SearchSection]) -> [String?] {
        var current: String?
        return sections.map { section in
            if let anchor = section.anchor { current = anchor }
            return current
        }
    }

    private static func writeBlock(
        _ document: SearchDocument, pieces: ArraySlice<SearchBlocks.Piece>, blockCount: Int, anchors: [String?],
        table: SearchCharTable, into writer: inout SearchJSWriter
    ) {
        writer.byte(UInt8(ascii: "["))
        writer.string(document.url)
        writer.byte(UInt8(ascii: ","))
        table.write(document.title, into: &writer)
        writer.byte(UInt8(ascii: ","))
        writer.optionalString(document.date)
        writer.raw(",\(blockCount),[")
        for (index, piece) in pieces.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.optionalString(anchors[Int(piece.section)])
        }
        writer.raw("],\"")
        for piece in pieces {
            writer.byte(document.sections[Int(piece.section)].isHeading ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        }
        writer.raw("\",[")
        var overlaps: [(Int, Int)] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            var text = document.sections[Int(piece.section)].text
            text.withUTF8 { bytes in
                table.write(utf8: UnsafeBufferPointer(rebasing: bytes[Int(piece.start)..<Int(piece.overlapEnd)]), into: &writer)
                // The client counts in UTF-16 code units: one per character, two from U+10000 up (lead byte ≥ F0).
                let repeated = bytes[Int(piece.end)..<Int(piece.overlapEnd)].reduce(0) {
                    $0 + ($1 & 0xC0 == 0x80 ? 0 : $1 >= 0xF0 ? 2 : 1)
                }
                if repeated > 0 { overlaps.append((index, repeated)) }
            }
        }
        writer.raw("],[")
        writer.raw(overlaps.map { "[\($0.0),\($0.1)]" }.joined(separator: ","))
        writer.raw("]]")
    }

    /// The part listing each keyword's speeches, by keyword (nil for a keyword of no speech).
    private func keywordParts(
        _ documents: Documents, keywordCount: Int, names: inout SearchContentNames, into lists: inout [SearchIndexPart]
    ) -> [String?] {
        var speeches = [[Int32]](repeating: [], count: keywordCount)
        for number in 0..<documents.order.count {
            for keyword in Set(documents[number].keywords) where keyword >= 0 && keyword < keywordCount {
                speeches[keyword].append(Int32(number))
            }
        }
        return speeches.map { numbers -> String? in
            guard !numbers.isEmpty else { return nil }
            let list = SearchDocumentList(numbers, documentCount: documents.order.count)
            let buffer = SearchCharBuffer(capacity: list.bits / 6 + 2)
            let slice = SearchBitWriter.write(into: buffer, bits: list.bits) { list.write(to: &$0) }
            var payload = SearchJSWriter(capacity: slice.characters + 2)
            payload.plainString(Array(buffer.characters(slice)))
            let (name, isNew) = names.name(for: payload.bytes, prefix: "p/")
            if isNew { lists.append(SearchIndexPart(id: "p/" + name, payload: payload.bytes)) }
            return name
        }
    }

    private func manifestPart(
        _ documents: Documents, keywords: [SearchKeyword], keywordLists: [String?], shards: [SearchIndexPart],
        generation: String
    ) -> SearchIndexPart {
        var writer = SearchJSWriter()
        writer.raw("{\"v\":\(Self.version),\"n\":\(documents.order.count),\"c\":")
        writer.string(SearchCharTable.shared.checksum)
        writer.raw(",\"g\":")
        writer.string(generation)
        writer.raw(",\"h\":\"")
        for shard in shards { writer.raw(String(shard.id.dropFirst(2))) }
        writer.raw("\",\"y\":[")
        var years: [(year: Int, first: Int, count: Int)] = []
        for number in 0..<documents.order.count {
            guard let year = documents[number].year else { continue }
            if years.last?.year == year { years[years.count - 1].count += 1 } else { years.append((year, number, 1)) }
        }
        writer.raw(years.map { "[\($0.year),\($0.first),\($0.count)]" }.joined(separator: ","))
        writer.raw("],\"k\":[")
        for (index, keyword) in keywords.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "["))
            writer.string(keyword.term)
            writer.raw(",[")
            for (aliasIndex, alias) in keyword.aliases.enumerated() {
                if aliasIndex > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.string(alias)
            }
            writer.raw("],")
            writer.string(keyword.url)
            writer.raw(",\(max(0, keyword.speechCount)),")
            writer.optionalString(keyword.description)
            writer.byte(UInt8(ascii: ","))
            writer.string(keywordLists[index] ?? "")
            writer.byte(UInt8(ascii: "]"))
        }
        writer.raw("]}")
        return SearchIndexPart(id: "index", payload: writer.bytes)
    }
}
