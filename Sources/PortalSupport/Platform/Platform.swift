#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library behind Swift names. The files of this folder are where portalgen's own code imports Glibc or
/// Darwin (this one; `Sockets`, `ReadOnlyFile` and `InotifyQueue` for the preview server; `TextConverter`
/// for SpeechText's GB18030): the calls whose spelling differs between systems (`st_mtim` and
/// `st_mtimespec`, `renameat2`, `malloc_trim`) stay here, and everything else reads `FileSystem`,
/// `WorkerCount` and `ProcessMemory`.
///
/// Calls that can fail throw the system's error number.
enum Platform {
    /// An `errno` value.
    struct SystemError: Error, Sendable, Hashable {
        var number: Int32

        static let fileExists = SystemError(number: EEXIST)
        static let linkLoop = SystemError(number: ELOOP)

        var isFileExists: Bool { number == EEXIST }
        var isWouldBlock: Bool { number == EWOULDBLOCK || number == EAGAIN }
        /// The disk (or the user's quota) is full.
        var isNoSpace: Bool { number == ENOSPC || number == EDQUOT }
        /// Permissions, a read-only file system, or an immutable file.
        var isNotPermitted: Bool { number == EACCES || number == EPERM || number == EROFS }
        /// What the number means, in the system's words.
        var text: String { String(cString: strerror(number)) }
    }

    /// What a directory entry or a path is, as far as the file system tells without reading it.
    enum FileKind: Sendable {
        case file, directory, other
    }

    /// A path's kind, size, modification and status-change times (nanoseconds since 1970) and inode.
    struct FileInfo: Sendable {
        var kind: FileKind
        var size: Int
        var modified: Int64
        /// `st_ctime`: set by the system on every write, rename or link; unlike the modification time, no
        /// program can set it back.
        var changed: Int64
        var inode: UInt64
    }

    // MARK: - Looking

    /// `stat` (following a symbolic link) or `lstat` (not following it).
    static func info(_ path: String, followingLinks: Bool = true) -> FileInfo? {
        try? status(path, followingLinks: followingLinks).get()
    }

    /// `stat` or `lstat`: the path's info, or why there is none (`ELOOP` for a link loop, `ENOENT` for a
    /// dangling link).
    static func status(_ path: String, followingLinks: Bool = true) -> Result<FileInfo, SystemError> {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else {
            return .failure(SystemError(number: errno))
        }
        let kind: FileKind
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .file
        case S_IFDIR: kind = .directory
        default: kind = .other
        }
        #if canImport(Darwin)
        let (time, change) = (status.st_mtimespec, status.st_ctimespec)
        #else
        let (time, change) = (status.st_mtim, status.st_ctim)
        #endif
        return .success(FileInfo(
            kind: kind, size: Int(status.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
            changed: Int64(change.tv_sec) * 1_000_000_000 + Int64(change.tv_nsec), inode: UInt64(status.st_ino)))
    }

    /// The names in a folder (without `.` and `..`) and what they are, as `readdir` tells without a `stat` per
    /// entry; a symbolic link is `.other`. A name that is not valid UTF-8 comes with U+FFFD in place of its bad
    /// bytes and `decodable` false (it cannot be opened by that name). Nil when the folder cannot be opened.
    static func entries(of folder: String) -> [(name: String, kind: FileKind, decodable: Bool)]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var result: [(name: String, kind: FileKind, decodable: Bool)] = []
        while let entry = readdir(stream) {
            let (name, decodable) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let cString = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                return String(validatingCString: cString).map { ($0, true) } ?? (String(cString: cString), false)
            }
            if name == "." || name == ".." { continue }
            let kind: FileKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .file
            case Int32(DT_UNKNOWN):
                // Some file systems do not fill in the type: ask, without following a link.
                kind = info(folder + "/" + name, followingLinks: false)?.kind == .directory ? .directory : .other
            default: kind = .other
            }
            result.append((name, kind, decodable))
        }
        return result
    }

    /// Whether `path` itself is a symbolic link.
    static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// The absolute path with every link resolved (`realpath`), or nil when it does not resolve.
    static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    // MARK: - Reading

    /// A regular file's bytes, read to the size `fstat` reports.
    static func readFile(_ path: String) throws(SystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError(number: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw SystemError(number: errno) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0, errno == EINTR { continue }
            // A file that shrank while it was read.
            guard count > 0 else { throw SystemError(number: count == 0 ? EIO : errno) }
            offset += count
        }
        return bytes
    }

    /// A regular file of at most `limit` bytes, opened without blocking (a FIFO in its place cannot stall the
    /// caller) and checked with `fstat` before anything is read.
    static func readRegularFile(_ path: String, limit: Int) throws(BoundedReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(SystemError(number: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(SystemError(number: errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegularFile }
        guard Int(status.st_size) <= limit else { throw .tooLarge(Int(status.st_size)) }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .unreadable(SystemError(number: count == 0 ? EIO : errno)) }
            offset += count
        }
        return bytes
    }

    /// Why `readRegularFile` read nothing.
    enum BoundedReadError: Error {
        case unreadable(SystemError)
        case notRegularFile
        case tooLarge(Int)
    }

    /// A file whose size `stat` does not tell (such as those in /proc): read until it ends.
    static func readUntilEnd(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        return bytes
    }

    // MARK: - Changing

    /// Creates a file that must not exist yet.
    static func createFile(_ path: String) throws(SystemError) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(number: errno) }
        return descriptor
    }

    /// Writes all of `bytes` to an open file, and closes it.
    static func writeAndClose(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemError) {
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw SystemError(number: errno) }
            offset += written
        }
    }

    /// `mkdir`; a folder that exists already is fine.
    static func makeDirectory(_ path: String) throws(SystemError) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw SystemError(number: errno) }
    }

    static func move(_ source: String, to destination: String) throws(SystemError) {
        guard rename(source, destination) == 0 else { throw SystemError(number: errno) }
    }

    static func hardLink(from existing: String, to path: String) throws(SystemError) {
        guard link(existing, path) == 0 else { throw SystemError(number: errno) }
    }

    /// Removes a file or a symbolic link; a missing one is no error.
    @discardableResult
    static func removeFile(_ path: String) -> SystemError? {
        unlink(path) == 0 || errno == ENOENT ? nil : SystemError(number: errno)
    }

    @discardableResult
    static func removeEmptyDirectory(_ path: String) -> SystemError? {
        rmdir(path) == 0 || errno == ENOENT ? nil : SystemError(number: errno)
    }

    /// Opens `path` (a folder, or a file it creates) and takes an exclusive `flock` on it without waiting.
    /// The lock lasts until the descriptor is closed, or the process ends however it ends, so a killed holder
    /// never leaves it taken. `EWOULDBLOCK` when another descriptor holds it.
    ///
    /// A lock file its holder removed (see `FileLock.release(removingFile:)`) is no lock: when the file
    /// locked is no longer the one at `path` (it was opened just before its holder removed it), the lock is
    /// taken again on the file that is.
    static func tryLock(_ path: String) throws(SystemError) -> Int32 {
        let isFolder = info(path)?.kind == .directory
        while true {
            let descriptor = isFolder
                ? open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw SystemError(number: errno) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let error = SystemError(number: errno)
                close(descriptor)
                throw error
            }
            if isFolder || isFile(descriptor, at: path) { return descriptor }
            close(descriptor)
        }
    }

    /// Whether the open `descriptor` is the file at `path` now (not one removed or replaced since it was
    /// opened).
    static func isFile(_ descriptor: Int32, at path: String) -> Bool {
        var opened = stat()
        var named = stat()
        return fstat(descriptor, &opened) == 0 && stat(path, &named) == 0
            && opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
    }

    /// Exchanges two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`). False where the system
    /// cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0
    }

    // MARK: - The process

    static var processID: Int32 { getpid() }

    static var onlineProcessors: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// glibc's `malloc_trim`, which Swift's Glibc module does not expose (it lives in malloc.h); nothing
    /// elsewhere.
    static func trimMalloc() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    /// glibc's `mallopt(M_MMAP_THRESHOLD, bytes)` (malloc.h, like `malloc_trim`): allocations of `bytes` and
    /// more get pages of their own, which go back to the system when freed. Setting it also stops glibc from
    /// raising the threshold each time such a block is freed, which otherwise lets a build's large buffers land
    /// among small long-lived strings, where their pages stay with the process after they are freed. A no-op
    /// where the symbol is missing (musl, Darwin).
    static func setMallocMapThreshold(_ bytes: Int32) {
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "mallopt") else { return }
        let mmapThreshold: Int32 = -3
        _ = unsafeBitCast(symbol, to: MallocOption.self)(mmapThreshold, bytes)
    }

    /// Whether `byte` occurs in `bytes`, by `memchr` (vectorised by the C library).
    static func contains(_ byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(byte), bytes.count) != nil
    }

    /// The length of a NUL-terminated C string, by `strlen`.
    static func length(of string: UnsafePointer<CChar>) -> Int {
        strlen(string)
    }
}
