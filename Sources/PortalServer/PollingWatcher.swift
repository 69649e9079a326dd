import Foundation

/// Notices edits by comparing snapshots of the watched folders (`SiteWatcher`) every `interval` seconds.
///
/// The first snapshot is taken when the watcher is made, so an edit saved during the first build is seen.
final class PollingWatcher: ChangeWatcher, @unchecked Sendable {
    private let watcher: SiteWatcher
    private let interval: Double
    private let maxSettle: Double
    private let condition = NSCondition()
    private var stopping = false
    /// Only the thread calling `nextChanges()` touches it.
    private var known: SiteWatcher.Snapshot

    init(folders: [String], interval: Double, maxSettle: Double) {
        watcher = SiteWatcher(folders: folders)
        self.interval = interval
        self.maxSettle = maxSettle
        known = watcher.snapshot()
    }

    func nextChanges() -> [String]? {
        while pause(interval) {
            var settled = watcher.snapshot()
            guard settled != known else { continue }
            // Editors save in bursts (a temporary file, a rename, a second file): build once it is quiet.
            var waited = 0.0
            while waited < maxSettle {
                guard pause(interval) else { return nil }
                waited += interval
                let again = watcher.snapshot()
                if again == settled { break }
                settled = again
            }
            let changes = SiteWatcher.changes(from: known, to: settled)
            known = settled
            return changes
        }
        return nil
    }

    func stop() {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
    }

    /// Waits `seconds`; false when the watcher is stopping.
    private func pause(_ seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        return condition.withLock {
            while !stopping {
                if !condition.wait(until: deadline) { return !stopping }
            }
            return false
        }
    }
}
