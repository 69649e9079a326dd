import Foundation
import PortalSupport

/// Accepts connections on a listening socket and serves each on its own thread.
///
/// Threads and blocking calls rather than an event loop: a preview has a handful of clients, and every
/// blocking call has a timeout. `ConnectionTable` caps the number of connections and keeps a place for a new
/// client by pushing out the one that has waited longest for its request; `stop()` wakes the accepting thread
/// through a pipe and every connection by shutting its socket down, then waits (boundedly) for them to end.
final class HTTPListener: @unchecked Sendable {
    let socket: ListeningSocket
    let limits: ConnectionLimits
    let connections: ConnectionTable
    private let serve: @Sendable (Int32, ConnectionTable) -> Void
    private let lock = NSLock()
    private var stopping = false
    private let running = DispatchGroup()
    private let wake: (read: Int32, write: Int32)

    init(socket: ListeningSocket, limits: ConnectionLimits, serve: @escaping @Sendable (Int32, ConnectionTable) -> Void) {
        self.socket = socket
        self.limits = limits
        self.connections = ConnectionTable(capacity: limits.maxConnections)
        self.serve = serve
        wake = Sockets.makeWakePipe()
    }

    func start() {
        running.enter()
        let thread = Thread { [self] in
            acceptLoop()
            Sockets.close(socket.descriptor)
            running.leave()
        }
        thread.name = "portalgen-accept"
        thread.start()
    }

    /// Stops accepting, ends every connection, and waits up to `timeout` seconds for their threads.
    func stop(timeout: TimeInterval = 3) {
        let first = lock.withLock {
            defer { stopping = true }
            return !stopping
        }
        guard first else { return }
        connections.shutDownAll()
        Sockets.wake(wake.write)
        _ = running.wait(timeout: .now() + timeout)
    }

    /// Both ends of the wake pipe live as long as the listener: the accepting thread may end on its own (a
    /// client connecting while `stop()` runs), and a write to a pipe whose read end is closed kills the
    /// process with SIGPIPE.
    deinit {
        Sockets.close(wake.read)
        Sockets.close(wake.write)
    }

    private func acceptLoop() {
        while true {
            guard case .ready(0) = Sockets.waitReadable([socket.descriptor, wake.read]),
                  !lock.withLock({ stopping }) else { return }
            let descriptor: Int32
            switch Sockets.accept(socket.descriptor) {
            case .connection(let accepted): descriptor = accepted
            case .retry: continue
            case .exhausted:
                // Out of descriptors or similar: wait a little instead of spinning.
                Sockets.pause(milliseconds: 50)
                continue
            }
            Sockets.configureConnection(descriptor, timeout: limits.ioTimeout)
            guard connections.admit(descriptor) else {
                let busy = HTTPResponse.text(503, "503 Service Unavailable: too many connections")
                if Sockets.sendAll(descriptor, busy.head(closing: true)), case .bytes(let body) = busy.body {
                    _ = Sockets.sendAll(descriptor, body)
                }
                Sockets.close(descriptor)
                continue
            }
            running.enter()
            let thread = Thread { [self] in
                serve(descriptor, connections)
                connections.remove(descriptor)
                Sockets.close(descriptor)
                running.leave()
            }
            thread.name = "portalgen-connection"
            thread.start()
        }
    }
}
