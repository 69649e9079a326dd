import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client on a bare socket: sends bytes exactly as written (URLSession would normalise `..` away) and
/// reads the answer until the server closes the connection or the time is up.
struct RawHTTP {
    struct Response {
        var status: Int
        /// Field names lower-cased.
        var fields: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int

    /// `GET` (or `method`) `target` with `Connection: close`, parsed.
    func request(_ target: String, method: String = "GET", fields: [String] = []) throws -> Response {
        let head = (["\(method) \(target) HTTP/1.1", "Host: 127.0.0.1:\(port)", "Connection: close"] + fields)
            .joined(separator: "\r\n") + "\r\n\r\n"
        return try Self.parse(exchange(Array(head.utf8)))
    }

    /// Sends `bytes` and returns everything received until the server closes (or `timeout` passes).
    func exchange(_ bytes: [UInt8], timeout: TimeInterval = 10) throws -> [UInt8] {
        let socket = try connect()
        defer { close(socket) }
        try send(socket, bytes)
        var received: [UInt8] = []
        read(socket, into: &received, until: { _ in false }, timeout: timeout)
        return received
    }

    func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): errno \(errno)")
        }
        var time = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        return socket
    }

    func send(_ socket: Int32, _ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // A server that rejected the request early may close while we still write: that is an answer too.
            guard sent > 0 else { return }
            offset += sent
        }
    }

    enum ReadEnd: Equatable {
        case satisfied, closed, timedOut
    }

    /// Reads into `received` until `done` says so, the peer closes, or `timeout` passes.
    @discardableResult
    func read(_ socket: Int32, into received: inout [UInt8], until done: ([UInt8]) -> Bool, timeout: TimeInterval) -> ReadEnd {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while Date() < deadline {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received += chunk[..<count]
                if done(received) { return .satisfied }
            } else if count == 0 {
                return .closed
            } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                return .closed
            }
        }
        return .timedOut
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = (0...max(0, bytes.count - 4)).first(where: { Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator })
        else { throw Failure(description: "no complete response: \(String(decoding: bytes.prefix(200), as: UTF8.self))") }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "bad status line: \(lines[0])")
        }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, fields: fields, body: Array(bytes[(end + 4)...]))
    }
}
