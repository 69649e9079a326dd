/// One level of the Apriori walk in `CJKNGramStatistics`: the n-grams of one length, counted at the
/// positions where both their (n−1)-character prefix and suffix are frequent.
///
/// Its buffers are sized for the worst case (every position a new n-gram) but only the part in use is
/// ever written, so untouched memory costs nothing; the loop runs on raw pointers because it is the
/// hottest code of discovery.
final class NGramLevel {
    /// What every occurrence of an n-gram updates, together, so that an occurrence touches one place.
    struct Tally {
        var count: Int32
        var speeches: Int32
        var lastSpeech: Int32
    }

    /// Number of distinct n-grams; local id `i` is global id `firstID + i`.
    private(set) var count = 0
    let tallies: UnsafeMutablePointer<Tally>
    let prefixes: UnsafeMutablePointer<Int32>
    let suffixes: UnsafeMutablePointer<Int32>
    let firstPositions: UnsafeMutablePointer<Int32>
    /// The positions where an n-gram of this level starts, ascending.
    private(set) var positions: [Int32] = []
    /// (prefix id, suffix id) → local id.
    private let table: NGramHashTable

    /// Counts the n-grams at `starts`, the positions of the level below (ascending), where the (n−1)-gram
    /// there and the one starting a character later are both frequent, and writes each n-gram's global id into
    /// `current` at its position.
    /// - Parameters:
    ///   - previous: at each of `starts`, the global id of the (n−1)-gram there, `previousFirstID` + its local
    ///     id; anywhere else something below `previousFirstID` (an id of an older level, or a separator), so
    ///     that the level below never needs clearing.
    ///   - frequent: by local id of the level below, whether that (n−1)-gram is frequent.
    ///   - speechStarts: `CJKTextSample.speechStarts`.
    init(
        counting starts: UnsafeBufferPointer<Int32>, previous: UnsafeBufferPointer<Int32>, previousFirstID: Int32,
        frequent: UnsafeBufferPointer<Bool>, into current: UnsafeMutableBufferPointer<Int32>,
        speechStarts: UnsafeBufferPointer<Int32>, firstID: Int32
    ) {
        let capacity = max(1, starts.count)
        tallies = .allocate(capacity: capacity)
        prefixes = .allocate(capacity: capacity)
        suffixes = .allocate(capacity: capacity)
        firstPositions = .allocate(capacity: capacity)
        table = NGramHashTable(expectedCount: 1 << 12)
        let levelBelow = UInt32(frequent.count)
        var distinct: Int32 = 0
        // The speech of the position, followed along the ascending positions.
        var speechIndex = 0
        positions = [Int32](unsafeUninitializedCapacity: capacity) { positions, occurring in
            occurring = 0
            for position32 in starts {
                let position = Int(position32)
                // Local ids of the level below; anything else is negative or beyond it as unsigned.
                let left = previous[position] &- previousFirstID
                guard UInt32(bitPattern: left) < levelBelow, frequent[Int(left)] else { continue }
                // The last position is always a run boundary, so position + 1 is in range.
                let right = previous[position &+ 1] &- previousFirstID
                guard UInt32(bitPattern: right) < levelBelow, frequent[Int(right)] else { continue }
                let (local32, inserted) = table.findOrInsert(NGramHashTable.key(left, right), newValue: distinct)
                let local = Int(local32)
                while speechIndex &+ 1 < speechStarts.count && Int(speechStarts[speechIndex &+ 1]) <= position {
                    speechIndex &+= 1
                }
                let speech = Int32(truncatingIfNeeded: speechIndex)
                if inserted {
                    tallies[local] = Tally(count: 1, speeches: 1, lastSpeech: speech)
                    prefixes[local] = left &+ previousFirstID
                    suffixes[local] = right &+ previousFirstID
                    firstPositions[local] = position32
                    distinct &+= 1
                } else {
                    tallies[local].count &+= 1
                    if tallies[local].lastSpeech != speech {
                        tallies[local].lastSpeech = speech
                        tallies[local].speeches &+= 1
                    }
                }
                current[position] = firstID &+ local32
                positions[occurring] = position32
                occurring &+= 1
            }
        }
        count = Int(distinct)
    }

    deinit {
        tallies.deallocate()
        prefixes.deallocate()
        suffixes.deallocate()
        firstPositions.deallocate()
    }
}
