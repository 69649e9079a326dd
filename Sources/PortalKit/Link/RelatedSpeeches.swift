import Foundation
import PortalSupport

/// Finds related speeches: those sharing keywords, each shared keyword weighted by how rare it is (IDF).
///
/// Scores come from an inverted index (keyword → speeches), so the work for one speech grows with the
/// speeches reached through its keywords, not with the size of the site. Keywords in more than
/// `commonLimit` speeches are too common to make two speeches related on their own: they only add to the
/// scores of speeches already reached through a rarer keyword. That keeps the whole computation linear in
/// the number of speeches even when a few keywords occur everywhere.
struct RelatedSpeeches {
    private let keywordsOf: [[KeywordID]]
    private let keywordSetOf: [Set<KeywordID>]
    private let postings: [KeywordID: [Int]]
    private let idf: [KeywordID: Double]
    let commonLimit: Int

    init(speeches keywords: [[KeywordID]]) {
        keywordsOf = keywords
        keywordSetOf = keywords.map(Set.init)
        var postings: [KeywordID: [Int]] = [:]
        for (speech, ids) in keywords.enumerated() {
            for id in ids { postings[id, default: []].append(speech) }
        }
        self.postings = postings
        let total = Double(max(keywords.count, 1))
        idf = postings.mapValues { log(1 + total / Double($0.count)) }
        commonLimit = max(50, keywords.count / 50)
    }

    /// The `limit` best-scoring other speeches; ties go to the speech nearest in time, then the lower index.
    func mostRelated(to id: SpeechID, limit: Int) -> [SpeechID] {
        let speech = id.index
        var scores: [Int: Double] = [:]
        var common: [KeywordID] = []
        for keyword in keywordsOf[speech] {
            guard let speeches = postings[keyword], let weight = idf[keyword] else { continue }
            if speeches.count > commonLimit {
                common.append(keyword)
                continue
            }
            for other in speeches where other != speech { scores[other, default: 0] += weight }
        }
        for keyword in common {
            let weight = idf[keyword] ?? 0
            for (other, score) in scores where keywordSetOf[other].contains(keyword) {
                scores[other] = score + weight
            }
        }
        // When only common keywords are shared, fall back to the speeches nearest in time that share one.
        if scores.isEmpty, !common.isEmpty {
            for offset in 1...commonLimit {
                for other in [speech - offset, speech + offset] where keywordsOf.indices.contains(other) {
                    let shared = common.filter { keywordSetOf[other].contains($0) }
                    if !shared.isEmpty { scores[other] = shared.reduce(0) { $0 + (idf[$1] ?? 0) } }
                }
                if scores.count >= limit { break }
            }
        }
        return scores.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            let (l, r) = (abs(lhs.key - speech), abs(rhs.key - speech))
            return l != r ? l < r : lhs.key < rhs.key
        }.prefix(limit).map { SpeechID($0.key) }
    }
}
