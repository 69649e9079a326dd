import PortalSupport

/// A speech's sections grouped into blocks: the unit that posting lists name and that the client fetches to
/// confirm a phrase and cut a snippet, so a result costs one block of a long report, not the whole report.
///
/// Blocks hold whole sections while they fit in `target` characters. A section longer than that is cut into
/// pieces of at most `target` characters (after a sentence end where there is one), and each piece carries a
/// copy of the next piece's first `overlap` characters: a phrase of up to `overlap + 1` characters that starts
/// in a piece lies wholly in that piece's text, so finding the blocks that hold all of a phrase's pairs finds
/// every block where it starts. A block ends before a section whose fingerprint says so once it is three
/// quarters full, and not only when the next section no longer fits: an edit that lengthens one paragraph
/// moves at most the boundaries up to the next such section, so the other blocks (and the posting lists naming
/// them) stay the same. Speeches of up to three quarters of a block are one block (one file).
struct SearchBlocks: Sendable {
    /// A section, or a piece of one, in a block. Offsets are UTF-8 offsets into the section's text: the piece
    /// itself is `start..<end`, and `end..<overlapEnd` is the copy of the next piece's start.
    struct Piece: Sendable {
        var section: Int32
        var start: Int32
        var end: Int32
        var overlapEnd: Int32
    }

    /// The characters of the next piece that a piece of a cut section repeats (the client's longest phrase, less one).
    static let overlap = 99

    /// Every piece in reading order.
    private(set) var pieces: [Piece] = []
    /// The index of each block's first piece, and the piece count at the end.
    private(set) var starts: [Int32] = [0]

    /// The number of blocks; a speech without text has one, empty (it holds the title and date results show).
    var count: Int { starts.count - 1 }

    /// The pieces of block `block`.
    func pieces(of block: Int) -> ArraySlice<Piece> { pieces[Int(starts[block])..<Int(starts[block + 1])] }

    /// The blocks of `sections`, each of about `target` characters at most.
    init(_ sections: [SearchSection], target: Int) {
        let target = max(1, target)
        var size = 0
        for (index, section) in sections.enumerated() {
            let cuts = Self.cuts(section.text, target: target)
            for cut in cuts {
                if Int(starts.last!) < pieces.count
                    && (size + cut.characters > target
                        || (cuts.count == 1 && size * 4 >= target * 3 && Self.startsBlock(section.text))) {
                    starts.append(Int32(pieces.count))
                    size = 0
                }
                pieces.append(Piece(section: Int32(index), start: Int32(cut.start), end: Int32(cut.end),
                                    overlapEnd: Int32(cut.overlapEnd)))
                size += cut.characters
            }
        }
        if Int(starts.last!) < pieces.count || starts.count == 1 { starts.append(Int32(pieces.count)) }
    }

    private struct Cut {
        var start: Int
        var end: Int
        var characters: Int
        var overlapEnd: Int
    }

    /// A section's pieces: UTF-8 ranges of at most `target` characters, each with the end of its copy of the
    /// next piece's first `overlap` characters.
    private static func cuts(_ text: String, target: Int) -> [Cut] {
        var text = text
        return text.withUTF8 { bytes in
            let length = bytes.count
            let characters = length - Self.continuationBytes(bytes)
            // Most sections are short: one piece.
            if characters <= target { return [Cut(start: 0, end: length, characters: characters, overlapEnd: length)] }
            var cuts: [Cut] = []
            var start = 0
            while start < length {
                // Up to `target` characters, cut after the last sentence end in their final third if there is one.
                var index = start
                var count = 0
                var sentenceEnd = (offset: -1, count: 0)
                while index < length && count < target {
                    let (scalar, width) = Self.decode(bytes, at: index)
                    index &+= width
                    count &+= 1
                    if count * 3 > target * 2, let value = Unicode.Scalar(scalar),
                       SentencePunctuation.endsSentenceOrClauseSeries(value) {
                        sentenceEnd = (index, count)
                    }
                }
                if index < length && sentenceEnd.offset > 0 { (index, count) = sentenceEnd }
                cuts.append(Cut(start: start, end: index, characters: count, overlapEnd: index))
                start = index
            }
            for number in cuts.indices.dropLast() {
                var index = cuts[number + 1].start
                for _ in 0..<overlap where index < length { index &+= Self.decode(bytes, at: index).width }
                cuts[number].overlapEnd = index
            }
            return cuts
        }
    }

    /// The UTF-8 continuation bytes (10xxxxxx) of `bytes`, eight at a time: the byte count less the characters.
    private static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            count &+= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index &+= 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { count &+= 1 }
            index &+= 1
        }
        return count
    }

    /// The scalar whose (valid) UTF-8 starts at `index`, and its width.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Whether a block may start before this section: true for about one section in eight, by its length and
    /// first bytes, so the same section always answers the same.
    private static func startsBlock(_ text: String) -> Bool {
        var hasher = StableHasher()
        hasher.combine(text.utf8.count)
        for byte in text.utf8.prefix(16) { hasher.combine(UInt64(byte)) }
        return hasher.finalize() % 8 == 0
    }
}
