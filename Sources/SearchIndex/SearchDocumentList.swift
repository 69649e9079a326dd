/// A set of documents as the index codes it (a speech's title and heading lists, a keyword's speeches): one
/// bit (1 = the list holds the documents *not* in the set, chosen when the set has more than half of them,
/// which keeps the lists of templated titles and common keywords small), the number of listed documents plus
/// one (Elias gamma), and if any, the Rice parameter plus one (gamma) and the Rice-coded gaps (each document
/// minus the previous one minus one, the first counted from -1).
struct SearchDocumentList {
    private let listed: [Int32]
    private let complemented: Bool
    private let k: Int

    /// The list of `documents` (ascending) among `documentCount`.
    init(_ documents: [Int32], documentCount: Int) {
        complemented = documents.count * 2 > documentCount
        if complemented {
            var others: [Int32] = []
            others.reserveCapacity(documentCount - documents.count)
            var next = 0
            for document in 0..<Int32(documentCount) {
                if next < documents.count && documents[next] == document { next += 1 } else { others.append(document) }
            }
            listed = others
        } else {
            listed = documents
        }
        k = SearchPostingMerger.riceParameter(sum: Int(listed.last ?? -1) + 1 - listed.count, count: listed.count)
    }

    /// An upper bound of the bits `write` writes.
    var bits: Int {
        let gapSum = Int(listed.last ?? -1) + 1 - listed.count
        return 1 + SearchPostingMerger.gammaBits(listed.count + 1)
            + (listed.isEmpty ? 0 : SearchPostingMerger.gammaBits(k + 1)
                + SearchPostingMerger.riceBits(sum: gapSum, count: listed.count, k: k))
    }

    func write(to writer: inout SearchBitWriter) {
        writer.write(complemented ? 1 : 0, bits: 1)
        writer.writeGamma(UInt32(listed.count + 1))
        guard !listed.isEmpty else { return }
        writer.writeGamma(UInt32(k + 1))
        var previous: Int32 = -1
        for document in listed {
            writer.writeRice(UInt32(document - previous - 1), k: k)
            previous = document
        }
    }
}
