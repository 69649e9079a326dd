import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The few file operations the writer needs, on POSIX calls: fast for thousands of files, and explicit about
/// what happens when something goes wrong.
enum FileSystem {
    struct Failure: Error, Sendable, CustomStringConvertible {
        var path: String
        var operation: String
        var code: Int32

        var description: String { "cannot \(operation) \(path): \(String(cString: strerror(code)))" }
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Size, modification time (nanoseconds) and inode of a regular file: what tells a changed file from an
    /// unchanged one without reading it.
    static func stamp(_ path: String) -> BuildCache.Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return BuildCache.Stamp(path: path, size: Int(info.st_size), modified: modified, inode: UInt64(info.st_ino))
    }

    static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Creates `path` and its missing parents; a folder made meanwhile by another thread is fine.
    static func createDirectories(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try createDirectories(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(path: path, operation: "create the folder", code: errno)
        }
    }

    /// A file whose size `stat` does not tell (such as those in /proc): read until it ends.
    static func readProcFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let read = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { break }
            bytes.append(contentsOf: chunk[..<read])
        }
        return bytes
    }

    static func readBytes(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return nil }
            offset += read
        }
        return bytes
    }

    /// Writes a new file; fails rather than replace one that exists.
    static func writeNew(_ path: String, _ bytes: UnsafeRawBufferPointer) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, operation: "create", code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw Failure(path: path, operation: "write", code: errno) }
            offset += written
        }
    }

    static func writeNew(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        // `withUnsafeBytes` only rethrows untyped errors, so the typed one travels in a Result.
        try bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try writeNew(path, buffer) } }.get()
    }

    /// Writes `bytes` to `path` through a temporary file and a rename, so readers never see half a file.
    static func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let temporary = path + ".portalgen-\(getpid())"
        unlink(temporary)
        try writeNew(temporary, bytes)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(path: path, operation: "replace", code: code)
        }
    }

    /// A second name for an existing file, so an unchanged page keeps its bytes, inode and modification time.
    static func hardLink(from existing: String, to path: String) -> Bool {
        link(existing, path) == 0
    }

    /// Exchanges two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`). Returns false where the
    /// system cannot, so the caller can fall back to two renames.
    static func exchange(_ first: String, _ second: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
    }

    static func move(_ source: String, to destination: String) throws(Failure) {
        guard rename(source, destination) == 0 else {
            throw Failure(path: source, operation: "move to \(destination)", code: errno)
        }
    }

    /// Removes a folder portalgen made (its staging area, or an earlier site it replaced).
    static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        // Names first, removal after: what readdir returns after an entry is removed is unspecified.
        for (name, kind) in entries(of: path) {
            let child = path + "/" + name
            if kind == .directory { removeTree(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// Every regular file below `root` (symbolic links to files included, linked folders not entered), as
    /// sorted paths relative to it.
    static func listFiles(under root: String) -> [String] {
        var files: [String] = []
        collectFiles(in: root, prefix: "", into: &files)
        return files.sorted()
    }

    private static func collectFiles(in folder: String, prefix: String, into files: inout [String]) {
        for (name, kind) in entries(of: folder) {
            switch kind {
            case .directory: collectFiles(in: folder + "/" + name, prefix: prefix + name + "/", into: &files)
            case .file: files.append(prefix + name)
            case .other: if size(of: folder + "/" + name) != nil { files.append(prefix + name) }
            }
        }
    }

    private enum EntryKind { case file, directory, other }

    /// The names in a folder (without `.` and `..`) and what they are, as `readdir` tells without a `stat`
    /// per entry: listing and removing a site of tens of thousands of files is then a few system calls each.
    private static func entries(of folder: String) -> [(String, EntryKind)] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var result: [(String, EntryKind)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .file
            case Int32(DT_UNKNOWN):
                // Some file systems do not fill in the type: ask, without following a link.
                var info = stat()
                let isFolder = lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                kind = isFolder ? .directory : .other
            default: kind = .other
            }
            result.append((name, kind))
        }
        return result
    }

    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: base).standardizedFileURL.path
    }
}
