import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import PortalServer
import Testing

/// Clients that connect and then send their request a byte at a time (or nothing) cannot lock a browser out,
/// and each is answered 408 once its head's time is up. Small limits keep the test short.
@Suite("Slow clients", .timeLimit(.minutes(1)))
struct SlowClientTests {
    static let limits = ConnectionLimits(maxConnections: 8, ioTimeout: 2, headTimeout: 1, idleTimeout: 3)

    /// Five times as many slow clients as places, reconnecting whenever they are dropped: every request of
    /// a normal client is still answered at once.
    @Test func slowClientsDoNotLockOutANormalOne() throws {
        try withPreview(limits: Self.limits) { preview in
            let crowd = SlowCrowd(port: preview.address.port, clients: 40, interval: 0.1)
            crowd.start()
            defer { crowd.stop() }
            let full = Date(timeIntervalSinceNow: 5)
            while preview.server.openConnections < Self.limits.maxConnections, Date() < full {
                Thread.sleep(forTimeInterval: 0.02)
            }
            #expect(preview.server.openConnections == Self.limits.maxConnections)
            // Two seconds of requests: the slow clients meanwhile time out, are pushed out and come back.
            for _ in 0..<20 {
                let started = Date()
                let response = try preview.http.request("/robots.txt")
                #expect(response.status == 200)
                #expect(Date().timeIntervalSince(started) < 1.5)
                Thread.sleep(forTimeInterval: 0.1)
            }
            #expect(crowd.connections > 60, "the slow clients were dropped and reconnected")
        }
    }

    /// Clients that connect and say nothing take no place at all (the system hands a connection to the
    /// server once its first bytes have come), and a browser's request is answered at once.
    @Test func silentClientsTakeNoPlace() throws {
        try withPreview(limits: Self.limits) { preview in
            let silent = try (0..<(Self.limits.maxConnections * 2)).map { _ in try preview.http.connect() }
            defer { silent.forEach { close($0) } }
            Thread.sleep(forTimeInterval: 0.5)
            #expect(preview.server.openConnections == 0)
            let started = Date()
            #expect(try preview.http.request("/robots.txt").status == 200)
            #expect(Date().timeIntervalSince(started) < 1.5)
        }
    }

    /// A head sent a byte every 100 ms is answered 408 when its second is up, not when the bytes stop.
    @Test func aDribbledHeadTimesOut() throws {
        try withPreview(limits: Self.limits) { preview in
            let socket = try preview.http.connect()
            defer { close(socket) }
            let started = Date()
            var received: [UInt8] = []
            for byte in Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100) {
                try preview.http.send(socket, [byte])
                if preview.http.read(socket, into: &received, until: { _ in true }, timeout: 0.1) != .timedOut { break }
            }
            preview.http.read(socket, into: &received, until: { _ in false }, timeout: 3)
            let elapsed = Date().timeIntervalSince(started)
            #expect(String(decoding: received, as: UTF8.self).hasPrefix("HTTP/1.1 408"))
            #expect(elapsed > 0.9 && elapsed < 4, "answered after \(elapsed) s")
        }
    }

    /// Places are taken from connections waiting for a request head, the longest waiting first, never from
    /// one answering a request; with every place answering, a new client is refused.
    @Test func tableMakesRoomFromTheLongestWaiting() {
        let table = ConnectionTable(capacity: 3)
        // Descriptors no process has: shutting them down does nothing, and they have nothing to read.
        let (first, second, third, fourth, fifth) = (Int32(900_001), Int32(900_002), Int32(900_003), Int32(900_004), Int32(900_005))
        for descriptor in [first, second, third] {
            #expect(table.admit(descriptor))
            Thread.sleep(forTimeInterval: 0.002)
        }
        #expect(table.answering(first))
        #expect(table.admit(fourth))
        #expect(table.count == 3)
        #expect(!table.answering(second))
        #expect(table.answering(third) && table.answering(fourth))
        let refusedAt = Date()
        #expect(!table.admit(fifth, patience: 0.05))
        #expect(Date().timeIntervalSince(refusedAt) < 0.04, "nothing waits: refused at once")
        table.remove(second)
        table.remove(third)
        #expect(table.admit(fifth))
    }

    /// A waiting connection whose request is in its socket, not read yet (its thread is slow to run), is
    /// passed over for one with nothing to read.
    @Test func aRequestNotReadYetKeepsItsPlace() throws {
        var ends: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0)
        defer { ends.forEach { close($0) } }
        _ = Array("GET / HTTP/1.1\r\n\r\n".utf8).withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        let table = ConnectionTable(capacity: 2)
        let idle = Int32(900_011)
        #expect(table.admit(ends[0]))
        Thread.sleep(forTimeInterval: 0.002)
        #expect(table.admit(idle))
        #expect(table.admit(900_012))
        #expect(table.answering(ends[0]), "the older connection, with its request unread, kept its place")
        #expect(!table.answering(idle))
    }
}

/// Clients that each send a request head one byte per `interval`, forever; a client the server closes (or
/// answers) connects again.
final class SlowCrowd: @unchecked Sendable {
    private let http: RawHTTP
    private let clients: Int
    private let interval: TimeInterval
    private let lock = NSLock()
    private var stopping = false
    private var connected = 0
    private let done = DispatchGroup()

    init(port: Int, clients: Int, interval: TimeInterval) {
        http = RawHTTP(port: port)
        self.clients = clients
        self.interval = interval
    }

    /// How many connections were made so far.
    var connections: Int { lock.withLock { connected } }

    func start() {
        done.enter()
        Thread { [self] in
            var sockets: [Int32?] = Array(repeating: nil, count: clients)
            let head = Array("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".utf8)
            var sent = Array(repeating: 0, count: clients)
            while !lock.withLock({ stopping }) {
                for index in 0..<clients {
                    if sockets[index] == nil, let socket = try? http.connect() {
                        sockets[index] = socket
                        sent[index] = 0
                        lock.withLock { connected += 1 }
                    }
                    guard let socket = sockets[index] else { continue }
                    let byte = sent[index] < head.count ? head[sent[index]] : UInt8(ascii: "a")
                    var probe = [UInt8](repeating: 0, count: 512)
                    let answered = recv(socket, &probe, probe.count, Int32(MSG_DONTWAIT))
                    let written = [byte].withUnsafeBytes {
                        Glibc.send(socket, $0.baseAddress, 1, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
                    }
                    if answered >= 0 || written < 0 {
                        close(socket)
                        sockets[index] = nil
                    } else {
                        sent[index] += 1
                    }
                }
                Thread.sleep(forTimeInterval: interval)
            }
            for socket in sockets.compactMap({ $0 }) { close(socket) }
            done.leave()
        }.start()
    }

    func stop() {
        lock.withLock { stopping = true }
        _ = done.wait(timeout: .now() + 5)
    }
}
