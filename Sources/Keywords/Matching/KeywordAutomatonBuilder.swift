import PortalSupport

/// Builds the Aho–Corasick automaton behind `KeywordMatcher`: a byte trie of the patterns, failure links,
/// then a dense transition table over byte classes.
///
/// The table is what makes matching one load per input byte: every (state, byte class) pair already holds
/// its target, so the scan never walks failure links.
struct KeywordAutomatonBuilder {
    /// Beyond this many trie states the premultiplied Int32 offsets of the table could overflow; patterns
    /// that would need more states are skipped (a glossary is thousands of terms, far below this).
    static let maximumStates = 8_000_000

    private var children: [[UInt8: Int32]] = [[:]]
    private var terminal: [Int32] = [-1]
    private var depth: [Int32] = [0]
    private(set) var patternKeywords: [KeywordID] = []
    private var patternLengths: [Int32] = []

    /// Adds one pattern; returns false when it is ignored (empty, already present, or over the size limit).
    /// A text that is already present keeps its first keyword: the first entry of the caller's list wins.
    @discardableResult
    mutating func insert(_ bytes: [UInt8], keyword: KeywordID) -> Bool {
        guard !bytes.isEmpty else { return false }
        var node = 0
        var created: [Int] = []
        for byte in bytes {
            if let next = children[node][byte] {
                node = Int(next)
                continue
            }
            guard children.count < Self.maximumStates else {
                // Roll back the states this pattern created, so a skipped pattern leaves no dead branch.
                rollBack(created)
                return false
            }
            let next = Int32(children.count)
            children[node][byte] = next
            children.append([:])
            terminal.append(-1)
            depth.append(depth[node] + 1)
            created.append(node)
            node = Int(next)
        }
        guard terminal[node] < 0 else { return false }
        terminal[node] = Int32(patternKeywords.count)
        patternKeywords.append(keyword)
        patternLengths.append(Int32(bytes.count))
        return true
    }

    private mutating func rollBack(_ parents: [Int]) {
        for parent in parents.reversed() {
            let last = children.count - 1
            if let byte = children[parent].first(where: { $0.value == Int32(last) })?.key {
                children[parent][byte] = nil
            }
            children.removeLast()
            terminal.removeLast()
            depth.removeLast()
        }
    }

    /// Columns before the transitions in each row: depth, longest pattern length, pattern index.
    static let infoColumns = 3

    /// The compiled automaton, in the layout `KeywordMatcher` scans.
    struct Compiled {
        var table: [Int32]
        var byteClass: [Int32]
        /// Byte → column in a row (class plus `infoColumns`).
        var stride: Int
        var firstMatchOffset: Int
        var patternKeywords: [KeywordID]
        /// Byte length of each pattern.
        var patternLengths: [Int32]
        /// For each pattern, the longest other pattern that is a suffix of it (−1 if none): following these
        /// from a state's longest pattern lists every pattern ending there.
        var shorterSuffix: [Int32]
    }

    func compile() -> Compiled {
        // Bytes that occur in no pattern all behave alike (they lead back to the root), so they share class 0.
        var byteClass = [Int32](repeating: 0, count: 256)
        var classCount: Int32 = 1
        var used = [Bool](repeating: false, count: 256)
        for edges in children { for byte in edges.keys { used[Int(byte)] = true } }
        // Lead bytes first: in Chinese text most states sit between characters and only ever see lead bytes,
        // so their transitions share the row's first cache line with the state's info columns.
        for byte in Array(0xC0..<256) + Array(0..<0xC0) where used[byte] {
            byteClass[byte] = classCount
            classCount += 1
        }
        let classes = Int(classCount)
        let stateCount = children.count

        // Breadth-first order guarantees a state's failure target is complete before the state itself.
        var order: [Int] = [0]
        order.reserveCapacity(stateCount)
        var fail = [Int32](repeating: 0, count: stateCount)
        var output = [Int32](repeating: -1, count: stateCount)
        var dense = [Int32](repeating: 0, count: stateCount * classes)
        var head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            let row = node * classes
            if node != 0 {
                let failRow = Int(fail[node]) * classes
                for c in 0..<classes { dense[row + c] = dense[failRow + c] }
            }
            // Sorted so the state numbering, and therefore the table, is the same on every run.
            for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
                let c = Int(byteClass[Int(byte)])
                let childFail = node == 0 ? 0 : dense[Int(fail[node]) * classes + c]
                fail[Int(child)] = childFail
                // The longest pattern ending at a state is the state's own, else its failure state's.
                output[Int(child)] = terminal[Int(child)] >= 0 ? terminal[Int(child)] : output[Int(childFail)]
                dense[row + c] = child
                order.append(Int(child))
            }
        }

        // States that end a pattern go last, so the scan tests for a match with one comparison.
        var renumbered = [Int32](repeating: 0, count: stateCount)
        var next: Int32 = 0
        for node in order where output[node] < 0 {
            renumbered[node] = next
            next += 1
        }
        let firstMatchState = Int(next)
        for node in order where output[node] >= 0 {
            renumbered[node] = next
            next += 1
        }

        // Row layout: depth, longest pattern length, pattern index, then one entry per class.
        let stride = classes + Self.infoColumns
        var table = [Int32](repeating: 0, count: stateCount * stride)
        for node in 0..<stateCount {
            let row = Int(renumbered[node]) * stride
            let out = output[node]
            table[row] = depth[node]
            table[row + 1] = out >= 0 ? patternLengths[Int(out)] : 0
            table[row + 2] = out
            for c in 0..<classes {
                table[row + Self.infoColumns + c] = renumbered[Int(dense[node * classes + c])] * Int32(stride)
            }
        }
        for byte in 0..<256 { byteClass[byte] += Int32(Self.infoColumns) }
        // A pattern's trie state fails to the longest proper suffix that is a state; the longest pattern ending
        // there is the next one on the chain.
        var shorterSuffix = [Int32](repeating: -1, count: patternKeywords.count)
        for node in 0..<stateCount where terminal[node] >= 0 {
            shorterSuffix[Int(terminal[node])] = node == 0 ? -1 : output[Int(fail[node])]
        }
        return Compiled(
            table: table, byteClass: byteClass, stride: stride,
            firstMatchOffset: firstMatchState * stride, patternKeywords: patternKeywords,
            patternLengths: patternLengths, shorterSuffix: shorterSuffix)
    }
}
