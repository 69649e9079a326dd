import PortalKit

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
    case polling(interval: Double, reason: PollingReason?)

    /// `with inotify`, `every 0.3 s (…)`, for the line `serve` starts with.
    public var message: Message {
        switch self {
        case .inotify: Message(.watchInotify)
        case let .polling(interval, nil): Message(.watchPolling, texts: ["interval": String(interval)])
        case let .polling(interval, reason?):
            Message(.watchPollingBecause, ["interval": .text(String(interval)), "reason": .message(reason.message)])
        }
    }
}

/// Why the preview polls although polling was not asked for.
public enum PollingReason: Error, Sendable, Equatable {
    /// A system call inotify needs failed.
    case systemCall(String, error: String)
    /// The system's limit of inotify watches is reached.
    case watchLimit
    /// inotify is Linux's.
    case notLinux

    public var message: Message {
        switch self {
        case let .systemCall(call, error): Message(.watchSystemCallFailed, texts: ["call": call, "error": error])
        case .watchLimit: Message(.watchLimitReached)
        case .notLinux: Message(.watchNotLinux)
        }
    }
}

enum ChangeWatchers {
    /// inotify where the system has it and polling was not asked for; polling otherwise.
    static func make(for configuration: PreviewConfiguration) -> (ChangeWatcher, WatchMethod) {
        let polling = { (reason: PollingReason?) -> (ChangeWatcher, WatchMethod) in
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
            return polling(error)
        }
        #else
        return polling(.notLinux)
        #endif
    }
}
