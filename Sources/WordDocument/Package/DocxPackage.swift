import Foundation
import ZIPFoundation

/// The parts of a `.docx` (an Open Packaging Conventions ZIP archive), unpacked one at a time
/// within `WordDocumentLimits`. This is the only file that talks to ZIPFoundation.
///
/// The directory is read by `ZipDirectory`, and inflating goes through ZIPFoundation's public
/// `Data.decompress` with a provider that hands it only whole buffers and throws once the
/// entry's bytes are used up: on Linux, 0.9.20's inflate loop trusts every chunk to fill its
/// buffer and asks for more forever when a damaged stream does not end, which `Archive.extract`
/// would turn into a read past the chunk or a hang.
struct DocxPackage {
    private let directory: ZipDirectory
    /// Entries by lowercased path: part names are case-insensitive in a package.
    private let entries: [String: ZipDirectory.Entry]
    private let limits: WordDocumentLimits
    private static let bufferSize = 1 << 16

    /// Opens the archive and indexes its entries, or says what the bytes are instead.
    init(data: Data, limits: WordDocumentLimits) throws(WordDocumentError) {
        if FileSignature.isCompoundFile(data) { throw .compoundFile }
        guard FileSignature.isZip(data) else { throw .notZipArchive(looksLike: FileSignature.foreignFormat(of: data)) }
        do {
            directory = try ZipDirectory(data, maximumEntries: limits.maximumEntries)
        } catch .tooManyEntries {
            throw .tooManyEntries(limit: limits.maximumEntries)
        } catch .truncated {
            throw .damagedArchive(part: nil, problem: .truncated)
        } catch {
            throw .damagedArchive(part: nil, problem: .unreadable)
        }
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in directory.entries where !entry.isDirectory {
            let key = entry.path.lowercased()
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
        self.limits = limits
    }

    /// True when the archive has a file at `path`.
    func contains(_ path: String) -> Bool {
        entries[path.lowercased()] != nil
    }

    /// The unpacked bytes of the part at `path`, or nil when there is no such file.
    func read(_ path: String) throws(WordDocumentError) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let limit = limits.maximumPartBytes
        // The declared size is checked first, the bytes actually unpacked while unpacking:
        // a hostile archive can declare anything.
        if entry.uncompressedSize > limit { throw .partTooLarge(part: path, limitBytes: limit) }
        if entry.isEncrypted || ![0, 8].contains(entry.method) {
            throw .damagedArchive(part: path, problem: .unsupportedCompression)
        }
        guard let stored = directory.storedBytes(of: entry) else { throw .damagedArchive(part: path, problem: .corruptEntry) }
        let data = try entry.method == 0 ? stored : inflate(stored, path: path, limit: limit)
        if data.count > limit { throw .partTooLarge(part: path, limitBytes: limit) }
        guard data.crc32(checksum: 0) == entry.checksum else {
            throw .damagedArchive(part: path, problem: .corruptEntry)
        }
        return data
    }

    private func inflate(_ compressed: Data, path: String, limit: Int) throws(WordDocumentError) -> Data {
        var data = Data()
        data.reserveCapacity(min(limit, 1 << 26, compressed.count * 8))
        do {
            _ = try Data.decompress(size: Int64(compressed.count), bufferSize: Self.bufferSize, skipCRC32: true,
                                    provider: { position, length in
                let start = Int(position)
                guard start < compressed.count else { throw Unpacking.streamDoesNotEnd }
                var chunk = compressed.subdata(in: start..<min(start + length, compressed.count))
                if chunk.count < length { chunk.append(Data(count: length - chunk.count)) }
                return chunk
            }, consumer: { chunk in
                guard data.count + chunk.count <= limit else { throw Unpacking.limitExceeded }
                data.append(chunk)
            })
        } catch Unpacking.limitExceeded {
            throw .partTooLarge(part: path, limitBytes: limit)
        } catch {
            throw .damagedArchive(part: path, problem: .corruptEntry)
        }
        return data
    }

    private enum Unpacking: Error {
        case limitExceeded, streamDoesNotEnd
    }
}
