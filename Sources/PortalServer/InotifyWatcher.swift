#if os(Linux)
import Foundation
import PortalSupport

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
    private let queue: InotifyQueue
    private let wake: (read: Int32, write: Int32)
    private let roots: [String]
    private let quietPeriod: Double
    private let maxSettle: Double
    /// The watched folders by watch descriptor. After `init`, only the thread calling `nextChanges()` uses it.
    private var folders: [Int32: String] = [:]
    private let stopLock = NSLock()
    private var stopped = false

    /// How often a watched folder that does not exist (yet, or any more) is looked for, in seconds.
    static let missingFolderRetry = 0.25

    init(folders roots: [String], quietPeriod: Double, maxSettle: Double) throws(PollingReason) {
        do {
            queue = try InotifyQueue()
        } catch {
            throw .systemCall(error.call, error: error.reason)
        }
        wake = Sockets.makeWakePipe()
        guard wake.read >= 0 else { throw .systemCall("pipe", error: "no pipe") }
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.maxSettle = maxSettle
        for root in roots {
            // A missing folder is looked for later; running out of watches means inotify cannot do the job.
            if watchTree(root) == .limitReached { throw .watchLimit }
        }
    }

    deinit {
        Sockets.close(wake.read)
        Sockets.close(wake.write)
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
        Sockets.wake(wake.write)
    }

    // MARK: - Waiting and reading

    private enum Wait {
        case events, quiet, stopped
    }

    /// Waits for events, at most `seconds` (forever when nil).
    private func wait(seconds: Double?) -> Wait {
        let deadline = seconds.map { Date(timeIntervalSinceNow: $0) }
        let milliseconds = deadline.map { Int32(max(0, ($0.timeIntervalSinceNow * 1000).rounded(.up))) } ?? -1
        switch Sockets.waitReadable([queue.descriptor, wake.read], milliseconds: milliseconds) {
        case .timedOut: return .quiet
        case .ready(0) where !stopLock.withLock({ stopped }): return .events
        case .ready, .failed: return .stopped
        }
    }

    /// Reads every queued event; the paths they change.
    private func readEvents() -> Set<String> {
        var changes = Set<String>()
        for event in queue.readEvents() { handle(event, into: &changes) }
        return changes
    }

    private func handle(_ event: InotifyQueue.Event, into changes: inout Set<String>) {
        let change = event.change
        if change.contains(.overflow) {
            changes.formUnion(watchAllAgain())
            return
        }
        guard let folder = folders[event.watch] else { return }
        if change.contains(.watchDropped) {
            // The kernel dropped the watch: its folder is gone.
            folders[event.watch] = nil
            return
        }
        if !change.isDisjoint(with: [.watchedDeleted, .watchedMoved]) {
            // Below the roots, the parent's event says the same (and says where a renamed folder went).
            guard roots.contains(folder) else { return }
            forget(folder)
            changes.insert(folder)
            changes.formUnion(watchAgain([folder]))
            return
        }
        guard !event.name.isEmpty, !SiteWatcher.isIgnored(event.name) else { return }
        let path = folder + "/" + event.name
        if change.contains(.isFolder) {
            // Its watches (if any) name the old place: a folder renamed within the tree is watched afresh.
            forget(path)
            if !change.isDisjoint(with: [.created, .movedIn]) { watchTree(path) }
        } else if change.contains(.created), !FileSystem.isSymbolicLink(path) {
            // A new file counts once it is closed after writing (IN_CLOSE_WRITE), not while it is written.
            return
        }
        changes.insert(path)
    }

    // MARK: - Watches

    /// Watches `folder` and every folder below it (symbolic links followed, `SiteWatcher.maxDepth` deep).
    /// What became of the first watch that could not be added, if any.
    @discardableResult
    private func watchTree(_ folder: String, depth: Int = 0) -> InotifyQueue.Watched? {
        guard depth <= SiteWatcher.maxDepth else { return nil }
        let watched = queue.watch(folder)
        guard case .watch(let watch) = watched else { return watched }
        folders[watch] = folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where !SiteWatcher.isIgnored(name) {
            let path = folder + "/" + name
            guard FileSystem.isDirectory(path) else { continue }
            if let failure = watchTree(path, depth: depth + 1) { return failure }
        }
        return nil
    }

    /// Removes the watches of `folder` and of every folder below it.
    private func forget(_ folder: String) {
        for (watch, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            queue.removeWatch(watch)
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
        for watch in folders.keys { queue.removeWatch(watch) }
        folders = [:]
        for root in roots { watchTree(root) }
        return Set(roots)
    }

}
#endif
