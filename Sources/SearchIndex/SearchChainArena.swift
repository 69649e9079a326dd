/// Many growing byte lists (one per term) in slabs of memory, as chains of blocks that double in size.
///
/// The collector appends a few bytes to one of hundreds of thousands of lists for each posting (tens of
/// millions); separate arrays would cost an allocation per term and uniqueness checks per append, and one
/// growing buffer would briefly need twice its size when it moves. Slabs never move, so a list is read where
/// it was written. Block layout: next block (UInt32, 0 = none), bytes used (UInt32), data. A block never
/// crosses a slab; a block's address is its slab number plus one (high bits) and offset (low bits).
///
/// A class so that the merge can read the lists after the collecting thread is done; nothing writes to it
/// after that, which is why sharing it is safe.
final class SearchChainArena: @unchecked Sendable {
    private static let slabBits = 20
    private static let slabSize = 1 << slabBits
    private static let maximumSlabs = 4095
    fileprivate static let header = 8
    private static let firstBlock = 16
    private static let largestBlock = 4096

    private let slabs: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>
    private var slabCount = 0
    private var used = slabSize  // forces a slab on first use

    init() {
        slabs = .allocate(capacity: Self.maximumSlabs)
        slabs.initialize(repeating: nil, count: Self.maximumSlabs)
    }

    deinit {
        for index in 0..<slabCount { slabs[index]?.deallocate() }
        slabs.deallocate()
    }

    /// The write state of one chain: its first and last block, and where the next byte goes.
    struct Chain {
        var head: UInt32 = 0
        var tail: UInt32 = 0
        var cursor: UnsafeMutablePointer<UInt8>?
        var remaining: UInt32 = 0
        var tailSize: UInt32 = 0
    }

    /// A finished chain, for reading.
    struct List: Sendable {
        var head: UInt32 = 0
        var tail: UInt32 = 0
        var tailCount: UInt32 = 0
    }

    @inline(__always)
    fileprivate func pointer(_ address: UInt32) -> UnsafeMutablePointer<UInt8> {
        slabs[Int(address >> UInt32(Self.slabBits)) - 1]! + Int(address & UInt32(Self.slabSize - 1))
    }

    /// Makes room for `count` more bytes (at most 16) in `chain` and returns where to write them.
    @inline(__always)
    func reserve(_ count: Int, in chain: inout Chain) -> UnsafeMutablePointer<UInt8> {
        if Int(chain.remaining) < count { startBlock(in: &chain) }
        return chain.cursor!
    }

    /// Records that `count` bytes were written after `reserve`.
    @inline(__always)
    func commit(_ count: Int, in chain: inout Chain) {
        chain.cursor! += count
        chain.remaining -= UInt32(count)
    }

    private func startBlock(in chain: inout Chain) {
        let size = chain.head == 0 ? Self.firstBlock : min(Self.largestBlock, Int(chain.tailSize) * 2)
        if used + Self.header + size > Self.slabSize {
            precondition(slabCount < Self.maximumSlabs, "search index postings exceed 4 GB")
            slabs[slabCount] = .allocate(capacity: Self.slabSize)
            slabCount += 1
            used = 0
        }
        let block = UInt32(slabCount) << UInt32(Self.slabBits) | UInt32(used)
        used += Self.header + size
        store(0, at: block)
        store(0, at: block + 4)
        if chain.head == 0 {
            chain.head = block
        } else {
            store(block, at: chain.tail)
            store(chain.tailSize - chain.remaining, at: chain.tail + 4)
        }
        chain.tail = block
        chain.tailSize = UInt32(size)
        chain.remaining = UInt32(size)
        chain.cursor = pointer(block + UInt32(Self.header))
    }

    /// The chain as a finished list.
    static func list(_ chain: Chain) -> List {
        List(head: chain.head, tail: chain.tail, tailCount: chain.tailSize - chain.remaining)
    }

    /// A reader of the varints and bytes of `list`, in order across its blocks.
    func reader(_ list: List) -> Reader { Reader(arena: self, list: list) }

    /// Reads a finished chain; a value never straddles two blocks, since each was written into one reserve.
    struct Reader {
        private let arena: SearchChainArena
        private let list: List
        private var block: UInt32
        private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        private var index = 0

        fileprivate init(arena: SearchChainArena, list: List) {
            self.arena = arena
            self.list = list
            block = list.head
            enter()
        }

        var isAtEnd: Bool { index >= bytes.count }

        /// Moves to the next block with bytes (or the end) once the current one is read.
        private mutating func enter() {
            while index >= bytes.count && block != 0 {
                let isTail = block == list.tail
                let count = isTail ? Int(list.tailCount) : Int(arena.load(at: block + 4))
                bytes = UnsafeBufferPointer(start: arena.pointer(block + UInt32(SearchChainArena.header)), count: count)
                index = 0
                block = isTail ? 0 : arena.load(at: block)
            }
        }

        /// The next varint (0 past the end).
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
            if index >= bytes.count { enter() }
            return value
        }

        /// The next raw byte (0 past the end).
        @inline(__always)
        mutating func byte() -> UInt8 {
            guard index < bytes.count else { return 0 }
            let value = bytes[index]
            index &+= 1
            if index >= bytes.count { enter() }
            return value
        }
    }

    @inline(__always)
    private func store(_ value: UInt32, at address: UInt32) {
        UnsafeMutableRawPointer(pointer(address)).storeBytes(of: value, as: UInt32.self)
    }

    @inline(__always)
    fileprivate func load(at address: UInt32) -> UInt32 {
        UnsafeRawPointer(pointer(address)).loadUnaligned(as: UInt32.self)
    }
}
