import PortalSupport

/// Merges the per-thread collections into the final term list, in key order, with each term's lists bit-coded
/// (see `SearchEncodedTerm`). Real corpora have hundreds of thousands of terms, most in one or two speeches, so
/// the per-term work avoids allocations beyond the term's own output.
enum SearchPostingMerger {
    /// The terms in key order and the buffers (one per chunk) that hold their lists.
    static func merge(
        _ parts: [SearchCollectedTerms], documentCount: Int, threads: Int
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
            var merger = Merger(parts: parts, documentCount: documentCount, chunk: chunk)
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
        let documentCount: Int
        let chunk: Int
        let buffer = SearchCharBuffer()
        var terms: [TermPart] = []
        private var titleDocuments: [Int32] = []
        private var headingDocuments: [Int32] = []
        private var complement: [Int32] = []

        init(parts: [SearchCollectedTerms], documentCount: Int, chunk: Int) {
            self.chunk = chunk
            arenas = parts.map(\.arena)
            postings = parts.map(\.postings)
            headings = parts.map(\.headings)
            statistics = parts.map(\.statistics)
            self.documentCount = documentCount
        }

        /// Transcodes the term's varint parts into the final bit codes in one pass. Workers cover increasing
        /// document ranges, and each one's first gap counts from -1, so its documents are absolute.
        mutating func encode(key: UInt64) -> SearchEncodedTerm {
            var documentFrequency = 0
            var countSum = 0
            var lastDocument = -1
            var headingEntries = 0
            for term in terms {
                let statistics = self.statistics[term.worker][term.local]
                documentFrequency += Int(statistics.documentFrequency)
                countSum += statistics.countSum
                lastDocument = Int(statistics.lastDocument)
                headingEntries += Int(statistics.headingCount)
            }
            let gapSum = lastDocument + 1 - documentFrequency
            let extraSum = countSum - documentFrequency
            let gapK = riceParameter(sum: gapSum, count: documentFrequency)
            let extraK = riceParameter(sum: extraSum, count: documentFrequency)
            let bits = gammaBits(gapK + 1) + gammaBits(extraK + 1)
                + riceBits(sum: gapSum, count: documentFrequency, k: gapK)
                + riceBits(sum: extraSum, count: documentFrequency, k: extraK)
            let postingList = SearchBitWriter.write(into: buffer, bits: bits) { writer in
                writer.writeGamma(UInt32(gapK + 1))
                writer.writeGamma(UInt32(extraK + 1))
                var previous = -1
                for term in terms {
                    var document = -1
                    arenas[term.worker].forEachBlock(postings[term.worker][term.local]) { block in
                        var reader = SearchVarintReader(block)
                        while !reader.isAtEnd {
                            document &+= Int(reader.next()) &+ 1
                            writer.writeRice(UInt32(truncatingIfNeeded: document &- previous &- 1), k: gapK)
                            writer.writeRice(reader.next() &- 1, k: extraK)
                            previous = document
                        }
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
                arenas[part.worker].forEachBlock(headings[part.worker][part.local]) { block in
                    var reader = SearchVarintReader(block)
                    while !reader.isAtEnd {
                        document &+= Int(reader.next()) &+ 1
                        let places = reader.byte()
                        if places & SearchTermCollector.Place.title != 0 { titleDocuments.append(Int32(document)) }
                        if places & SearchTermCollector.Place.heading != 0 { headingDocuments.append(Int32(document)) }
                    }
                }
            }
            term.titleCount = titleDocuments.count
            term.headingCount = headingDocuments.count
            // Lists of more than half the documents are stored as their complement, which codes in fewer bits.
            let titlesComplemented = titleDocuments.count * 2 > documentCount
            let headingsComplemented = headingDocuments.count * 2 > documentCount
            if titlesComplemented { Self.complement(&titleDocuments, documentCount: documentCount, scratch: &complement) }
            if headingsComplemented { Self.complement(&headingDocuments, documentCount: documentCount, scratch: &complement) }
            let titleK = Self.parameter(titleDocuments)
            let headingK = Self.parameter(headingDocuments)
            let bits = Self.listBits(titleDocuments, k: titleK) + Self.listBits(headingDocuments, k: headingK)
            let titles = titleDocuments
            let headings = headingDocuments
            term.headings = SearchBitWriter.write(into: buffer, bits: bits) { writer in
                Self.writeList(titles, complemented: titlesComplemented, k: titleK, to: &writer)
                Self.writeList(headings, complemented: headingsComplemented, k: headingK, to: &writer)
            }
        }

        private static func parameter(_ documents: [Int32]) -> Int {
            riceParameter(sum: Int(documents.last ?? -1) + 1 - documents.count, count: documents.count)
        }

        private static func listBits(_ documents: [Int32], k: Int) -> Int {
            let gapSum = Int(documents.last ?? -1) + 1 - documents.count
            return 1 + gammaBits(documents.count + 1)
                + (documents.isEmpty ? 0 : gammaBits(k + 1) + riceBits(sum: gapSum, count: documents.count, k: k))
        }

        private static func writeList(_ documents: [Int32], complemented: Bool, k: Int, to writer: inout SearchBitWriter) {
            writer.write(complemented ? 1 : 0, bits: 1)
            writer.writeGamma(UInt32(documents.count + 1))
            guard !documents.isEmpty else { return }
            writer.writeGamma(UInt32(k + 1))
            var previous: Int32 = -1
            for document in documents {
                writer.writeRice(UInt32(document - previous - 1), k: k)
                previous = document
            }
        }

        /// Replaces `documents` (ascending) by the documents not in it.
        private static func complement(_ documents: inout [Int32], documentCount: Int, scratch: inout [Int32]) {
            scratch.removeAll(keepingCapacity: true)
            var next = 0
            for document in 0..<Int32(documentCount) {
                if next < documents.count && documents[next] == document {
                    next += 1
                } else {
                    scratch.append(document)
                }
            }
            swap(&documents, &scratch)
        }
    }
}
