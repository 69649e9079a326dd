import Foundation
import PortalKit

/// What the open pages need to know about the builds: a version that changes with every build, the errors
/// of the last build when it failed, and the site's language they are shown in. Shared by the watcher
/// (which writes it) and every connection.
final class PreviewState: @unchecked Sendable {
    enum Change: Sendable, Equatable {
        case changed(String)
        case timedOut
        case closed
    }

    private let condition = NSCondition()
    /// Differs between runs of the server, so pages left open across a restart reload too.
    private let instance: String
    private var builds = 0
    private var failure: BuildFailure?
    private var language = MessageLanguage.chinese
    private var closed = false

    init() {
        instance = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    }

    /// `<instance>.<build>`: only letters, digits and a dot, so it is safe in an attribute and an event.
    var version: String {
        condition.withLock { currentVersion }
    }

    /// The version, the errors when the last build failed, and the language to show them in, read together.
    var current: (version: String, failure: BuildFailure?, language: MessageLanguage) {
        condition.withLock { (currentVersion, failure, language) }
    }

    private var currentVersion: String { instance + "." + String(builds) }

    /// Records a finished build; `failure` is nil when it succeeded. `language` is the site's.
    func finishedBuild(failure: BuildFailure?, language: MessageLanguage) {
        condition.withLock {
            builds += 1
            self.failure = failure
            self.language = language
            condition.broadcast()
        }
    }

    /// Waits until the version differs from `version`, `timeout` passes, or the server stops.
    func waitForChange(from version: String, timeout: TimeInterval) -> Change {
        let deadline = Date(timeIntervalSinceNow: timeout)
        return condition.withLock {
            while true {
                if closed { return .closed }
                if currentVersion != version { return .changed(currentVersion) }
                if !condition.wait(until: deadline) { return closed ? .closed : .timedOut }
            }
        }
    }

    /// Wakes every waiting event stream for good: the server is stopping.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}
