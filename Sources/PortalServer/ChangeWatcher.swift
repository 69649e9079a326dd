/// Waits for edits in the watched folders and hands them over a burst at a time, for one build each.
///
/// Two kinds: `InotifyWatcher` (Linux: the system reports each change at once) and `PollingWatcher` (compares
/// the folders every few hundred milliseconds; portable, and it sees changes made over a network). Changes
/// made after the watcher was created are never missed, even while a build runs.
protocol ChangeWatcher: AnyObject, Sendable {
    /// Blocks until files changed and the burst settled; the changed paths, sorted (a folder stands for
    /// everything in it), or nil once `stop()` was called.
    func nextChanges() -> [String]?

    /// Makes a waiting or later `nextChanges()` return nil. Safe from any thread.
    func stop()
}

/// How the preview learns about edits, for the terminal.
public enum WatchMethod: Sendable, Equatable {
    /// inotify: changes are reported by the system as they happen.
    case inotify
    /// Comparing the folders every `interval` seconds; `reason` says why inotify was not used, when it was
    /// not asked for.
    case polling(interval: Double, reason: String?)
}

enum ChangeWatchers {
    /// inotify where the system has it and polling was not asked for; polling otherwise.
    static func make(for configuration: PreviewConfiguration) -> (ChangeWatcher, WatchMethod) {
        let polling = { (reason: String?) -> (ChangeWatcher, WatchMethod) in
            let watcher = PollingWatcher(
                folders: configuration.watchedFolders, interval: configuration.pollInterval,
                maxSettle: configuration.maxSettle)
            return (watcher, .polling(interval: configuration.pollInterval, reason: reason))
        }
        guard !configuration.polling else { return polling(nil) }
        #if os(Linux)
        do {
            let watcher = try InotifyWatcher(
                folders: configuration.watchedFolders, quietPeriod: configuration.quietPeriod,
                maxSettle: configuration.maxSettle)
            return (watcher, .inotify)
        } catch {
            return polling(error.description)
        }
        #else
        return polling("inotify is Linux only")
        #endif
    }
}
