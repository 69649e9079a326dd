/// One level of the Apriori walk in `CJKNGramStatistics`: the n-grams of one length, counted at the
/// positions where both their (n−1)-character prefix and suffix are frequent.
///
/// Its buffers are sized for the worst case (every position a new n-gram) but only the part in use is
/// ever written, so untouched memory costs nothing; the loop runs on raw pointers because it is the
/// hottest code of discovery.
final class NGramLevel {
    /// Number of distinct n-grams; local id `i` is global id `firstID + i`.
    private(set) var count = 0
    let counts: UnsafeMutablePointer<Int32>
    let speeches: UnsafeMutablePointer<Int32>
    let prefixes: UnsafeMutablePointer<Int32>
    let suffixes: UnsafeMutablePointer<Int32>
    let firstPositions: UnsafeMutablePointer<Int32>
    /// The positions where an n-gram of this level starts, ascending.
    let positions: UnsafeMutablePointer<Int32>
    private(set) var positionCount = 0
    /// (prefix id, suffix id) → local id.
    let table: NGramHashTable
    private let lastSpeech: UnsafeMutablePointer<Int32>

    /// Counts the n-grams starting at `alive` (where `previous` holds a frequent (n−1)-gram) and writes
    /// each one's global id into `current` at its position.
    init(
        counting alive: [Int32], previous: UnsafeBufferPointer<Int32>, into current: UnsafeMutableBufferPointer<Int32>,
        speechOf: UnsafeBufferPointer<Int32>, firstID: Int32
    ) {
        let capacity = max(1, alive.count)
        counts = .allocate(capacity: capacity)
        speeches = .allocate(capacity: capacity)
        prefixes = .allocate(capacity: capacity)
        suffixes = .allocate(capacity: capacity)
        firstPositions = .allocate(capacity: capacity)
        positions = .allocate(capacity: capacity)
        lastSpeech = .allocate(capacity: capacity)
        table = NGramHashTable(expectedCount: 1 << 12)
        var distinct = 0
        var occurring = 0
        for position32 in alive {
            let position = Int(position32)
            // The last position is always a run boundary, so position + 1 is in range.
            let right = previous[position + 1]
            guard right >= 0 else { continue }
            let left = previous[position]
            let (local32, inserted) = table.findOrInsert(
                NGramHashTable.key(left, right), newValue: Int32(truncatingIfNeeded: distinct))
            let local = Int(local32)
            let speech = speechOf[position]
            if inserted {
                counts[local] = 1
                speeches[local] = 1
                lastSpeech[local] = speech
                prefixes[local] = left
                suffixes[local] = right
                firstPositions[local] = position32
                distinct += 1
            } else {
                counts[local] &+= 1
                if lastSpeech[local] != speech {
                    lastSpeech[local] = speech
                    speeches[local] &+= 1
                }
            }
            current[position] = firstID &+ local32
            positions[occurring] = position32
            occurring += 1
        }
        count = distinct
        positionCount = occurring
    }

    deinit {
        counts.deallocate()
        speeches.deallocate()
        prefixes.deallocate()
        suffixes.deallocate()
        firstPositions.deallocate()
        positions.deallocate()
        lastSpeech.deallocate()
    }
}
