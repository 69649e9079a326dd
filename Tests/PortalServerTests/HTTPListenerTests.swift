import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import PortalServer
import Testing

/// Stopping a listener while clients keep connecting: the accepting thread may see a connection after
/// `stop()` began and end on its own, before `stop()` wakes it.
@Suite("HTTP listener", .timeLimit(.minutes(1)))
struct HTTPListenerTests {
    /// Each round starts a listener, lets a crowd connect and send request heads, and stops it mid-stream.
    /// The process must live through every round (a wake written to a closed pipe would kill it with
    /// SIGPIPE), and every round's stop must return.
    @Test func stoppingWhileClientsConnect() throws {
        for _ in 0..<200 {
            let socket = try ListeningSocket.bind(host: "127.0.0.1", port: 0)
            let listener = HTTPListener(socket: socket, limits: ConnectionLimits()) { _, _ in }
            listener.start()
            let http = RawHTTP(port: socket.port)
            let crowd = DispatchGroup()
            let stopping = NSLock()
            nonisolated(unsafe) var stopped = false
            for _ in 0..<4 {
                DispatchQueue.global().async(group: crowd) {
                    while !stopping.withLock({ stopped }) {
                        guard let client = try? http.connect() else { continue }
                        try? http.send(client, Array("GET / HTTP/1.1\r\n\r\n".utf8))
                        close(client)
                        // Slower than the listener accepts: a full backlog would make connect wait a second.
                        usleep(50)
                    }
                }
            }
            Thread.sleep(forTimeInterval: 0.005)
            let started = Date()
            listener.stop(timeout: 2)
            #expect(Date().timeIntervalSince(started) < 2.5)
            stopping.withLock { stopped = true }
            crowd.wait()
        }
    }
}
