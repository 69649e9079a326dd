import Foundation
import PortalSupport

/// What the last build read and wrote, kept in `.portalgen-cache/` beside the output folder (never in it):
/// `public/` has its cache in `.portalgen-cache/public.cache`.
///
/// - If no input file changed (path, size, modification and status-change times and inode of every file in
///   `content/` and the templates) and the output is as the last build left it, a build has nothing to do.
/// - Otherwise each page's fingerprint tells whether it must be rendered again; an unchanged page keeps its
///   file (a hard link), so it is neither rendered nor written.
///
/// The cache is a hint, never trusted blindly: a file that is damaged, from another version or for other
/// options is ignored, and a page whose output file changed since is rendered again. An output file counts as
/// changed when any part of its stamp differs, the status-change time included: an edit of the same size
/// whose writer set the modification time back still moves that time, which no program can set back. So the
/// output's bytes are never read to trust it, and never need to be. A FIFO or a huge file in the cache's place
/// is not read at all (a warning, then a build without cache).
struct BuildCache: Sendable, Equatable {
    /// An input file as the last build found it.
    struct Input: Sendable, Hashable {
        var path: String
        var stamp: FileStamp
    }

    struct Page: Sendable, Hashable {
        var fingerprint: UInt64
        /// The output file as the build left it, taken once the new site was in place.
        var stamp: FileStamp
    }

    /// Hash of the build options and portalgen's version: a cache for other options is not this one.
    var settings: UInt64
    /// When the cache was written (nanoseconds since 1970): inputs modified within a second of it are not
    /// trusted, since a save in the same moment may not change a coarse modification time.
    var written: Int64
    var inputs: [Input]
    /// Inputs the build wrote itself (`content/keywords.lock`): their stamps are what the build left, so a
    /// recent modification time is no reason to distrust them.
    var ownInputs: Set<String> = []
    var pages: [String: Page]
    var speeches: Int
    var keywords: Int
    /// The last build's warnings, shown again when nothing changed (they still hold).
    var warnings: [Diagnostic]

    static let folder = ".portalgen-cache"
    private static let magic = Array("PGCACHE5".utf8)
    /// Far above any cache portalgen writes (about 4 MB at 10,000 speeches): a larger file is not ours.
    static let sizeLimit = 256 << 20

    /// The cache file of an output folder. An output folder inside a cache folder (the live preview's
    /// `.portalgen-cache/preview`) keeps its cache file beside it, not in a second cache folder.
    static func path(output: String) -> String {
        let absolute = FilePath.absolute(output)
        let parent = FilePath.parent(of: absolute)
        let cacheFolder = FilePath.lastComponent(of: parent) == folder ? parent : parent + "/" + folder
        return cacheFolder + "/" + FilePath.lastComponent(of: absolute) + ".cache"
    }

    /// Whether nothing changed: same inputs, none modified near the time the cache was written, and every
    /// page still as the last build wrote it.
    func isUpToDate(inputs current: [Input], output: String) -> Bool {
        guard current == inputs,
              !current.contains(where: { !ownInputs.contains($0.path) && $0.stamp.modified > written - 1_000_000_000 })
        else { return false }
        return pages.allSatisfy { path, page in FileSystem.stamp(output + "/" + path) == page.stamp }
    }

    /// The fingerprint a page had, when its file is still the one the last build wrote.
    func unchangedPage(_ path: String, fingerprint: UInt64, output: String) -> Bool {
        guard let page = pages[path], page.fingerprint == fingerprint else { return false }
        return FileSystem.stamp(output + "/" + path) == page.stamp
    }

    /// The files of `output` the last build wrote, when at least one of them is still exactly the file it
    /// wrote (same inode and status-change time: no copy or new file has those): the output folder is then
    /// portalgen's even without its manifest.
    func filesWritten(into output: String) -> Set<String>? {
        pages.contains { path, page in FileSystem.stamp(output + "/" + path) == page.stamp } ? Set(pages.keys) : nil
    }

    /// The temporary files a killed build may have left beside the cache file (`public.cache.portalgen-<pid>`).
    /// Only for the holder of the build lock: no other build can be writing them.
    static func removeLeftovers(of path: String) {
        let name = FilePath.lastComponent(of: path) + ".portalgen-"
        let folder = FilePath.parent(of: path)
        for file in FileSystem.names(in: folder) where file.hasPrefix(name) {
            FileSystem.removeFile(folder + "/" + file)
        }
    }

    // MARK: - Reading and writing

    /// The cache at `path`; nil when there is none or it is damaged, from another version or unreadable. What
    /// is in its place when that is no cache at all (a FIFO, a huge file) is told in `refusal`, never read.
    static func read(from path: String) -> (cache: BuildCache?, refusal: FileSystem.ReadRefusal?) {
        guard FileSystem.exists(path) else { return (nil, nil) }
        do throws(FileSystem.ReadRefusal) {
            return (decode(try FileSystem.readSmallFile(path, limit: sizeLimit)), nil)
        } catch {
            return (nil, error)
        }
    }

    private static func decode(_ bytes: [UInt8]) -> BuildCache? {
        guard bytes.count > magic.count + 8, Array(bytes.prefix(magic.count)) == magic else { return nil }
        let payload = Array(bytes.dropLast(8))
        var checksum: UInt64 = 0
        for (shift, byte) in bytes.suffix(8).enumerated() { checksum |= UInt64(byte) << (8 * UInt64(shift)) }
        guard StableHasher.hash(bytes: payload) == checksum else { return nil }
        var reader = ByteReader(payload, from: magic.count)
        guard let settings = reader.uint64(), let written = reader.int64(), let inputCount = reader.count() else { return nil }
        var inputs: [Input] = []
        for _ in 0..<inputCount {
            guard let path = reader.string(), let stamp = reader.stamp() else { return nil }
            inputs.append(Input(path: path, stamp: stamp))
        }
        guard let ownCount = reader.count() else { return nil }
        var ownInputs: Set<String> = []
        for _ in 0..<ownCount {
            guard let path = reader.string() else { return nil }
            ownInputs.insert(path)
        }
        guard let pageCount = reader.count() else { return nil }
        var pages: [String: Page] = [:]
        for _ in 0..<pageCount {
            guard let path = reader.string(), let fingerprint = reader.uint64(), let stamp = reader.stamp() else { return nil }
            pages[path] = Page(fingerprint: fingerprint, stamp: stamp)
        }
        guard let speeches = reader.count(), let keywords = reader.count(), let warningCount = reader.count() else { return nil }
        var warnings: [Diagnostic] = []
        for _ in 0..<warningCount {
            guard let file = reader.string(), let line = reader.count(), let column = reader.count(),
                  let message = reader.message(), let hasHint = reader.count()
            else { return nil }
            var hint: Message?
            if hasHint == 1 {
                guard let read = reader.message() else { return nil }
                hint = read
            }
            guard let excerpt = reader.string() else { return nil }
            let location = file.isEmpty ? nil : SourceLocation(file: file, line: line == 0 ? nil : line, column: column == 0 ? nil : column)
            warnings.append(Diagnostic(
                severity: .warning, location: location, message: message, hint: hint, excerpt: excerpt.nilIfEmpty))
        }
        guard reader.isAtEnd else { return nil }
        return BuildCache(
            settings: settings, written: written, inputs: inputs, ownInputs: ownInputs, pages: pages, speeches: speeches,
            keywords: keywords,
            warnings: warnings)
    }

    func save(to path: String) throws(FileSystem.Failure) {
        var writer = ByteWriter(Self.magic)
        writer.uint64(settings)
        writer.int64(written)
        writer.count(inputs.count)
        for input in inputs {
            writer.string(input.path)
            writer.stamp(input.stamp)
        }
        writer.count(ownInputs.count)
        for path in ownInputs.sorted() { writer.string(path) }
        writer.count(pages.count)
        for (path, page) in pages.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.uint64(page.fingerprint)
            writer.stamp(page.stamp)
        }
        writer.count(speeches)
        writer.count(keywords)
        writer.count(warnings.count)
        for warning in warnings {
            writer.string(warning.location?.file ?? "")
            writer.count(warning.location?.line ?? 0)
            writer.count(warning.location?.column ?? 0)
            writer.message(warning.message)
            writer.count(warning.hint == nil ? 0 : 1)
            if let hint = warning.hint { writer.message(hint) }
            writer.string(warning.excerpt ?? "")
        }
        let checksum = StableHasher.hash(bytes: writer.bytes)
        writer.fixed64(checksum)
        try FileSystem.createDirectories(FilePath.parent(of: path))
        try FileSystem.writeAtomically(path, writer.bytes)
    }

    /// The inputs of a build: every file below the content and templates folders, by path.
    static func inputs(of folders: [String]) -> [Input] {
        folders.flatMap { folder in
            // Linked folders too: the content loader reads speeches in them.
            FileSystem.listFiles(under: folder, followingLinkedFolders: true).compactMap { relative -> Input? in
                let path = folder + "/" + relative
                return FileSystem.stamp(path).map { Input(path: path, stamp: $0) }
            }
        }
    }
}

// Stamps, and messages as the cache stores them: the key, then each argument by name: text, a message of its own, or a
// list of arguments.
extension ByteWriter {
    fileprivate mutating func stamp(_ stamp: FileStamp) {
        count(stamp.size)
        int64(stamp.modified)
        uint64(stamp.inode)
        int64(stamp.changed)
    }

    fileprivate mutating func message(_ message: Message) {
        string(message.key.rawValue)
        count(message.arguments.count)
        for (name, argument) in message.arguments.sorted(by: { $0.key < $1.key }) {
            string(name)
            self.argument(argument)
        }
    }

    private mutating func argument(_ argument: Message.Argument) {
        switch argument {
        case .text(let text):
            count(0)
            string(text)
        case .message(let nested):
            count(1)
            message(nested)
        case .list(let items):
            count(2)
            count(items.count)
            for item in items { self.argument(item) }
        }
    }
}

extension ByteReader {
    fileprivate mutating func stamp() -> FileStamp? {
        guard let size = count(), let modified = int64(), let inode = uint64(), let changed = int64() else { return nil }
        return FileStamp(size: size, modified: modified, inode: inode, changed: changed)
    }

    /// Nil for anything malformed, and for a key this version does not know.
    fileprivate mutating func message(depth: Int = 0) -> Message? {
        guard depth < 8, let key = string().flatMap(MessageKey.init(rawValue:)), let count = count() else { return nil }
        var arguments: [String: Message.Argument] = [:]
        for _ in 0..<count {
            guard let name = string(), let argument = argument(depth: depth) else { return nil }
            arguments[name] = argument
        }
        return Message(key, arguments)
    }

    private mutating func argument(depth: Int) -> Message.Argument? {
        switch count() {
        case 0:
            return string().map(Message.Argument.text)
        case 1:
            return message(depth: depth + 1).map(Message.Argument.message)
        case 2:
            guard depth < 8, let count = count() else { return nil }
            var items: [Message.Argument] = []
            for _ in 0..<count {
                guard let item = argument(depth: depth + 1) else { return nil }
                items.append(item)
            }
            return .list(items)
        default:
            return nil
        }
    }
}
