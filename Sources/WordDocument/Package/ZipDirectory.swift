import Foundation

/// The entries of a ZIP archive held in memory, read from its central directory (ZIP64
/// included), with every offset and length checked against the bytes: a damaged or hostile
/// archive gives an error, never a read out of bounds.
struct ZipDirectory {
    /// One file of the archive.
    struct Entry {
        var path: String
        /// 0 stored, 8 deflate.
        var method: UInt16
        /// General-purpose flags; bit 0 means encrypted.
        var flags: UInt16
        var checksum: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int

        var isEncrypted: Bool { flags & 1 != 0 }
        var isDirectory: Bool { path.hasSuffix("/") }
    }

    enum Failure: Error {
        case truncated, unreadable, tooManyEntries
    }

    private let bytes: Data
    private(set) var entries: [Entry] = []

    /// Reads the directory of `data`, refusing more than `maximumEntries` entries.
    init(_ data: Data, maximumEntries: Int) throws(Failure) {
        bytes = data.startIndex == 0 ? data : Data(data)
        guard let end = findEndRecord() else { throw .truncated }
        var count = Int(read16(end + 10) ?? 0)
        var size = Int(read32(end + 12) ?? 0)
        var offset = Int(read32(end + 16) ?? 0)
        if count == 0xFFFF || offset == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
            guard let zip64 = readZip64End(before: end) else { throw .unreadable }
            (count, size, offset) = zip64
        }
        guard count <= maximumEntries else { throw .tooManyEntries }
        guard offset >= 0, size >= 0, offset <= bytes.count, size <= bytes.count - offset else { throw .truncated }
        var position = offset
        for _ in 0..<count {
            guard let (entry, next) = readEntry(at: position) else { throw .unreadable }
            entries.append(entry)
            position = next
        }
    }

    /// The stored bytes of `entry` (still compressed for deflate), or nil when the local
    /// header or the data lies outside the archive.
    func storedBytes(of entry: Entry) -> Data? {
        let header = entry.localHeaderOffset
        guard read32(header) == 0x0403_4B50, let nameLength = read16(header + 26),
              let extraLength = read16(header + 28) else { return nil }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { return nil }
        return bytes.subdata(in: start..<start + entry.compressedSize)
    }

    // MARK: Records

    /// The end-of-central-directory record: searched backwards over the comment it may carry.
    private func findEndRecord() -> Int? {
        guard bytes.count >= 22 else { return nil }
        let last = bytes.count - 22
        for position in stride(from: last, through: max(0, last - 0xFFFF), by: -1)
        where read32(position) == 0x0605_4B50 {
            return position
        }
        return nil
    }

    private func readZip64End(before end: Int) -> (count: Int, size: Int, offset: Int)? {
        guard end >= 20, read32(end - 20) == 0x0706_4B50, let record = read64(end - 12).flatMap(Int.init(exactly:)),
              read32(record) == 0x0606_4B50, let count = read64(record + 32), let size = read64(record + 40),
              let offset = read64(record + 48) else { return nil }
        guard let count = Int(exactly: count), let size = Int(exactly: size), let offset = Int(exactly: offset) else {
            return nil
        }
        return (count, size, offset)
    }

    private func readEntry(at position: Int) -> (Entry, next: Int)? {
        guard read32(position) == 0x0201_4B50, let flags = read16(position + 8), let method = read16(position + 10),
              let checksum = read32(position + 16), let compressed = read32(position + 20),
              let uncompressed = read32(position + 24), let nameLength = read16(position + 28),
              let extraLength = read16(position + 30), let commentLength = read16(position + 32),
              let localOffset = read32(position + 42) else { return nil }
        let nameStart = position + 46
        let extraStart = nameStart + Int(nameLength)
        let next = extraStart + Int(extraLength) + Int(commentLength)
        guard next <= bytes.count else { return nil }
        let nameBytes = bytes.subdata(in: nameStart..<extraStart)
        let path = String(data: nameBytes, encoding: .utf8) ?? String(decoding: nameBytes, as: UTF8.self)
        var entry = Entry(path: path, method: method, flags: flags, checksum: checksum,
                          compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
                          localHeaderOffset: Int(localOffset))
        guard applyZip64Extra(to: &entry, from: extraStart, length: Int(extraLength)) else { return nil }
        return (entry, next)
    }

    /// ZIP64 stores the sizes and offset that do not fit in 32 bits in extra field 0x0001,
    /// in this order, only for the fields that hold 0xFFFFFFFF.
    private func applyZip64Extra(to entry: inout Entry, from start: Int, length: Int) -> Bool {
        var position = start
        while position + 4 <= start + length, let id = read16(position), let size = read16(position + 2) {
            defer { position += 4 + Int(size) }
            guard id == 0x0001 else { continue }
            var field = position + 4
            for keyPath in [\Entry.uncompressedSize, \Entry.compressedSize, \Entry.localHeaderOffset]
            where entry[keyPath: keyPath] == 0xFFFF_FFFF {
                guard field + 8 <= position + 4 + Int(size), let value = read64(field).flatMap(Int.init(exactly:)) else {
                    return false
                }
                entry[keyPath: keyPath] = value
                field += 8
            }
        }
        return true
    }

    // MARK: Little-endian integers, nil out of bounds

    private func read16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private func read32(_ offset: Int) -> UInt32? {
        guard let low = read16(offset), let high = read16(offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    private func read64(_ offset: Int) -> UInt64? {
        guard let low = read32(offset), let high = read32(offset + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }
}
