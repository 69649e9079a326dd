import Foundation
import PortalKit
import PortalSupport

/// `portalgen serve`: builds the site into its own folder, serves it over HTTP, and rebuilds when a file in
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
    private let siteLanguage: SiteLanguage
    private let lock = NSLock()
    private var listener: HTTPListener?
    private var watcher: ChangeWatcher?
    private var output: PreviewOutput?
    private var method: WatchMethod?
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

    /// - Parameter onEvent: called for every build, from the building thread; it must not block for long.
    public init(configuration: PreviewConfiguration, onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) {
        self.configuration = configuration
        self.onEvent = onEvent
        siteLanguage = SiteLanguage(siteRoot: configuration.build.siteRoot)
    }

    /// Claims the output folder, binds the socket, starts watching, builds the site once, then serves and
    /// watches until `stop()`.
    ///
    /// A failing first build does not stop the server: the errors are served instead of the site. It
    /// cannot start when the site folder has no `content/` or no templates (the build's own errors, told
    /// before anything is written into the folder), the port is taken, the host is not this machine's,
    /// drafts would go into the published folder, or another preview builds into the same folder.
    public func start() throws(BuildFailure) -> Address {
        try SiteBuilder(options: configuration.build).checkFolders()
        do throws(PreviewError) {
            return try claimAndListen()
        } catch {
            throw BuildFailure([Diagnostic(error, at: nil)])
        }
    }

    private func claimAndListen() throws(PreviewError) -> Address {
        guard lock.withLock({ self.listener == nil && self.output == nil && !stopping }) else {
            throw .startedAlready
        }
        let output = try PreviewOutput.claim(configuration.build)
        let socket: ListeningSocket
        do {
            socket = try ListeningSocket.bind(host: configuration.host, port: configuration.port)
        } catch {
            output.release()
            throw error
        }
        // The watcher starts before the build, so an edit saved during the first build is not missed.
        let (watcher, method) = ChangeWatchers.make(for: configuration)
        let router = PreviewRouter(
            files: StaticFileResolver(root: PreviewOutput.resolved(configuration.build.output)), state: state)
        let limits = configuration.connectionLimits
        let listener = HTTPListener(socket: socket, limits: limits) { descriptor, connections in
            HTTPConnection(descriptor: descriptor, router: router, limits: limits, connections: connections).run()
        }
        let stopped = lock.withLock {
            if !stopping {
                (self.listener, self.watcher, self.output, self.method) = (listener, watcher, output, method)
            }
            return stopping
        }
        guard !stopped else {
            Sockets.close(socket.descriptor)
            output.release()
            throw .stoppedWhileStarting
        }
        build(changes: [])
        listener.start()
        watching.enter()
        let thread = Thread { [self] in
            while let changes = watcher.nextChanges() { build(changes: changes) }
            watching.leave()
        }
        thread.name = "portalgen-watch"
        thread.start()
        return Address(host: socket.address, port: socket.port, isLoopback: socket.isLoopback, url: socket.url)
    }

    /// Stops watching and serving: closes the listening socket, ends open connections and event streams,
    /// waits for a build in progress to finish (so the output folder is never left half-swapped), and lets
    /// the output folder go.
    public func stop() {
        let (listener, watcher, output) = lock.withLock {
            stopping = true
            defer { self.output = nil }
            return (self.listener, self.watcher, self.output)
        }
        watcher?.stop()
        state.close()
        listener?.stop()
        _ = watching.wait(timeout: .now() + 60)
        output?.release()
    }

    /// Connections that take a place now (see `ConnectionTable`).
    var openConnections: Int {
        lock.withLock { listener?.connections.count ?? 0 }
    }

    /// How edits are noticed, once started: inotify, or polling (and why).
    public var watchMethod: WatchMethod? {
        lock.withLock { method }
    }

    /// The version pages compare against, `<run>.<build>`; it changes after every build, failed or not.
    public var version: String { state.version }

    private func build(changes: [String]) {
        onEvent(.building(changes: changes))
        // Pages reload as soon as the new site is in place, before the old one is deleted.
        let language = siteLanguage.current()
        let announced = Announcement(state: state, language: language)
        var options = configuration.build
        options.siteReplaced = { announced.announce() }
        // The preview publishes nothing: a placeholder still in a speech is a warning here, an error in a build.
        options.placeholdersAreErrors = false
        do {
            let report = try SiteBuilder(options: options).build()
            // A build with nothing to do replaces no site: pages reload now, as after every build.
            announced.announce()
            onEvent(.built(report))
        } catch {
            state.finishedBuild(failure: error, language: language)
            onEvent(.failed(error))
        }
    }
}

/// Tells the open pages once that a build succeeded, whichever comes first: the new site swapped in, or the
/// build's end.
private final class Announcement: @unchecked Sendable {
    private let state: PreviewState
    private let language: MessageLanguage
    private let lock = NSLock()
    private var done = false

    init(state: PreviewState, language: MessageLanguage) {
        self.state = state
        self.language = language
    }

    func announce() {
        let first = lock.withLock {
            defer { done = true }
            return !done
        }
        if first { state.finishedBuild(failure: nil, language: language) }
    }
}
