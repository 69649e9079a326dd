/// The part of the ranking that the index stores: BM25's term-frequency factor of each posting, quantized.
///
/// The client scores a speech for a phrase as `weight × (impact + 15 × in title + 4 × in a heading)`, where
/// the impact, title and heading flags are those of the phrase's key term (the term itself for one or two
/// characters, else its pair with the fewest occurrences in the index) and `weight` is BM25's inverse
/// document frequency of that term; speeches with equal scores rank newest first. The impact is
///
///     round(15 × tf / (tf + k1 × (1 − b + b × length / average)))   with k1 = 1.2, b = 0.75,
///
/// at least 1 when `tf` (the key term's occurrences in the speech's headings and paragraphs) is not 0, and 0
/// when it is. `length` is the speech's number of characters in headings and paragraphs and `average` that of
/// all speeches, both rounded to two significant digits: so an edit of one speech rarely changes its impacts,
/// and almost never those of every other speech, which keeps the posting lists (and the files holding them)
/// the same. Only `+ − × ÷` on doubles: the client and the tests compute the same integers.
enum SearchScoring {
    /// Bits of an impact in a posting list (impacts are 0…15).
    static let impactBits = 4
    static let levels = 15

    /// The impact of `count` occurrences in a speech of `length` characters when the average is `average`.
    static func impact(count: Int, length: Int, average: Int) -> Int {
        guard count > 0 else { return 0 }
        let norm = 0.25 + 0.75 * (Double(length) / Double(max(1, average)))
        let scaled = Double(levels) * Double(count) / (Double(count) + 1.2 * norm)
        return min(levels, max(1, Int((scaled + 0.5).rounded(.down))))
    }

    /// `value` rounded to two significant digits (values below 100 as they are).
    static func rounded(_ value: Int) -> Int {
        guard value >= 100 else { return max(0, value) }
        var unit = 1
        while value / unit >= 100 { unit *= 10 }
        return (value + unit / 2) / unit * unit
    }
}

/// The speeches' lengths as the impacts use them: each rounded, and their rounded average; with the impacts
/// of the first few counts at each length worked out once (the merger needs one per posting).
struct SearchLengths: Sendable {
    let rounded: [Int32]
    let average: Int
    /// Impacts of counts `0..<tabled` at each document's length, `tabled` per document.
    private let impacts: [UInt8]
    private static let tabled = 16

    init(_ lengths: [Int32]) {
        rounded = lengths.map { Int32(SearchScoring.rounded(Int($0))) }
        let total = lengths.reduce(0) { $0 + Int($1) }
        let average = SearchScoring.rounded(lengths.isEmpty ? 0 : total / lengths.count)
        self.average = average
        var byLength: [Int32: [UInt8]] = [:]
        var impacts: [UInt8] = []
        impacts.reserveCapacity(rounded.count * Self.tabled)
        for length in rounded {
            if byLength[length] == nil {
                byLength[length] = (0..<Self.tabled).map {
                    UInt8(SearchScoring.impact(count: $0, length: Int(length), average: average))
                }
            }
            impacts += byLength[length]!
        }
        self.impacts = impacts
    }

    @inline(__always)
    func impact(count: Int, document: Int) -> Int {
        if count < Self.tabled { return Int(impacts[document &* Self.tabled &+ count]) }
        return SearchScoring.impact(count: count, length: Int(rounded[document]), average: average)
    }
}
