import PortalSupport

/// Splits the term dictionary into shards so that a query loads only the few it needs, in a compact form: most
/// terms of a real corpus occur in one or two speeches, so per-term overhead decides the dictionary's size.
///
/// A term's shard is the FNV-1a hash of its UTF-16 code units modulo the shard count (`SearchTermKey.shardHash`;
/// `search.js` computes the same), so the manifest lists only the shards' hashes. A shard is `["<terms>","<entry>.<entry>…"]`: the
/// terms' characters one after the other, encoded with the character table, and one bit string per term:
///
/// - 1 bit: the term is a pair (else one character); 1 bit each: postings, headings in a part of their own;
/// - Elias gamma: documents; occurrences − documents + 1; title documents + 1; heading documents + 1;
/// - the posting list (`SearchEncodedTerm`), or the 48-bit hash naming the part `p/<hash>` that holds it and
///   its length in characters (gamma), which tells the client what loading it costs;
/// - if any title or heading documents: the heading lists, or the hash of their part.
struct SearchShardLayout {
    let inlineLimit: Int
    let targetBytes: Int?
    let table: SearchCharTable
    let threads: Int

    private static let none = UInt64.max

    /// The shards in order, and the parts for long lists (each distinct list once).
    func parts(
        for terms: [SearchEncodedTerm], buffers: [SearchCharBuffer], names: inout SearchContentNames
    ) -> (shards: [SearchIndexPart], lists: [SearchIndexPart]) {
        // First the size of every entry, which decides the shard count, and the parts for long lists.
        var lists: [SearchIndexPart] = []
        var entryBits = [Int](repeating: 0, count: terms.count)
        var postingParts = [UInt64](repeating: Self.none, count: terms.count)
        var headingParts = [UInt64](repeating: Self.none, count: terms.count)
        var total = 0
        for (index, term) in terms.enumerated() {
            let buffer = buffers[term.chunk]
            var bits = 3 + SearchPostingMerger.gammaBits(term.documentFrequency)
                + SearchPostingMerger.gammaBits(term.countSum - term.documentFrequency + 1)
                + SearchPostingMerger.gammaBits(term.titleCount + 1) + SearchPostingMerger.gammaBits(term.headingCount + 1)
            if let name = reference(term.postings, in: buffer, lists: &lists, names: &names) {
                postingParts[index] = name
                bits += 48 + SearchPostingMerger.gammaBits(term.postings.characters)
            } else {
                bits += term.postings.bits
            }
            if term.titleCount + term.headingCount > 0 {
                if let name = reference(term.headings, in: buffer, lists: &lists, names: &names) {
                    headingParts[index] = name
                    bits += 48
                } else {
                    bits += term.headings.bits
                }
            }
            entryBits[index] = bits
            total += (bits + 5) / 6 + 4
        }
        // A query loads the shard list in the manifest (12 bytes per shard) and about four shards; this size
        // makes the two costs equal (then the count is rounded to a power of two).
        let target = targetBytes ?? max(256, Int((Double(total) * 12 / 4).squareRoot()))
        let count = Self.shardCount(Double(total) / Double(target))

        // Members of each shard, in term order (a counting sort).
        var starts = [Int](repeating: 0, count: count + 1)
        let shardOfTerm = terms.map { Int(SearchTermKey.shardHash($0.key) % UInt32(count)) }
        for shard in shardOfTerm { starts[shard + 1] += 1 }
        for shard in 0..<count { starts[shard + 1] += starts[shard] }
        var next = starts
        var members = [Int](repeating: 0, count: terms.count)
        for (index, shard) in shardOfTerm.enumerated() {
            members[next[shard]] = index
            next[shard] += 1
        }
        let (allMembers, ranges, bits) = (members, starts, entryBits)
        let (postings, headings) = (postingParts, headingParts)
        let payloads = (0..<count).parallelMap(threads: threads) { shard in
            shardPayload(Array(allMembers[ranges[shard]..<ranges[shard + 1]]), terms: terms, buffers: buffers,
                         entryBits: bits, postingParts: postings, headingParts: headings)
        }
        let shards = payloads.map { payload in
            SearchIndexPart(id: "s/" + names.name(for: payload, prefix: "s/").0, payload: payload)
        }
        return (shards, lists)
    }

    /// The power of two nearest to `ideal`: a term's shard depends on the count, so the count must not move
    /// with every edit (it would move every term); it changes only when the index doubles or halves.
    static func shardCount(_ ideal: Double) -> Int {
        var count = 1
        while Double(count) * 2 <= ideal * 2.0.squareRoot() { count *= 2 }
        return count
    }

    /// `["<terms>","<entry>.<entry>…"]` for the terms `members`.
    private func shardPayload(
        _ members: [Int], terms: [SearchEncodedTerm], buffers: [SearchCharBuffer], entryBits: [Int],
        postingParts: [UInt64], headingParts: [UInt64]
    ) -> [UInt8] {
        var writer = SearchJSWriter(capacity: members.count * 12 + 8)
        writer.byte(UInt8(ascii: "["))
        table.writeTerms(members.map { terms[$0].key }, into: &writer)
        writer.raw(",\"")
        let length = members.reduce(max(0, members.count - 1)) { $0 + (entryBits[$1] + 5) / 6 }
        let entries = [UInt8](unsafeUninitializedCapacity: length) { output, initialized in
            var position = 0
            for (order, index) in members.enumerated() {
                if order > 0 {
                    output[position] = UInt8(ascii: ".")
                    position += 1
                }
                let term = terms[index]
                let buffer = buffers[term.chunk]
                var bits = SearchBitWriter(output: output.baseAddress! + position, capacity: (entryBits[index] + 5) / 6)
                bits.write(SearchTermKey.isPair(term.key) ? 1 : 0, bits: 1)
                bits.write(postingParts[index] == Self.none ? 0 : 1, bits: 1)
                bits.write(headingParts[index] == Self.none ? 0 : 1, bits: 1)
                bits.writeGamma(UInt32(term.documentFrequency))
                bits.writeGamma(UInt32(term.countSum - term.documentFrequency + 1))
                bits.writeGamma(UInt32(term.titleCount + 1))
                bits.writeGamma(UInt32(term.headingCount + 1))
                if postingParts[index] != Self.none {
                    Self.writeHash(postingParts[index], to: &bits)
                    bits.writeGamma(UInt32(term.postings.characters))
                } else {
                    bits.append(term.postings, from: buffer)
                }
                if term.titleCount + term.headingCount > 0 {
                    if headingParts[index] != Self.none {
                        Self.writeHash(headingParts[index], to: &bits)
                    } else {
                        bits.append(term.headings, from: buffer)
                    }
                }
                bits.finish()
                position += bits.count
            }
            initialized = position
        }
        writer.append(entries)
        writer.raw("\"]")
        return writer.bytes
    }

    /// The 48-bit name of the part holding `list` when it is too long to sit in the shard, else nil.
    private func reference(
        _ list: SearchBitSlice, in buffer: SearchCharBuffer, lists: inout [SearchIndexPart], names: inout SearchContentNames
    ) -> UInt64? {
        guard list.characters > inlineLimit else { return nil }
        var payload = SearchJSWriter(capacity: list.characters + 2)
        payload.plainString(Array(buffer.characters(list)))
        let (name, isNew) = names.name(for: payload.bytes, prefix: "p/")
        if isNew { lists.append(SearchIndexPart(id: "p/" + name, payload: payload.bytes)) }
        return UInt64(name, radix: 16)
    }

    private static func writeHash(_ hash: UInt64, to writer: inout SearchBitWriter) {
        writer.write(UInt32(truncatingIfNeeded: hash >> 24), bits: 24)
        writer.write(UInt32(truncatingIfNeeded: hash & 0xFF_FFFF), bits: 24)
    }
}
