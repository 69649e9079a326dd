/// The terms of a contiguous run of documents, as collected by one thread.
///
/// Term `i` has key `keys[i]`; its postings are varint records in the chain `postings[i]` of `arena`: the gap
/// from the previous document minus one (the first counted from -1), the occurrences in the document's
/// sections, and, when there are any, the blocks holding them: 0 for every block of the document, else their
/// number and each block's gap from the previous one (the first counted from -1). Its heading entries are a
/// varint gap plus a byte of `Place` flags in `headings[i]` likewise. A record never straddles two blocks of
/// the chain.
struct SearchCollectedTerms: Sendable {
    var keys: [UInt64] = []
    var arena = SearchChainArena()
    var postings: [SearchChainArena.List] = []
    var headings: [SearchChainArena.List] = []
    /// Per term: documents, occurrences, last document, block set bits, heading entries and last heading document.
    var statistics: [Statistics] = []
    /// The characters of each document's sections (its length for the ranking), for `range`.
    var lengths: [Int32] = []

    struct Statistics: Sendable {
        var documentFrequency: Int32 = 0
        var countSum = 0
        var lastDocument: Int32 = -1
        /// The bits of the term's block sets as the posting list codes them (see `SearchEncodedTerm`).
        var blockBits = 0
        var headingCount: Int32 = 0
        var lastHeadingDocument: Int32 = -1
    }
}

/// Collects every character and every pair of adjacent characters of each title, heading and paragraph
/// (after folding; never across a space or from one section into the next), with per-document counts, the
/// blocks (`SearchBlocks`) that hold them, and where each term occurs (title, headings).
///
/// This is the builder's hot loop (one pass over tens of millions of characters), so it decodes UTF-8 itself
/// and keeps its counters in raw memory that it indexes without checks.
struct SearchTermCollector: ~Copyable {
    /// Flags for where a term occurs in a document; title and heading hits weigh more in the ranking.
    enum Place {
        static let heading: UInt8 = 1
        static let title: UInt8 = 2
    }

    private var keys: [UInt64] = []
    private var pairs = SearchTermTable(capacity: 1 << 14)
    private let arena = SearchChainArena()
    private let singleIDs: UnsafeMutablePointer<Int32>
    private var slots: UnsafeMutablePointer<TermSlot>
    private var slotCapacity = 1 << 12
    private var touched: UnsafeMutablePointer<Int32>
    private var touchedCount = 0
    /// The blocks each term of the current document was seen in, as linked lists through this buffer.
    private var blockLinks: UnsafeMutablePointer<BlockLink>
    private var blockLinkCount = 0
    private var blockLinkCapacity = 1 << 12
    /// Characters counted in the current document's sections.
    private var length: Int32 = 0

    /// Everything known about one term during collection.
    private struct TermSlot {
        var count: Int32 = 0
        var sectionCount: Int32 = 0
        var places: UInt8 = 0
        var lastBlock: Int32 = -1
        var firstLink: Int32 = -1
        var lastLink: Int32 = -1
        var blockCount: Int32 = 0
        var statistics = SearchCollectedTerms.Statistics()
        var postings = SearchChainArena.Chain()
        var headings = SearchChainArena.Chain()
    }

    private struct BlockLink {
        var block: Int32
        var next: Int32
    }

    private static let scalarLimit = 0x11_0000
    /// The block of the title, which is in none.
    private static let noBlock: Int32 = -1

    init() {
        singleIDs = .allocate(capacity: Self.scalarLimit)
        singleIDs.initialize(repeating: -1, count: Self.scalarLimit)
        slots = .allocate(capacity: 1 << 12)
        touched = .allocate(capacity: 1 << 12)
        blockLinks = .allocate(capacity: 1 << 12)
    }

    deinit {
        singleIDs.deallocate()
        slots.deinitialize(count: keys.count)
        slots.deallocate()
        touched.deallocate()
        blockLinks.deallocate()
    }

    /// Collects the documents `order[range]` as document numbers `range`, with their blocks.
    static func collect(
        _ documents: [SearchDocument], order: [Int], blocks: [SearchBlocks], range: Range<Int>
    ) -> SearchCollectedTerms {
        var collector = SearchTermCollector()
        var lengths: [Int32] = []
        lengths.reserveCapacity(range.count)
        for number in range {
            let document = documents[order[number]]
            collector.addField(document.title, from: 0, countEnd: Int.max, to: Int.max, place: Place.title, block: noBlock)
            let layout = blocks[number]
            for block in 0..<layout.count {
                for piece in layout.pieces(of: block) {
                    let section = document.sections[Int(piece.section)]
                    collector.addField(section.text, from: Int(piece.start), countEnd: Int(piece.end),
                                       to: Int(piece.overlapEnd), place: section.isHeading ? Place.heading : 0,
                                       block: Int32(block))
                }
            }
            lengths.append(collector.length)
            collector.flush(document: Int32(number), blockCount: Int32(layout.count))
        }
        var result = collector.result()
        result.lengths = lengths
        return result
    }

    /// Adds the characters and pairs of `text`'s UTF-8 bytes `start..<end`; those starting at or after
    /// `countEnd` (the copy of the next piece's start) only mark the block, since the next piece counts them.
    private mutating func addField(_ text: String, from start: Int, countEnd: Int, to end: Int, place: UInt8, block: Int32) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var index = start
            let length = min(end, bytes.count)
            let countLimit = min(countEnd, length)
            var previous: UInt32 = 0
            var hasPrevious = false
            // Whether the previous character was counted: a pair counts where it starts.
            var previousCounts = true
            while index < length {
                let counts = index < countLimit
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
                    hasPrevious = false
                    continue
                }
                var single = singleIDs[Int(folded)]
                if single < 0 {
                    single = newTerm(SearchTermKey.character(folded))
                    singleIDs[Int(folded)] = single
                }
                if counts && block != Self.noBlock { self.length &+= 1 }
                count(single, place, block, counts)
                if hasPrevious {
                    let key = SearchTermKey.pair(previous, folded)
                    let next = Int32(keys.count)
                    var id = pairs.id(for: key, nextID: next)
                    if id == next { id = newTerm(key) }
                    // A pair belongs where its first character is.
                    count(id, place, block, previousCounts)
                }
                previous = folded
                hasPrevious = true
                previousCounts = counts
            }
        }
    }

    @inline(__always)
    private mutating func count(_ id: Int32, _ place: UInt8, _ block: Int32, _ counts: Bool) {
        let slot = slots + Int(id)
        if slot.pointee.count == 0 && slot.pointee.lastBlock == -1 {
            touched[touchedCount] = id
            touchedCount += 1
        }
        if counts {
            slot.pointee.count &+= 1
            if block != Self.noBlock { slot.pointee.sectionCount &+= 1 }
            slot.pointee.places |= place
        }
        if block != Self.noBlock && slot.pointee.lastBlock != block { addBlock(block, to: slot) }
    }

    /// Records that the term of `slot` is in `block`. The title comes first and blocks in order, so a new block
    /// always goes last.
    private mutating func addBlock(_ block: Int32, to slot: UnsafeMutablePointer<TermSlot>) {
        if blockLinkCount == blockLinkCapacity {
            let grown = UnsafeMutablePointer<BlockLink>.allocate(capacity: blockLinkCapacity * 2)
            grown.moveInitialize(from: blockLinks, count: blockLinkCount)
            blockLinks.deallocate()
            blockLinks = grown
            blockLinkCapacity *= 2
        }
        let link = Int32(blockLinkCount)
        (blockLinks + blockLinkCount).initialize(to: BlockLink(block: block, next: -1))
        blockLinkCount += 1
        if slot.pointee.lastLink >= 0 { blockLinks[Int(slot.pointee.lastLink)].next = link } else { slot.pointee.firstLink = link }
        slot.pointee.lastLink = link
        slot.pointee.lastBlock = block
        slot.pointee.blockCount &+= 1
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

    private mutating func flush(document: Int32, blockCount: Int32) {
        for position in 0..<touchedCount {
            let slot = slots + Int(touched[position])
            let sectionCount = slot.pointee.sectionCount
            let all = slot.pointee.blockCount == blockCount
            var target = arena.reserve(15, in: &slot.pointee.postings)
            var written = Self.writeVarint(UInt32(document - slot.pointee.statistics.lastDocument - 1), to: target)
            written += Self.writeVarint(UInt32(sectionCount), to: target + written)
            if sectionCount > 0 {
                written += Self.writeVarint(all ? 0 : UInt32(slot.pointee.blockCount), to: target + written)
                slot.pointee.statistics.blockBits += 1
                if !all { slot.pointee.statistics.blockBits += SearchPostingMerger.gammaBits(Int(slot.pointee.blockCount)) }
            }
            arena.commit(written, in: &slot.pointee.postings)
            if sectionCount > 0 && !all {
                var link = slot.pointee.firstLink
                var previous: Int32 = -1
                while link >= 0 {
                    let block = blockLinks[Int(link)].block
                    target = arena.reserve(5, in: &slot.pointee.postings)
                    arena.commit(Self.writeVarint(UInt32(block - previous - 1), to: target), in: &slot.pointee.postings)
                    slot.pointee.statistics.blockBits += SearchPostingMerger.gammaBits(Int(block - previous))
                    previous = block
                    link = blockLinks[Int(link)].next
                }
            }
            slot.pointee.statistics.lastDocument = document
            slot.pointee.statistics.documentFrequency += 1
            slot.pointee.statistics.countSum += Int(slot.pointee.count)
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
            slot.pointee.sectionCount = 0
            slot.pointee.places = 0
            slot.pointee.lastBlock = -1
            slot.pointee.firstLink = -1
            slot.pointee.lastLink = -1
            slot.pointee.blockCount = 0
        }
        touchedCount = 0
        blockLinkCount = 0
        length = 0
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
        return result
    }
}
