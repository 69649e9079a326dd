import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Accepts connections on a listening socket and serves each on its own thread.
///
/// Threads and blocking calls rather than an event loop: a preview has a handful of clients, and every
/// blocking call has a timeout. The number of connections is capped; `stop()` wakes the accepting thread
/// through a pipe and every connection by shutting its socket down, then waits (boundedly) for them to end.
final class HTTPListener: @unchecked Sendable {
    let socket: ListeningSocket
    private let serve: @Sendable (Int32) -> Void
    private let lock = NSLock()
    private var open: Set<Int32> = []
    private var stopping = false
    private let running = DispatchGroup()
    private let wakeRead: Int32
    private let wakeWrite: Int32

    /// Browsers open about six connections per page and one per open tab for live reload.
    static let maxConnections = 64
    /// Seconds a read or write may block.
    static let ioTimeout = 5

    init(socket: ListeningSocket, serve: @escaping @Sendable (Int32) -> Void) {
        self.socket = socket
        self.serve = serve
        var pipeEnds: [Int32] = [-1, -1]
        if pipe(&pipeEnds) == 0 {
            SocketCalls.setCloseOnExec(pipeEnds[0])
            SocketCalls.setCloseOnExec(pipeEnds[1])
        }
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
    }

    func start() {
        running.enter()
        let thread = Thread { [self] in
            acceptLoop()
            close(socket.descriptor)
            close(wakeRead)
            running.leave()
        }
        thread.name = "portalgen-accept"
        thread.start()
    }

    /// Stops accepting, ends every connection, and waits up to `timeout` seconds for their threads.
    func stop(timeout: TimeInterval = 3) {
        let first = lock.withLock {
            defer { stopping = true }
            for descriptor in open { shutdown(descriptor, Int32(SHUT_RDWR)) }
            return !stopping
        }
        guard first else { return }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        _ = running.wait(timeout: .now() + timeout)
        close(wakeWrite)
    }

    private func acceptLoop() {
        while true {
            var polled = [
                pollfd(fd: socket.descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&polled, 2, -1)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0, polled[1].revents == 0, !lock.withLock({ stopping }) else { return }
            let descriptor = accept(socket.descriptor, nil, nil)
            guard descriptor >= 0 else {
                if errno == EINTR || errno == ECONNABORTED || errno == EAGAIN { continue }
                // Out of descriptors or similar: wait a little instead of spinning.
                usleep(50_000)
                continue
            }
            SocketCalls.configureConnection(descriptor, timeout: Self.ioTimeout)
            let admitted = lock.withLock {
                guard !stopping, open.count < Self.maxConnections else { return false }
                open.insert(descriptor)
                return true
            }
            guard admitted else {
                let busy = HTTPResponse.text(503, "503 Service Unavailable: too many connections")
                if SocketCalls.sendAll(descriptor, busy.head(closing: true)), case .bytes(let body) = busy.body {
                    _ = SocketCalls.sendAll(descriptor, body)
                }
                close(descriptor)
                continue
            }
            running.enter()
            let thread = Thread { [self] in
                serve(descriptor)
                lock.withLock { _ = open.remove(descriptor) }
                close(descriptor)
                running.leave()
            }
            thread.name = "portalgen-connection"
            thread.start()
        }
    }
}
