import PortalSupport

/// Lays the index out in files that a browser loads with `<script>` tags (so it works from `file://`).
///
/// Every file is one or more statements `portalgenSearchData("<id>",<data>);` where `<id>` is the file's
/// path in the index folder without `.js`, and `<data>` is JSON:
///
/// - `index` (`index.js`, the only file without a hash in its name): `{"v":1,"n":documents,
///   "c":character table,"k":[[term,[aliases],url,speechCount,description]…],"h":the term shards' 12-digit
///   hashes, concatenated,"b":block size,"t":the document blocks' 8-digit hashes, concatenated}`.
/// - `s/<hash>`: a term shard (see `SearchShardLayout`).
/// - `p/<hash>`: a long posting or heading list (a bit string; see `SearchEncodedTerm`).
/// - `t/<block hash>/<number>`: one speech, `[url, title, date, [anchors], heading flags ("0"/"1"),
///   [section texts]]`, title and texts encoded with the character table (see `SearchCharTable`). A block's
///   speeches share a folder, so no folder holds thousands of files (creating a file locks its folder).
///
/// A query loads `index`, the shards of its terms, the posting list of its rarest term (and heading lists when
/// they are long), and the texts of the speeches it shows. Small sites get one `index.js` with every statement.
struct SearchIndexLayout {
    let options: SearchIndexBuilder.Options
    let threads: Int

    func files(
        terms: [SearchEncodedTerm], buffers: [SearchCharBuffer], table: SearchCharTable, documents: [SearchDocument],
        keywords: [SearchKeyword]
    ) -> [SearchIndexFile] {
        var names = SearchContentNames()
        let (shards, lists) = SearchShardLayout(
            inlineLimit: options.inlinePostingLimit, targetBytes: options.shardTargetBytes, table: table, threads: threads
        ).parts(for: terms, buffers: buffers, names: &names)
        let (texts, blockHashes) = documentFiles(documents, table: table)
        let manifest = manifestPart(
            documentCount: documents.count, table: table, keywords: keywords, shards: shards, blockHashes: blockHashes)

        let directory = options.directory.isEmpty ? "" : options.directory + "/"
        var files = [SearchIndexFile(path: directory + "index.js", bytes: manifest.statement)]
        files.reserveCapacity(shards.count + lists.count + texts.count + 1)
        for part in shards + lists { files.append(SearchIndexFile(path: directory + part.id + ".js", bytes: part.statement)) }
        files += texts
        let total = files.reduce(0) { $0 + $1.bytes.count }
        guard total <= options.singleFileLimit else { return files }
        // A small site: one request. The manifest goes last so that every part is registered when it arrives.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(total)
        for file in files.dropFirst() { bytes += file.bytes }
        bytes += files[0].bytes
        return [SearchIndexFile(path: directory + "index.js", bytes: bytes)]
    }

    /// One file per speech, in a folder named by the hash of its block. Each statement is written with a
    /// placeholder for the hash, which is patched in once the block is complete, so the text is never copied.
    private func documentFiles(_ documents: [SearchDocument], table: SearchCharTable) -> ([SearchIndexFile], [String]) {
        let blockSize = max(1, options.documentBlockSize)
        let placeholder = String(repeating: "0", count: 8)
        var statements = (0..<documents.count).parallelMap(threads: threads) { number in
            // Encoded Chinese takes about half its UTF-8 size; the exact-size copy returns what was reserved.
            let utf8 = documents[number].sections.reduce(documents[number].title.utf8.count) { $0 + $1.text.utf8.count }
            var writer = SearchJSWriter(capacity: 256 + utf8 / 2 + utf8 / 8)
            writer.beginCall(id: "t/\(placeholder)/\(number)")
            let payloadStart = writer.bytes.count
            Self.writeDocument(documents[number], table: table, into: &writer)
            writer.endCall()
            return (writer.bytes.withUnsafeBufferPointer { Array($0) }, payloadStart)
        }
        var files: [SearchIndexFile] = []
        files.reserveCapacity(documents.count)
        var blockHashes: [String] = []
        let directory = options.directory.isEmpty ? "" : options.directory + "/"
        let hashes = Self.blockHashes(statements, blockSize: blockSize, threads: threads)
        for (blockIndex, blockStart) in stride(from: 0, to: statements.count, by: blockSize).enumerated() {
            let block = blockStart..<min(statements.count, blockStart + blockSize)
            let hash = hashes[blockIndex]
            blockHashes.append(hash)
            for number in block {
                var bytes: [UInt8] = []
                swap(&bytes, &statements[number].0)
                // The placeholder follows "t/" in the id, which ends with "/<number>", a quote and a comma.
                let hashStart = statements[number].1 - 2 - "/\(number)".utf8.count - 8
                bytes.replaceSubrange(hashStart..<(hashStart + 8), with: hash.utf8)
                files.append(SearchIndexFile(path: directory + "t/\(hash)/\(number).js", bytes: bytes))
            }
        }
        return (files, blockHashes)
    }

    /// The hash of each block's payloads. A function of its own so that its copy of the statements is gone
    /// before the caller patches them (a second reference would make every patch copy its statement).
    private static func blockHashes(_ statements: [([UInt8], Int)], blockSize: Int, threads: Int) -> [String] {
        let blockCount = (statements.count + blockSize - 1) / blockSize
        return (0..<blockCount).parallelMap(threads: threads) { block in
            var hasher = StableHasher()
            for number in (block * blockSize)..<min(statements.count, (block + 1) * blockSize) {
                let (bytes, payloadStart) = statements[number]
                bytes.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0[payloadStart...])) }
            }
            return StableHasher.hex(hasher.finalize(), digits: 8)
        }
    }

    private static func writeDocument(_ document: SearchDocument, table: SearchCharTable, into writer: inout SearchJSWriter) {
        writer.byte(UInt8(ascii: "["))
        writer.string(document.url)
        writer.byte(UInt8(ascii: ","))
        table.write(document.title, into: &writer)
        writer.byte(UInt8(ascii: ","))
        writer.optionalString(document.date)
        writer.raw(",[")
        for (index, section) in document.sections.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.optionalString(section.anchor)
        }
        writer.raw("],\"")
        for section in document.sections { writer.byte(section.isHeading ? UInt8(ascii: "1") : UInt8(ascii: "0")) }
        writer.raw("\",[")
        for (index, section) in document.sections.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            table.write(section.text, into: &writer)
        }
        writer.raw("]]")
    }

    private func manifestPart(
        documentCount: Int, table: SearchCharTable, keywords: [SearchKeyword],
        shards: [SearchIndexPart], blockHashes: [String]
    ) -> SearchIndexPart {
        var writer = SearchJSWriter()
        writer.raw("{\"v\":1,\"n\":\(documentCount),\"c\":")
        writer.string(table.tableString)
        writer.raw(",\"k\":[")
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
            writer.byte(UInt8(ascii: "]"))
        }
        writer.raw("],\"h\":\"")
        for shard in shards { writer.raw(String(shard.id.dropFirst(2))) }
        writer.raw("\",\"b\":\(max(1, options.documentBlockSize)),\"t\":\"")
        for hash in blockHashes { writer.raw(hash) }
        writer.raw("\"}")
        return SearchIndexPart(id: "index", payload: writer.bytes)
    }
}
