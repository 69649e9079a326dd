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
    /// The byte length of the longest pattern.
    private let longestPattern: Int
    /// By keyword index: whether the keyword has more than one name (its uses need sorting).
    private let hasSeveralNames: [Bool]

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
        longestPattern = Int(compiled.patternLengths.max() ?? 0)
        var names = [Int](repeating: 0, count: (compiled.patternKeywords.map(\.index).max() ?? -1) + 1)
        for keyword in compiled.patternKeywords { names[keyword.index] += 1 }
        hasSeveralNames = names.map { $0 > 1 }
    }

    /// How many distinct non-empty texts the matcher finds.
    public var patternCount: Int { patternKeywords.count }

    /// Whether the matcher can find anything at all.
    public var isEmpty: Bool { patternKeywords.isEmpty }

    /// The mentions in `text`, in order; offsets are UTF-8 byte offsets into `text`.
    public func matches(in text: String) -> [KeywordMatch] {
        text.withUTF8Bytes { matches(inUTF8: $0) }
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
    ///
    /// Uses as `KeywordMentions.uses(among:)` finds them, without sorting every occurrence: occurrences come
    /// in the order they end, which for a keyword with one name is also the order they start, so its uses are
    /// taken as they come; a visible mention is decided as soon as no occurrence still to come could start
    /// before it (within the longest pattern's length). Only keywords with several names are sorted, among
    /// themselves. Uses come in text order for each keyword (the keywords interleaved by where uses end).
    public func mentions(inUTF8 bytes: UnsafeBufferPointer<UInt8>, linkable: (KeywordID) -> Bool = { _ in true }) -> KeywordMentions {
        var uses: [KeywordMatch] = []
        var visible: [KeywordMatch] = []
        // Visible mentions: linkable occurrences wait, ordered by start (the longest first), until no
        // occurrence still to come can start as early; then the first is taken unless it overlaps.
        var waiting: [KeywordMatch] = []
        var head = 0
        var visibleEnd = 0
        var severalNames: [KeywordMatch] = []
        let longest = longestPattern
        var occurrences: [KeywordMatch] = []
        forEachOccurrence(inUTF8: bytes) { occurrences.append($0) }
        guard !occurrences.isEmpty else { return KeywordMentions() }
        // Each keyword's last use, by keyword, in a small open-addressing table with room for every
        // occurrence's keyword.
        let slots = max(16, 1 << (Int.bitWidth - (2 * occurrences.count).leadingZeroBitCount))
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * slots) { table in
            table.initialize(repeating: -1)
            hasSeveralNames.withUnsafeBufferPointer { several in
                for occurrence in occurrences {
                    let threshold = occurrence.end &- longest
                    while head < waiting.count, waiting[head].start < threshold {
                        if waiting[head].start >= visibleEnd {
                            visible.append(waiting[head])
                            visibleEnd = waiting[head].end
                        }
                        head &+= 1
                    }
                    if occurrence.start >= visibleEnd, linkable(occurrence.keyword) {
                        if head > 64, head &* 2 > waiting.count {
                            waiting.removeFirst(head)
                            head = 0
                        }
                        var index = waiting.count
                        while index > head, (occurrence.start, waiting[index &- 1].end) < (waiting[index &- 1].start, occurrence.end) {
                            index &-= 1
                        }
                        if index == waiting.count { waiting.append(occurrence) } else { waiting.insert(occurrence, at: index) }
                    }
                    let keyword = occurrence.keyword.index
                    if keyword < several.count, several[keyword] {
                        severalNames.append(occurrence)
                        continue
                    }
                    var slot = (keyword &* 0x9E37_79B9) & (slots &- 1)
                    while table[2 &* slot] != keyword && table[2 &* slot] != -1 { slot = (slot &+ 1) & (slots &- 1) }
                    if table[2 &* slot] == -1 {
                        table[2 &* slot] = keyword
                        table[2 &* slot &+ 1] = 0
                    }
                    if occurrence.start >= table[2 &* slot &+ 1] {
                        table[2 &* slot &+ 1] = occurrence.end
                        uses.append(occurrence)
                    }
                }
            }
        }
        while head < waiting.count {
            if waiting[head].start >= visibleEnd {
                visible.append(waiting[head])
                visibleEnd = waiting[head].end
            }
            head += 1
        }
        if !severalNames.isEmpty { uses += KeywordMentions.uses(among: severalNames) }
        return KeywordMentions(uses: uses, visible: visible)
    }

    /// `mentions(inUTF8:)` for a string.
    public func mentions(in text: String, linkable: (KeywordID) -> Bool = { _ in true }) -> KeywordMentions {
        text.withUTF8Bytes { mentions(inUTF8: $0, linkable: linkable) }
    }

    /// Calls `body` for every occurrence of every name, overlapping ones included, in the order they end
    /// (at one end, the longest first). What counting builds on: `KeywordMentions.uses(among:)` makes each
    /// keyword's uses from these.
    public func forEachOccurrence(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (KeywordMatch) -> Void) {
        let firstMatch = firstMatchOffset
        withTable(bytes) { text, count, t, classOf in
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

    /// Calls `body` with the text, its length, the table and the byte classes, unless there is nothing to find.
    @inline(__always)
    private func withTable(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafePointer<UInt8>, Int, UnsafePointer<Int32>, UnsafePointer<Int32>) -> Void
    ) {
        guard let text = bytes.baseAddress, !bytes.isEmpty, !patternKeywords.isEmpty else { return }
        table.withUnsafeBufferPointer { tableBuffer in
            byteClass.withUnsafeBufferPointer { classBuffer in
                guard let t = tableBuffer.baseAddress, let classOf = classBuffer.baseAddress else { return }
                body(text, bytes.count, t, classOf)
            }
        }
    }

    /// Calls `body` for each leftmost-longest mention in order (for `matches(inUTF8:)`).
    private func forEachMatch(inUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (KeywordMatch) -> Void) {
        let firstMatch = firstMatchOffset
        withTable(bytes) { text, count, t, classOf in
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
