#if os(Linux)
import Foundation
import PortalSupport
import Glibc

/// Notices edits as Linux reports them (inotify), so a save starts a build within milliseconds.
///
/// - inotify is not recursive: every folder below the watched ones gets its own watch, and a folder created
///   or moved in is watched at once and counts as a change (files put into it before its watch existed are
///   not reported one by one, but the build reads them all).
/// - What counts: a file written and closed (`IN_CLOSE_WRITE`, not every `write`, so a build does not read a
///   save half done), renamed in or out (editors that write a temporary file and rename it over the old
///   one), deleted, touched (`IN_ATTRIB`), a folder or a symbolic link created. Editors' own temporary files
///   are ignored (`SiteWatcher.isIgnored`).
/// - A watched folder that is deleted, or renamed away and replaced (`IN_DELETE_SELF`, `IN_MOVE_SELF`),
///   counts as a change and is watched again as soon as a folder of its name exists.
/// - A burst of events is one change: events are collected until the folders have been quiet for
///   `quietPeriod`, or `maxSettle` has passed since the first.
/// - When the kernel's queue overflowed, every folder is watched afresh and counts as changed.
final class InotifyWatcher: ChangeWatcher, @unchecked Sendable {
    private let descriptor: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let roots: [String]
    private let quietPeriod: Double
    private let maxSettle: Double
    /// The watched folders by watch descriptor. After `init`, only the thread calling `nextChanges()` uses it.
    private var folders: [Int32: String] = [:]
    private let stopLock = NSLock()
    private var stopped = false

    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)
    /// How often a watched folder that does not exist (yet, or any more) is looked for, in seconds.
    static let missingFolderRetry = 0.25

    init(folders roots: [String], quietPeriod: Double, maxSettle: Double) throws(PollingReason) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw .systemCall("inotify_init1", error: Self.errorText(errno)) }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            close(descriptor)
            throw .systemCall("pipe", error: Self.errorText(errno))
        }
        Sockets.setCloseOnExec(pipeEnds[0])
        Sockets.setCloseOnExec(pipeEnds[1])
        self.descriptor = descriptor
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.maxSettle = maxSettle
        for root in roots {
            // A missing folder is looked for later; running out of watches means inotify cannot do the job.
            if let code = watchTree(root), code == ENOSPC || code == ENOMEM {
                throw .watchLimit
            }
        }
    }

    deinit {
        close(descriptor)
        close(wakeRead)
        close(wakeWrite)
    }

    func nextChanges() -> [String]? {
        var changes = Set<String>()
        while changes.isEmpty {
            let missing = missingRoots()
            switch wait(seconds: missing.isEmpty ? nil : Self.missingFolderRetry) {
            case .stopped: return nil
            case .quiet: changes.formUnion(watchAgain(missing))
            case .events: changes.formUnion(readEvents())
            }
        }
        let first = Date()
        while Date().timeIntervalSince(first) < maxSettle {
            switch wait(seconds: quietPeriod) {
            case .stopped: return nil
            case .quiet: return changes.sorted()
            case .events: changes.formUnion(readEvents())
            }
        }
        return changes.sorted()
    }

    func stop() {
        let first = stopLock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        // Never read: the pipe stays readable, so every later wait ends at once too.
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    // MARK: - Waiting and reading

    private enum Wait {
        case events, quiet, stopped
    }

    /// Waits for events, at most `seconds` (forever when nil).
    private func wait(seconds: Double?) -> Wait {
        let deadline = seconds.map { Date(timeIntervalSinceNow: $0) }
        while true {
            var polled = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let milliseconds = deadline.map { Int32(max(0, ($0.timeIntervalSinceNow * 1000).rounded(.up))) } ?? -1
            let ready = poll(&polled, 2, milliseconds)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 || polled[1].revents != 0 { return .stopped }
            return ready == 0 ? .quiet : .events
        }
    }

    /// Reads every queued event; the paths they change.
    private func readEvents() -> Set<String> {
        var changes = Set<String>()
        // Room for at least one event with the longest name (`NAME_MAX`), aligned as the kernel wants it.
        var buffer = [UInt32](repeating: 0, count: 16 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return changes }
            buffer.withUnsafeBytes { bytes in
                var offset = 0
                // struct inotify_event: wd, mask, cookie, len, then `len` bytes of NUL-padded name.
                while offset + 16 <= count {
                    let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = bytes[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    offset += 16 + length
                    handle(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self), into: &changes)
                }
            }
        }
    }

    private func handle(watch: Int32, mask: UInt32, name: String, into changes: inout Set<String>) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            changes.formUnion(watchAllAgain())
            return
        }
        guard let folder = folders[watch] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            // The kernel dropped the watch: its folder is gone.
            folders[watch] = nil
            return
        }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
            // Below the roots, the parent's event says the same (and says where a renamed folder went).
            guard roots.contains(folder) else { return }
            forget(folder)
            changes.insert(folder)
            changes.formUnion(watchAgain([folder]))
            return
        }
        guard !name.isEmpty, !SiteWatcher.isIgnored(name) else { return }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 {
            // Its watches (if any) name the old place: a folder renamed within the tree is watched afresh.
            forget(path)
            if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { watchTree(path) }
        } else if mask & UInt32(IN_CREATE) != 0, !Self.isSymbolicLink(path) {
            // A new file counts once it is closed after writing (IN_CLOSE_WRITE), not while it is written.
            return
        }
        changes.insert(path)
    }

    // MARK: - Watches

    /// Watches `folder` and every folder below it (symbolic links followed, `SiteWatcher.maxDepth` deep).
    /// The error code of the first watch that could not be added, if any.
    @discardableResult
    private func watchTree(_ folder: String, depth: Int = 0) -> Int32? {
        guard depth <= SiteWatcher.maxDepth else { return nil }
        let watch = inotify_add_watch(descriptor, folder, Self.mask)
        guard watch >= 0 else { return errno }
        folders[watch] = folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where !SiteWatcher.isIgnored(name) {
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            if let code = watchTree(path, depth: depth + 1) { return code }
        }
        return nil
    }

    /// Removes the watches of `folder` and of every folder below it.
    private func forget(_ folder: String) {
        for (watch, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
        }
    }

    /// Roots with no watch: they did not exist, or were deleted or renamed away.
    private func missingRoots() -> [String] {
        let watched = Set(folders.values)
        return roots.filter { !watched.contains($0) }
    }

    /// Watches the given roots again where they exist now; those count as changed.
    private func watchAgain(_ missing: [String]) -> Set<String> {
        for root in missing { watchTree(root) }
        let stillMissing = missingRoots()
        return Set(missing.filter { !stillMissing.contains($0) })
    }

    /// After a queue overflow nothing is known: every watch is made afresh, and everything changed.
    private func watchAllAgain() -> Set<String> {
        for watch in folders.keys { inotify_rm_watch(descriptor, watch) }
        folders = [:]
        for root in roots { watchTree(root) }
        return Set(roots)
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
#endif
