import PortalSupport

/// Finds every keyword and alias in a text in one pass.
///
/// Built once from the glossary (each term and alias with its keyword id), then shared by all threads:
/// it is an immutable value. Matching is an Aho–Corasick automaton over UTF-8 bytes, compiled into a dense
/// table, with **leftmost-longest, non-overlapping** results: among mentions that start earliest, the
/// longest wins (产业工人队伍建设改革 over 产业工人), and the scan resumes after its end, so the mentions
/// never overlap and count the way a reader sees them.
///
/// `mentions(inUTF8:)` gives, from one scan of every occurrence, both those visible mentions and each keyword's
/// **uses**, which pages count: a keyword's names are matched leftmost-longest among themselves only, so a
/// use inside another keyword's longer mention still counts.
///
/// Texts are matched byte for byte: no case folding or Unicode normalisation, and no word boundaries
/// (Chinese has none; an ASCII term also matches inside a longer ASCII word). The table costs
/// states × byte classes × 4 bytes: about 3 MB for 1,000 Chinese terms, built in a few milliseconds.
public struct KeywordMatcher: Sendable {
    /// Row `r` starts at `r * stride`: the state's depth, the byte length of the longest pattern ending
    /// there (0 if none) and that pattern's index, then one premultiplied next-row offset per byte class.
    private let table: [Int32]
    /// Byte → column of its class in a row.
    private let byteClass: [Int32]
    /// Offset of the first row whose state ends a pattern; every row from here on does.
    private let firstMatchOffset: Int
    private let patternKeywords: [KeywordID]
    private let patternLengths: [Int32]
    /// Per pattern, the next shorter pattern ending where it ends (−1 if none).
    private let shorterSuffix: [Int32]

    /// Builds the matcher.
    ///
    /// - Parameter terms: each text to find with its keyword; a term and its aliases share a keyword. Empty
    ///   texts are ignored. When the same text appears twice, the **first** entry's id wins.
    ///   (Patterns beyond eight million automaton states, hundreds of thousands of terms, are skipped.)
    public init(_ terms: [(text: String, keyword: KeywordID)]) {
        var builder = KeywordAutomatonBuilder()
        for term in terms {
            builder.insert(Array(term.text.utf8), keyword: term.keyword)
        }
        let compiled = builder.compile()
        table = compiled.table
        byteClass = compiled.byteClass
        firstMatchOffset = compiled.firstMatchOffset
        patternKeywords = compiled.patternKeywords
        patternLengths = compiled.patternLengths
        shorterSuffix = compiled.shorterSuffix
    }

    /// How many distinct non-empty texts the matcher finds.
    public var patternCount: Int { patternKeywords.count }

    /// Whether the matcher can find anything at all.
    public var isEmpty: Bool { patternKeywords.isEmpty }

    /// The mentions in `text`, in order; offsets are UTF-8 byte offsets into `text`.
    public func matches(in text: String) -> [KeywordMatch] {
        if let found = text.utf8.withContiguousStorageIfAvailable({ matches(inUTF8: $0) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { matches(inUTF8: $0) }
    }

    /// The mentions in a UTF-8 buffer, in order; offsets are relative to the buffer's start.
    public func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [KeywordMatch] {
        var found: [KeywordMatch] = []
        // Keyword mentions are sparse in prose; this avoids most regrowth without overcommitting.
        found.reserveCapacity(bytes.count / 256)
        forEachMatch(inUTF8: bytes) { found.append($0) }
        return found
    }

    /// Every keyword's uses and the visible mentions of `text` (see `KeywordMentions`), from one scan.
    /// - Parameter linkable: keywords that may be visible mentions; the others are only counted.
    public func mentions(inUTF8 bytes: UnsafeBufferPointer<UInt8>, linkable: (KeywordID) -> Bool = { _ in true }) -> KeywordMentions {
        var occurrences: [KeywordMatch] = []
        forEachOccurrence(inUTF8: bytes) { occurrences.append($0) }
        return KeywordMentions(occurrences: occurrences, linkable: linkable)
    }

    /// `mentions(inUTF8:)` for a string.
    public func mentions(in text: String, linkable: (KeywordID) -> Bool = { _ in true }) -> KeywordMentions {
        if let found = text.utf8.withContiguousStorageIfAvailable({ mentions(inUTF8: $0, linkable: linkable) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { mentions(inUTF8: $0, linkable: linkable) }
    }

    /// Calls `body` for every occurrence of every name, overlapping ones included, in the order they end
    /// (at one end, the longest first). What counting builds on: `KeywordMentions(occurrences:)` makes each
    /// keyword's uses from these.
    public func forEachOccurrence(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (KeywordMatch) -> Void) {
        guard let text = bytes.baseAddress, !bytes.isEmpty, !patternKeywords.isEmpty else { return }
        let count = bytes.count
        let firstMatch = firstMatchOffset
        table.withUnsafeBufferPointer { tableBuffer in
            byteClass.withUnsafeBufferPointer { classBuffer in
                guard let t = tableBuffer.baseAddress, let classOf = classBuffer.baseAddress else { return }
                var i = 0
                var state = 0
                while i < count {
                    state = Int(t[state &+ Int(classOf[Int(text[i])])])
                    i &+= 1
                    guard state >= firstMatch else { continue }
                    // Every pattern ending here: the longest, then its suffixes that are patterns too.
                    var pattern = Int(t[state &+ 2])
                    while pattern >= 0 {
                        body(KeywordMatch(keyword: patternKeywords[pattern], start: i &- Int(patternLengths[pattern]), end: i))
                        pattern = Int(shorterSuffix[pattern])
                    }
                }
            }
        }
    }

    /// Calls `body` for each mention in order, without building an array (for counting passes).
    public func forEachMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (KeywordMatch) -> Void) {
        guard let text = bytes.baseAddress, !bytes.isEmpty, !patternKeywords.isEmpty else { return }
        let count = bytes.count
        let firstMatch = firstMatchOffset
        table.withUnsafeBufferPointer { tableBuffer in
            byteClass.withUnsafeBufferPointer { classBuffer in
                guard let t = tableBuffer.baseAddress, let classOf = classBuffer.baseAddress else { return }
                var i = 0
                var state = 0
                while i < count {
                    // Hot loop: one table load per byte until a state that ends some pattern.
                    repeat {
                        state = Int(t[state &+ Int(classOf[Int(text[i])])])
                        i &+= 1
                    } while state < firstMatch && i < count
                    if state < firstMatch { return }

                    // A mention is known; a longer one at the same start, or one starting earlier, may still
                    // be under way. The state's depth says where the earliest unfinished candidate starts:
                    // once that is past the best start, nothing can beat the best any more.
                    var bestEnd = i
                    var bestStart = i &- Int(t[state &+ 1])
                    var bestPattern = Int(t[state &+ 2])
                    while i < count && i &- Int(t[state]) <= bestStart {
                        state = Int(t[state &+ Int(classOf[Int(text[i])])])
                        i &+= 1
                        if state >= firstMatch {
                            let start = i &- Int(t[state &+ 1])
                            if start <= bestStart {
                                bestStart = start
                                bestEnd = i
                                bestPattern = Int(t[state &+ 2])
                            }
                        }
                    }
                    body(KeywordMatch(keyword: patternKeywords[bestPattern], start: bestStart, end: bestEnd))
                    // Non-overlapping: resume right after the mention, from the root. At most one pattern's
                    // length of bytes is read twice.
                    i = bestEnd
                    state = 0
                }
            }
        }
    }
}
