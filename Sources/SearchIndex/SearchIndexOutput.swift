import Foundation

/// The index's files on their way out, as the layout makes them: held while all of them together may still
/// fit in `index.js` (a small site gets one file), handed on as they come once they cannot. At 10,000 speeches
/// the stored texts alone are 65 MB; written as they are made, they are never all in memory.
///
/// Safe to use from several threads.
final class SearchIndexOutput: @unchecked Sendable {
    /// Where a part goes in `index.js` when everything fits there: the term shards and lists in the order the
    /// layout made them, then the stored texts by speech number and block.
    struct Place: Comparable, Sendable {
        var number: Int
        var block: Int

        static func part(_ position: Int) -> Place { Place(number: -1, block: position) }

        static func < (lhs: Place, rhs: Place) -> Bool { (lhs.number, lhs.block) < (rhs.number, rhs.block) }
    }

    private let directory: String
    private let singleFileLimit: Int
    private let write: @Sendable (SearchIndexFile) -> Void
    private let lock = NSLock()
    /// The statements held, with their places; nil once they have been handed on.
    private var held: [(place: Place, file: SearchIndexFile)]? = []
    private var heldBytes = 0

    /// - Parameters:
    ///   - directory: the index folder's path relative to the output root, with its trailing slash (or empty).
    ///   - write: called once for each file, from any thread.
    init(directory: String, singleFileLimit: Int, write: @escaping @Sendable (SearchIndexFile) -> Void) {
        self.directory = directory
        self.singleFileLimit = singleFileLimit
        self.write = write
    }

    /// A part of the index: `<id>.js` in the index folder, or its place in `index.js`.
    func add(id: String, statement: [UInt8], at place: Place) {
        let file = SearchIndexFile(path: directory + id + ".js", bytes: statement)
        lock.lock()
        guard held != nil else {
            lock.unlock()
            write(file)
            return
        }
        held!.append((place, file))
        heldBytes += statement.count
        let flushed = heldBytes > singleFileLimit ? held : nil
        if flushed != nil { held = nil }
        lock.unlock()
        for part in flushed ?? [] { write(part.file) }
    }

    /// The last file, `index.js`: alone when every part fits in it with the manifest (which goes last, so that
    /// every part is registered when it arrives), else beside the parts.
    func finish(manifest: [UInt8]) {
        let path = directory + "index.js"
        lock.lock()
        let parts = held
        held = nil
        lock.unlock()
        guard let parts, heldBytes + manifest.count <= singleFileLimit else {
            for part in parts ?? [] { write(part.file) }
            write(SearchIndexFile(path: path, bytes: manifest))
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(heldBytes + manifest.count)
        for part in parts.sorted(by: { $0.place < $1.place }) { bytes += part.file.bytes }
        bytes += manifest
        write(SearchIndexFile(path: path, bytes: bytes))
    }
}
