import PortalSupport

/// Merges the per-thread collections into the final term list, in key order, with each term's lists bit-coded
/// (see `SearchEncodedTerm`). Real corpora have hundreds of thousands of terms, most in one or two speeches, so
/// the per-term work avoids allocations beyond the term's own output.
enum SearchPostingMerger {
    /// The terms in key order and the buffers (one per chunk) that hold their lists.
    static func merge(
        _ parts: [SearchCollectedTerms], lengths: SearchLengths, threads: Int
    ) -> (terms: [SearchEncodedTerm], buffers: [SearchCharBuffer]) {
        let workers = parts.count
        var table = SearchTermTable(capacity: parts.first?.keys.count ?? 16)
        var keys: [UInt64] = []
        var localToGlobal: [[Int32]] = []
        for part in parts {
            var mapping = [Int32](repeating: -1, count: part.keys.count)
            for (local, key) in part.keys.enumerated() {
                let next = Int32(keys.count)
                let global = table.id(for: key, nextID: next)
                if global == next { keys.append(key) }
                mapping[local] = global
            }
            localToGlobal.append(mapping)
        }
        // Term by worker: the local id, or -1 where that worker never saw the term.
        var globalToLocal = [Int32](repeating: -1, count: keys.count * workers)
        for (worker, mapping) in localToGlobal.enumerated() {
            for (local, global) in mapping.enumerated() { globalToLocal[Int(global) * workers + worker] = Int32(local) }
        }
        let allKeys = keys
        var sorted = keys.enumerated().map { SortedTerm(key: $0.element, global: Int32($0.offset)) }
        sorted.sort { $0.key < $1.key }
        let order = sorted.map { Int($0.global) }
        let locals = globalToLocal
        let chunks = IndexRanges.split(count: order.count, parts: threads * 8)
        let encoded = (0..<chunks.count).parallelMap(threads: threads) { chunk in
            var merger = Merger(parts: parts, lengths: lengths, chunk: chunk)
            var output: [SearchEncodedTerm] = []
            output.reserveCapacity(chunks[chunk].count)
            for position in chunks[chunk] {
                let global = order[position]
                merger.terms.removeAll(keepingCapacity: true)
                for worker in 0..<workers where locals[global * workers + worker] >= 0 {
                    merger.terms.append(TermPart(worker: worker, local: Int(locals[global * workers + worker])))
                }
                output.append(merger.encode(key: allKeys[global]))
            }
            return (output, merger.buffer)
        }
        return (encoded.flatMap(\.0), encoded.map(\.1))
    }

    /// The Rice parameter for values with this sum and count: about the logarithm of their mean (the smallest
    /// `k` with `count << (k + 1) >= sum`), within a fraction of a percent of the best choice on real lists.
    static func riceParameter(sum: Int, count: Int) -> Int {
        var k = 0
        while k < 24 && count << (k + 1) < sum { k += 1 }
        return k
    }

    /// An upper bound of the bits that Rice codes with parameter `k` take for `count` values summing to `sum`
    /// (the sum of the quotients is at most the quotient of the sum).
    static func riceBits(sum: Int, count: Int, k: Int) -> Int { sum >> k + count * (k + 1) }

    /// The bits of the Elias gamma code of `value`.
    static func gammaBits(_ value: Int) -> Int { 2 * SearchBitWriter.gammaWidth(UInt32(value)) - 1 }

    private struct SortedTerm {
        var key: UInt64
        var global: Int32
    }

    private struct TermPart {
        var worker: Int
        var local: Int
    }

    /// One thread's merging state, reused from term to term.
    private struct Merger {
        let arenas: [SearchChainArena]
        let postings: [[SearchChainArena.List]]
        let headings: [[SearchChainArena.List]]
        let statistics: [[SearchCollectedTerms.Statistics]]
        let lengths: SearchLengths
        var documentCount: Int { lengths.rounded.count }
        let chunk: Int
        let buffer = SearchCharBuffer()
        var terms: [TermPart] = []
        private var titleDocuments: [Int32] = []
        private var headingDocuments: [Int32] = []

        init(parts: [SearchCollectedTerms], lengths: SearchLengths, chunk: Int) {
            self.chunk = chunk
            arenas = parts.map(\.arena)
            postings = parts.map(\.postings)
            headings = parts.map(\.headings)
            statistics = parts.map(\.statistics)
            self.lengths = lengths
        }

        /// Transcodes the term's varint records into the final bit codes in one pass. Workers cover increasing
        /// document ranges, and each one's first gap counts from -1, so its documents are absolute.
        mutating func encode(key: UInt64) -> SearchEncodedTerm {
            var documentFrequency = 0
            var countSum = 0
            var lastDocument = -1
            var headingEntries = 0
            var blockBits = 0
            for term in terms {
                let statistics = self.statistics[term.worker][term.local]
                documentFrequency += Int(statistics.documentFrequency)
                countSum += statistics.countSum
                lastDocument = Int(statistics.lastDocument)
                headingEntries += Int(statistics.headingCount)
                blockBits += statistics.blockBits
            }
            let gapSum = lastDocument + 1 - documentFrequency
            let gapK = riceParameter(sum: gapSum, count: documentFrequency)
            let bits = gammaBits(gapK + 1) + riceBits(sum: gapSum, count: documentFrequency, k: gapK)
                + SearchScoring.impactBits * documentFrequency + blockBits
            let lengths = self.lengths
            let postingList = SearchBitWriter.write(into: buffer, bits: bits) { writer in
                writer.writeGamma(UInt32(gapK + 1))
                var previous = -1
                for term in terms {
                    var document = -1
                    var reader = arenas[term.worker].reader(postings[term.worker][term.local])
                    while !reader.isAtEnd {
                        document &+= Int(reader.next()) &+ 1
                        writer.writeRice(UInt32(truncatingIfNeeded: document &- previous &- 1), k: gapK)
                        previous = document
                        let count = Int(reader.next())
                        let impact = UInt32(lengths.impact(count: count, document: document))
                        guard count > 0 else {
                            writer.write(impact, bits: SearchScoring.impactBits)
                            continue
                        }
                        // The impact and the every-block bit in one write.
                        let blocks = reader.next()
                        writer.write(impact << 1 | (blocks == 0 ? 1 : 0), bits: SearchScoring.impactBits + 1)
                        guard blocks > 0 else { continue }
                        writer.writeGamma(blocks)
                        for _ in 0..<blocks { writer.writeGamma(reader.next() &+ 1) }
                    }
                }
            }
            var term = SearchEncodedTerm(
                key: key, documentFrequency: documentFrequency, countSum: countSum, postings: postingList,
                titleCount: 0, headingCount: 0, headings: SearchBitSlice(), chunk: chunk)
            if headingEntries > 0 { headingLists(into: &term) }
            return term
        }

        /// The title and heading lists of a term (see `SearchEncodedTerm`).
        private mutating func headingLists(into term: inout SearchEncodedTerm) {
            titleDocuments.removeAll(keepingCapacity: true)
            headingDocuments.removeAll(keepingCapacity: true)
            for part in terms {
                var document = -1
                var reader = arenas[part.worker].reader(headings[part.worker][part.local])
                while !reader.isAtEnd {
                    document &+= Int(reader.next()) &+ 1
                    let places = reader.byte()
                    if places & SearchTermCollector.Place.title != 0 { titleDocuments.append(Int32(document)) }
                    if places & SearchTermCollector.Place.heading != 0 { headingDocuments.append(Int32(document)) }
                }
            }
            term.titleCount = titleDocuments.count
            term.headingCount = headingDocuments.count
            let titles = SearchDocumentList(titleDocuments, documentCount: documentCount)
            let headings = SearchDocumentList(headingDocuments, documentCount: documentCount)
            term.headings = SearchBitWriter.write(into: buffer, bits: titles.bits + headings.bits) { writer in
                titles.write(to: &writer)
                headings.write(to: &writer)
            }
        }
    }
}
