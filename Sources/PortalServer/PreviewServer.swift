import Foundation
import PortalKit
import PortalSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `portalgen serve`: builds the site, serves the output folder over HTTP, and rebuilds when a file in
/// `content/` or the templates changes; open pages reload by themselves.
///
/// A failed build changes nothing on disk (the build is atomic), so the last good site goes on being served,
/// with the errors shown over every page. Files are resolved per request, because every build replaces the
/// output folder by a rename. Builds run one at a time on the watcher's thread.
public final class PreviewServer: @unchecked Sendable {
    /// What the server was created with.
    public let configuration: PreviewConfiguration
    private let onEvent: @Sendable (PreviewEvent) -> Void
    private let state = PreviewState()
    private let watcher: SiteWatcher
    private let condition = NSCondition()
    private var listener: HTTPListener?
    private var stopping = false
    private let watching = DispatchGroup()

    /// Where the server listens, once started.
    public struct Address: Sendable {
        /// The numeric address, e.g. `127.0.0.1`.
        public var host: String
        /// The port bound: the one asked for, or the one the system picked for port 0.
        public var port: Int
        /// False when other machines can connect: the terminal should say so.
        public var isLoopback: Bool
        /// `http://127.0.0.1:8000/`
        public var url: String
    }

    /// Why the server could not start (the port is taken, the host is not this machine's…).
    public struct StartFailure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter onEvent: called for every build, from the building thread; it must not block for long.
    public init(configuration: PreviewConfiguration, onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.configuration = configuration
        self.onEvent = onEvent
        self.watcher = SiteWatcher(folders: configuration.watchedFolders)
    }

    /// Binds the socket, builds the site once, then serves and watches until `stop()`.
    ///
    /// A failing first build does not stop the server: the errors are served instead of the site.
    public func start() throws(StartFailure) -> Address {
        guard condition.withLock({ self.listener == nil && !stopping }) else {
            throw StartFailure(description: "this preview server was started already")
        }
        let socket: ListeningSocket
        do {
            socket = try ListeningSocket.bind(host: configuration.host, port: configuration.port)
        } catch {
            throw StartFailure(description: error.description)
        }
        // The snapshot comes before the build, so an edit saved during the first build is not missed.
        let before = watcher.snapshot()
        build(changes: [])
        let router = PreviewRouter(files: StaticFileResolver(root: FilePath.absolute(configuration.build.output)), state: state)
        let listener = HTTPListener(socket: socket) { descriptor in
            HTTPConnection(descriptor: descriptor, router: router).run()
        }
        let stopped = condition.withLock {
            if !stopping { self.listener = listener }
            return stopping
        }
        guard !stopped else {
            close(socket.descriptor)
            throw StartFailure(description: "the preview server was stopped while it started")
        }
        listener.start()
        watching.enter()
        let thread = Thread { [self] in
            watch(from: before)
            watching.leave()
        }
        thread.name = "portalgen-watch"
        thread.start()
        return Address(host: socket.address, port: socket.port, isLoopback: socket.isLoopback, url: socket.url)
    }

    /// Stops watching and serving: closes the listening socket, ends open connections and event streams,
    /// and waits for a build in progress to finish (so the output folder is never left half-swapped).
    public func stop() {
        let listener: HTTPListener? = condition.withLock {
            stopping = true
            condition.broadcast()
            return self.listener
        }
        state.close()
        listener?.stop()
        _ = watching.wait(timeout: .now() + 60)
    }

    /// The version pages compare against, `<run>.<build>`; it changes after every build, failed or not.
    public var version: String { state.version }

    private func watch(from initial: SiteWatcher.Snapshot) {
        var known = initial
        while pause(configuration.pollInterval) {
            var settled = watcher.snapshot()
            guard settled != known else { continue }
            // Editors save in bursts (a temporary file, a rename, a second file): build once it is quiet.
            var waited = 0.0
            while waited < configuration.maxSettle {
                guard pause(configuration.pollInterval) else { return }
                waited += configuration.pollInterval
                let again = watcher.snapshot()
                if again == settled { break }
                settled = again
            }
            let changes = SiteWatcher.changes(from: known, to: settled)
            known = settled
            build(changes: changes)
        }
    }

    /// Waits `seconds`; false when the server is stopping.
    private func pause(_ seconds: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        return condition.withLock {
            while !stopping {
                if !condition.wait(until: deadline) { return !stopping }
            }
            return false
        }
    }

    private func build(changes: [String]) {
        onEvent(.building(changes: changes))
        do {
            let report = try SiteBuilder(options: configuration.build).build()
            // The new site is in place a moment before the version changes; a page served in that moment
            // carries the old version, so its browser reloads it once more and ends up consistent.
            state.finishedBuild(failure: nil)
            onEvent(.built(report))
        } catch {
            state.finishedBuild(failure: error)
            onEvent(.failed(error))
        }
    }
}
