/// The file operations portalgen needs, for the site's inputs and its output: fast for thousands of files
/// (plain system calls, no Foundation file manager), and explicit about what happens when something goes
/// wrong. Paths are plain strings; `Platform` makes the calls.
package enum FileSystem {
    /// A file operation that failed: which, on what, and the system's reason.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// What was being done.
        package enum Operation: Sendable, Hashable {
            case create, write, createFolder, replace, keep, remove, lock
            case move(to: String)
        }

        /// The path the operation failed on.
        package var path: String
        package var operation: Operation
        fileprivate var error: Platform.SystemError

        fileprivate init(path: String, operation: Operation, error: Platform.SystemError) {
            self.path = path
            self.operation = operation
            self.error = error
        }

        /// A failure with the system's error number `code` (`errno`), for callers that meet one themselves.
        package init(path: String, operation: Operation, code: Int32) {
            self.init(path: path, operation: operation, error: Platform.SystemError(number: code))
        }

        /// The system's words for what went wrong (`No space left on device`).
        package var reason: String { error.text }
        /// The file was there already (creating a new file, or a link in its place).
        package var isFileExists: Bool { error.isFileExists }
        /// The disk or the quota is full.
        package var isNoSpace: Bool { error.isNoSpace }
        /// Permissions, a read-only disk, or an immutable file (`chattr +i`).
        package var isNotPermitted: Bool { error.isNotPermitted }
        /// The system's error number, to tell failures of one cause from others.
        package var code: Int32 { error.number }

        /// `cannot create the folder public/speeches: Permission denied`
        package var description: String { "cannot \(verb) \(path): \(reason)" }

        /// The operation as the description names it.
        package var verb: String {
            switch operation {
            case .create: "create"
            case .write: "write"
            case .createFolder: "create the folder"
            case .replace: "replace"
            case .keep: "keep"
            case .remove: "remove"
            case .lock: "lock"
            case .move(let destination): "move to \(destination)"
            }
        }
    }

    // MARK: - Looking

    /// Whether anything is at `path` (a dangling symbolic link counts).
    package static func exists(_ path: String) -> Bool {
        Platform.info(path, followingLinks: false) != nil
    }

    /// Whether `path` is a folder, or a link to one.
    package static func isDirectory(_ path: String) -> Bool {
        Platform.info(path)?.kind == .directory
    }

    /// Whether `path` itself is a symbolic link (not followed).
    package static func isSymbolicLink(_ path: String) -> Bool {
        Platform.isSymbolicLink(path)
    }

    /// `path` absolute, with `.`, `..` and every symbolic link resolved; nil when some part does not exist.
    package static func resolvedPath(_ path: String) -> String? {
        Platform.resolvedPath(path)
    }

    /// What tells a changed regular file from an unchanged one without reading it; nil for anything else.
    package static func stamp(_ path: String) -> FileStamp? {
        guard let info = Platform.info(path), info.kind == .file else { return nil }
        return FileStamp(size: info.size, modified: info.modified, inode: info.inode, changed: info.changed)
    }

    /// The size of a regular file (or of one a link points to).
    package static func size(of path: String) -> Int? {
        stamp(path)?.size
    }

    // MARK: - Reading

    /// A regular file's bytes; nil when it cannot be read.
    package static func readBytes(_ path: String) -> [UInt8]? {
        try? Platform.readFile(path)
    }

    /// Why `readSmallFile` read nothing.
    package enum ReadRefusal: Error, Sendable, Equatable {
        /// A FIFO, a device, a folder: nothing a program of ours wrote.
        case notRegularFile
        /// Larger than the caller's limit, in bytes.
        case tooLarge(Int)
        case unreadable(reason: String)
    }

    /// A regular file's bytes when it holds at most `limit` of them. Opened without blocking and checked
    /// before it is read, so a FIFO or a huge file left in the place of one of portalgen's own files (a
    /// cache, a manifest) neither hangs the build nor fills its memory.
    package static func readSmallFile(_ path: String, limit: Int) throws(ReadRefusal) -> [UInt8] {
        do throws(Platform.BoundedReadError) {
            return try Platform.readRegularFile(path, limit: limit)
        } catch {
            switch error {
            case .notRegularFile: throw .notRegularFile
            case .tooLarge(let size): throw .tooLarge(size)
            case .unreadable(let system): throw .unreadable(reason: system.text)
            }
        }
    }

    /// A file whose size `stat` does not tell (such as those in /proc): read until it ends.
    package static func readUntilEnd(_ path: String) -> [UInt8]? {
        Platform.readUntilEnd(path)
    }

    // MARK: - Writing

    /// Creates `path` and its missing parents; a folder made meanwhile by another thread is fine.
    package static func createDirectories(_ path: String) throws(Failure) {
        if isDirectory(path) { return }
        let parent = FilePath.parent(of: path)
        if !parent.isEmpty, parent != path { try createDirectories(parent) }
        do throws(Platform.SystemError) {
            try Platform.makeDirectory(path)
        } catch {
            throw Failure(path: path, operation: .createFolder, error: error)
        }
    }

    /// Writes a new file; fails rather than replace one that exists.
    package static func writeNew(_ path: String, _ bytes: UnsafeRawBufferPointer) throws(Failure) {
        let descriptor: Int32
        do throws(Platform.SystemError) {
            descriptor = try Platform.createFile(path)
        } catch {
            throw Failure(path: path, operation: .create, error: error)
        }
        do throws(Platform.SystemError) {
            try Platform.writeAndClose(descriptor, bytes)
        } catch {
            throw Failure(path: path, operation: .write, error: error)
        }
    }

    /// `writeNew` for an array of bytes.
    package static func writeNew(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        // `withUnsafeBytes` only rethrows untyped errors, so the typed one travels in a Result.
        try bytes.withUnsafeBytes { buffer in Result { () throws(Failure) in try writeNew(path, buffer) } }.get()
    }

    /// Writes `bytes` to `path` through a temporary file and a rename, so readers never see half a file.
    package static func writeAtomically(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let temporary = temporaryName(for: path)
        Platform.removeFile(temporary)
        try writeNew(temporary, bytes)
        do throws(Platform.SystemError) {
            try Platform.move(temporary, to: path)
        } catch {
            Platform.removeFile(temporary)
            throw Failure(path: path, operation: .replace, error: error)
        }
    }

    /// Writes a new file whole, and never in place of one that exists, even one that appears while it is
    /// written (a second editor): the bytes go to a temporary file that is then linked to `path`, and unlike a
    /// rename a link never replaces a file. `Failure.isFileExists` tells that case.
    package static func writeExclusively(_ path: String, _ bytes: [UInt8]) throws(Failure) {
        let temporary = temporaryName(for: path)
        Platform.removeFile(temporary)
        try writeNew(temporary, bytes)
        defer { Platform.removeFile(temporary) }
        do throws(Platform.SystemError) {
            try Platform.hardLink(from: temporary, to: path)
        } catch let error where error.isFileExists {
            throw Failure(path: path, operation: .create, error: error)
        } catch {
            // Some file systems (FAT on a USB stick) have no hard links: check, then rename.
            if exists(path) {
                throw Failure(path: path, operation: .create, error: .fileExists)
            }
            do throws(Platform.SystemError) {
                try Platform.move(temporary, to: path)
            } catch {
                throw Failure(path: path, operation: .create, error: error)
            }
        }
    }

    /// A second name for an existing file, so an unchanged page keeps its bytes, inode and modification time.
    package static func hardLink(from existing: String, to path: String) -> Bool {
        (try? Platform.hardLink(from: existing, to: path)) != nil
    }

    /// A second name for a file, or a copy where the file system cannot link (a file carried over from one
    /// site to the next).
    package static func linkOrCopy(from source: String, to target: String) throws(Failure) {
        if hardLink(from: source, to: target) { return }
        let bytes: [UInt8]
        do throws(Platform.SystemError) {
            bytes = try Platform.readFile(source)
        } catch {
            throw Failure(path: source, operation: .keep, error: error)
        }
        try writeNew(target, bytes)
    }

    /// Exchanges two folders in one step. Returns false where the system cannot, so the caller can fall back
    /// to two moves.
    package static func exchange(_ first: String, _ second: String) -> Bool {
        Platform.exchange(first, second)
    }

    /// Renames `source` to `destination` (in the same file system).
    package static func move(_ source: String, to destination: String) throws(Failure) {
        do throws(Platform.SystemError) {
            try Platform.move(source, to: destination)
        } catch {
            throw Failure(path: source, operation: .move(to: destination), error: error)
        }
    }

    /// Removes a file (or a link); nothing there is fine.
    package static func removeFile(_ path: String) {
        Platform.removeFile(path)
    }

    /// Removes a folder if it is empty; false when it is not (or is not there).
    @discardableResult
    package static func removeEmptyFolder(_ path: String) -> Bool {
        FileSystem.isDirectory(path) && Platform.removeEmptyDirectory(path) == nil
    }

    /// Removes a folder portalgen made (its staging area, or an earlier site it replaced), as much of it as
    /// can be removed.
    /// - Parameter marks: files at the top removed only once everything else is gone, so a folder whose
    ///   removal stopped halfway (a failure, a killed process) still carries them: the marks that tell it is
    ///   portalgen's.
    /// - Returns: the first failure (a read-only folder, an immutable file); nil when all of it is gone.
    @discardableResult
    package static func removeTree(_ path: String, keepingUntilLast marks: Set<String> = []) -> Failure? {
        guard let info = Platform.info(path, followingLinks: false) else { return nil }
        guard info.kind == .directory else {
            return Platform.removeFile(path).map { Failure(path: path, operation: .remove, error: $0) }
        }
        var first: Failure?
        // Names first, removal after: what readdir returns after an entry is removed is unspecified.
        let entries = Platform.entries(of: path) ?? []
        for (name, kind, _) in entries where !marks.contains(name) {
            let child = path + "/" + name
            let failure = kind == .directory
                ? removeTree(child) : Platform.removeFile(child).map { Failure(path: child, operation: .remove, error: $0) }
            if first == nil { first = failure }
        }
        if let first { return first }
        for (name, _, _) in entries where marks.contains(name) {
            if let error = Platform.removeFile(path + "/" + name) { return Failure(path: path + "/" + name, operation: .remove, error: error) }
        }
        return Platform.removeEmptyDirectory(path).map { Failure(path: path, operation: .remove, error: $0) }
    }

    /// The names in a folder, not below it; empty when it cannot be read.
    package static func names(in folder: String) -> [String] {
        (Platform.entries(of: folder) ?? []).map(\.name)
    }

    /// Every regular file below `root` (symbolic links to files included, linked folders entered only when
    /// `followingLinkedFolders`), as sorted paths relative to it.
    package static func listFiles(under root: String, followingLinkedFolders: Bool = false) -> [String] {
        var walker = DirectoryWalker()
        walker.followsLinkedFolders = followingLinkedFolders
        return walker.files(under: root).sorted()
    }

    /// A name beside `path` for a file being written, unique to this process.
    private static func temporaryName(for path: String) -> String {
        path + ".portalgen-\(Platform.processID)"
    }
}
