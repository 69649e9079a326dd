import Foundation
import ZIPFoundation

/// The parts of a `.docx` (an Open Packaging Conventions ZIP archive), read one at a time
/// within `WordDocumentLimits`. This is the only file that talks to ZIPFoundation.
struct DocxPackage {
    private let archive: Archive
    /// Entries by lowercased path: part names are case-insensitive in a package.
    private let entries: [String: Entry]
    private let limits: WordDocumentLimits

    /// Opens the archive and indexes its entries, or says what the bytes are instead.
    init(data: Data, limits: WordDocumentLimits) throws(WordDocumentError) {
        if FileSignature.isCompoundFile(data) { throw .compoundFile }
        guard FileSignature.isZip(data) else { throw .notZipArchive(looksLike: FileSignature.foreignFormat(of: data)) }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch Archive.ArchiveError.missingEndOfCentralDirectoryRecord {
            throw .damagedArchive(part: nil, problem: .truncated)
        } catch {
            throw .damagedArchive(part: nil, problem: .unreadable)
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.maximumEntries { throw .tooManyEntries(limit: limits.maximumEntries) }
            let key = entry.path.lowercased()
            if entries[key] == nil { entries[key] = entry }
        }
        self.entries = entries
        self.limits = limits
    }

    /// True when the archive has an entry at `path`.
    func contains(_ path: String) -> Bool {
        entries[path.lowercased()] != nil
    }

    /// The unpacked bytes of the part at `path`, or nil when there is no such file entry.
    func read(_ path: String) throws(WordDocumentError) -> Data? {
        guard let entry = entries[path.lowercased()], entry.type == .file else { return nil }
        let limit = limits.maximumPartBytes
        // The declared size is checked first, the bytes actually unpacked while unpacking:
        // a hostile archive can declare anything.
        if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(part: path, limitBytes: limit) }
        var data = Data()
        data.reserveCapacity(min(Int(entry.uncompressedSize), 1 << 26))
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw PartLimitExceeded() }
                data.append(chunk)
            }
            guard checksum == entry.checksum else { throw WordDocumentError.damagedArchive(part: path, problem: .corruptEntry) }
        } catch is PartLimitExceeded {
            throw .partTooLarge(part: path, limitBytes: limit)
        } catch Archive.ArchiveError.invalidCompressionMethod {
            throw .damagedArchive(part: path, problem: .unsupportedCompression)
        } catch let error as WordDocumentError {
            throw error
        } catch {
            throw .damagedArchive(part: path, problem: .corruptEntry)
        }
        return data
    }

    private struct PartLimitExceeded: Error {}
}
