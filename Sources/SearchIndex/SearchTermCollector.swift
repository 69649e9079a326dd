/// The terms of a contiguous run of documents, as collected by one thread.
///
/// Term `i` has key `keys[i]`; its postings are varint pairs (gap from the previous document minus one, the
/// first counted from -1; count) in the chain `postings[i]` of `arena`, and its heading entries a varint gap
/// plus a byte of `Place` flags in `headings[i]` likewise. A pair never straddles two blocks.
struct SearchCollectedTerms: Sendable {
    var keys: [UInt64] = []
    var arena = SearchChainArena()
    var postings: [SearchChainArena.List] = []
    var headings: [SearchChainArena.List] = []
    /// Per term: documents, total count, last document, heading entries and last heading document.
    var statistics: [Statistics] = []
    /// Occurrences of the code points that the single-character terms do not count (white space, and
    /// characters that fold to another), for the character table.
    var characterCounts: [(scalar: UInt32, count: UInt32)] = []

    struct Statistics: Sendable {
        var documentFrequency: Int32 = 0
        var countSum = 0
        var lastDocument: Int32 = -1
        var headingCount: Int32 = 0
        var lastHeadingDocument: Int32 = -1
    }
}

/// Collects every character and every pair of adjacent characters of each title, heading and paragraph
/// (after folding; never across a space or from one section into the next), with per-document counts and
/// where each term occurs (title, headings).
///
/// This is the builder's hot loop (one pass over tens of millions of characters), so it decodes UTF-8 itself
/// and keeps its counters in raw memory that it indexes without checks.
struct SearchTermCollector: ~Copyable {
    /// Flags for where a term occurs in a document; the client ranks title hits over heading hits over body hits.
    enum Place {
        static let heading: UInt8 = 1
        static let title: UInt8 = 2
    }

    private var keys: [UInt64] = []
    private var pairs = SearchTermTable(capacity: 1 << 14)
    private let arena = SearchChainArena()
    private let characterCounts: UnsafeMutablePointer<UInt32>
    private let singleIDs: UnsafeMutablePointer<Int32>
    private var slots: UnsafeMutablePointer<TermSlot>
    private var slotCapacity = 1 << 12
    private var touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0

    /// Everything known about one term during collection.
    private struct TermSlot {
        var count: Int32 = 0
        var places: UInt8 = 0
        var statistics = SearchCollectedTerms.Statistics()
        var postings = SearchChainArena.Chain()
        var headings = SearchChainArena.Chain()
    }

    private static let scalarLimit = 0x11_0000

    init() {
        characterCounts = .allocate(capacity: Self.scalarLimit)
        characterCounts.initialize(repeating: 0, count: Self.scalarLimit)
        singleIDs = .allocate(capacity: Self.scalarLimit)
        singleIDs.initialize(repeating: -1, count: Self.scalarLimit)
        slots = .allocate(capacity: 1 << 12)
        touched = .allocate(capacity: 1 << 12)
    }

    deinit {
        characterCounts.deallocate()
        singleIDs.deallocate()
        slots.deinitialize(count: keys.count)
        slots.deallocate()
        touched.deallocate()
    }

    /// Collects `documents[range]`; document numbers are their indices.
    static func collect(_ documents: [SearchDocument], range: Range<Int>) -> SearchCollectedTerms {
        var collector = SearchTermCollector()
        for number in range {
            let document = documents[number]
            collector.addField(document.title, place: Place.title)
            for section in document.sections {
                collector.addField(section.text, place: section.isHeading ? Place.heading : 0)
            }
            collector.flush(document: Int32(number))
        }
        return collector.result()
    }

    private mutating func addField(_ text: String, place: UInt8) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var index = 0
            let length = bytes.count
            var previous: UInt32 = 0
            var hasPrevious = false
            while index < length {
                // Strings hold valid UTF-8, so the lead byte alone gives the length.
                let lead = UInt32(base[index])
                var scalar = lead
                if lead < 0x80 {
                    index += 1
                } else if lead < 0xE0 {
                    scalar = (lead & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    scalar = (lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6 | UInt32(base[index + 2] & 0x3F)
                    index += 3
                } else {
                    scalar = (lead & 0x07) << 18 | UInt32(base[index + 1] & 0x3F) << 12
                        | UInt32(base[index + 2] & 0x3F) << 6 | UInt32(base[index + 3] & 0x3F)
                    index += 4
                }
                let folded = SearchNormalization.fold(scalar)
                if SearchNormalization.isSpace(folded) {
                    characterCounts[Int(scalar)] &+= 1
                    hasPrevious = false
                    continue
                }
                // Characters that are their own folding are counted by their single-character term.
                if folded != scalar { characterCounts[Int(scalar)] &+= 1 }
                var single = singleIDs[Int(folded)]
                if single < 0 {
                    single = newTerm(SearchTermKey.character(folded))
                    singleIDs[Int(folded)] = single
                }
                count(single, place)
                if hasPrevious {
                    let key = SearchTermKey.pair(previous, folded)
                    let next = Int32(keys.count)
                    var id = pairs.id(for: key, nextID: next)
                    if id == next { id = newTerm(key) }
                    count(id, place)
                }
                previous = folded
                hasPrevious = true
            }
        }
    }

    @inline(__always)
    private mutating func count(_ id: Int32, _ place: UInt8) {
        let slot = slots + Int(id)
        if slot.pointee.count == 0 {
            touched[touchedCount] = id
            touchedCount += 1
        }
        slot.pointee.count &+= 1
        slot.pointee.places |= place
    }

    private mutating func newTerm(_ key: UInt64) -> Int32 {
        let id = keys.count
        if id == slotCapacity {
            let capacity = slotCapacity * 2
            let grown = UnsafeMutablePointer<TermSlot>.allocate(capacity: capacity)
            grown.moveInitialize(from: slots, count: id)
            slots.deallocate()
            slots = grown
            let grownTouched = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            grownTouched.update(from: touched, count: touchedCount)
            touched.deallocate()
            touched = grownTouched
            slotCapacity = capacity
        }
        (slots + id).initialize(to: TermSlot())
        keys.append(key)
        return Int32(id)
    }

    private mutating func flush(document: Int32) {
        for position in 0..<touchedCount {
            let slot = slots + Int(touched[position])
            let count = slot.pointee.count
            let target = arena.reserve(10, in: &slot.pointee.postings)
            var written = Self.writeVarint(UInt32(document - slot.pointee.statistics.lastDocument - 1), to: target)
            written += Self.writeVarint(UInt32(count), to: target + written)
            arena.commit(written, in: &slot.pointee.postings)
            slot.pointee.statistics.lastDocument = document
            slot.pointee.statistics.documentFrequency += 1
            slot.pointee.statistics.countSum += Int(count)
            if slot.pointee.places != 0 {
                let headingTarget = arena.reserve(6, in: &slot.pointee.headings)
                let headingWritten = Self.writeVarint(
                    UInt32(document - slot.pointee.statistics.lastHeadingDocument - 1), to: headingTarget)
                headingTarget[headingWritten] = slot.pointee.places
                arena.commit(headingWritten + 1, in: &slot.pointee.headings)
                slot.pointee.statistics.lastHeadingDocument = document
                slot.pointee.statistics.headingCount += 1
            }
            slot.pointee.count = 0
            slot.pointee.places = 0
        }
        touchedCount = 0
    }

    @inline(__always)
    private static func writeVarint(_ value: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        var value = value
        var written = 0
        while value >= 0x80 {
            target[written] = UInt8(truncatingIfNeeded: value) | 0x80
            value >>= 7
            written += 1
        }
        target[written] = UInt8(truncatingIfNeeded: value)
        return written + 1
    }

    private func result() -> SearchCollectedTerms {
        var result = SearchCollectedTerms()
        result.keys = keys
        result.arena = arena
        result.postings.reserveCapacity(keys.count)
        result.headings.reserveCapacity(keys.count)
        result.statistics.reserveCapacity(keys.count)
        for id in 0..<keys.count {
            let slot = slots[id]
            result.postings.append(SearchChainArena.list(slot.postings))
            result.headings.append(SearchChainArena.list(slot.headings))
            result.statistics.append(slot.statistics)
        }
        for scalar in 0..<Self.scalarLimit where characterCounts[scalar] > 0 {
            result.characterCounts.append((UInt32(scalar), characterCounts[scalar]))
        }
        return result
    }
}

/// Reads the varints that the collector writes.
struct SearchVarintReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index >= bytes.count }

    @inline(__always)
    mutating func next() -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while index < bytes.count {
            let byte = bytes[index]
            index &+= 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift &+= 7
        }
        return value
    }

    /// A raw byte (the place flags in heading lists).
    @inline(__always)
    mutating func byte() -> UInt8 {
        guard index < bytes.count else { return 0 }
        index &+= 1
        return bytes[index &- 1]
    }
}
