import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves the requests of one client connection, one after another, on the thread the listener gave it.
///
/// Every read is bounded: a head must arrive whole within `headDeadline` and within `RequestHead`'s size
/// limits, or the client gets the matching error status and the connection is closed.
struct HTTPConnection {
    let descriptor: Int32
    let router: PreviewRouter
    /// How long a client may take to send one request head, and to start the next one.
    var headDeadline: TimeInterval = 10
    /// How often an idle event stream sends a comment, so a closed browser tab is noticed.
    var heartbeat: TimeInterval = 15

    private enum Read {
        case head(RequestHead)
        case rejected(HTTPRejection)
        case closed
    }

    func run() {
        var buffer: [UInt8] = []
        while true {
            let request: RequestHead
            switch readHead(&buffer) {
            case .closed:
                return
            case .rejected(let rejection):
                if send(.rejection(rejection), isHead: false, closing: true) { drain() }
                return
            case .head(let head):
                request = head
            }
            let response = router.respond(to: request)
            let isHead = request.method == "HEAD"
            if case .events = response.body, !isHead {
                streamEvents(response)
                return
            }
            let closing = !request.keepsAlive || request.announcesBody || isEvents(response)
            guard send(response, isHead: isHead, closing: closing), !closing else { return }
        }
    }

    private func isEvents(_ response: HTTPResponse) -> Bool {
        if case .events = response.body { return true }
        return false
    }

    private func readHead(_ buffer: inout [UInt8]) -> Read {
        let deadline = Date(timeIntervalSinceNow: headDeadline)
        while true {
            // Empty lines before a request line are allowed (RFC 9112 §2.2).
            let blank = buffer.prefix { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }.count
            buffer.removeFirst(blank)
            if let end = RequestHead.end(in: buffer) {
                guard end <= RequestHead.maxHeadBytes else { return .rejected(HTTPRejection(431, "request head too large")) }
                let head = buffer[..<end]
                buffer.removeFirst(end)
                do {
                    return .head(try RequestHead.parse(head))
                } catch {
                    return .rejected(error)
                }
            }
            if !buffer.prefix(RequestHead.maxRequestLine).contains(UInt8(ascii: "\n")),
               buffer.count > RequestHead.maxRequestLine {
                return .rejected(HTTPRejection(414, "request line too long"))
            }
            if buffer.count > RequestHead.maxHeadBytes {
                return .rejected(HTTPRejection(431, "request head too large"))
            }
            let wasEmpty = buffer.isEmpty
            guard let read = SocketCalls.receive(descriptor, into: &buffer, upTo: 16 * 1024), read > 0 else {
                // A client that said nothing has simply gone (or idled out); one cut off mid-head is told why.
                return wasEmpty ? .closed : .rejected(HTTPRejection(408, "the request did not arrive in time"))
            }
            if Date() > deadline {
                return .rejected(HTTPRejection(408, "the request did not arrive in time"))
            }
        }
    }

    /// Reads (and drops) what the client is still sending before the socket is closed: closing with unread
    /// bytes makes the system reset the connection, and the client could lose the error response.
    private func drain() {
        shutdown(descriptor, Int32(SHUT_WR))
        SocketCalls.setReceiveTimeout(descriptor, milliseconds: 500)
        var discarded: [UInt8] = []
        var total = 0
        let deadline = Date(timeIntervalSinceNow: 2)
        while total < 1024 * 1024, Date() < deadline,
              let read = SocketCalls.receive(descriptor, into: &discarded, upTo: 16 * 1024), read > 0 {
            total += read
            discarded.removeAll(keepingCapacity: true)
        }
    }

    /// Sends the head and the body together: one `send` for a page or a file's first 64 KiB.
    private func send(_ response: HTTPResponse, isHead: Bool, closing: Bool) -> Bool {
        let head = response.head(closing: closing)
        guard !isHead else { return SocketCalls.sendAll(descriptor, head) }
        switch response.body {
        case .bytes(let bytes): return SocketCalls.sendAll(descriptor, head + bytes)
        case .file(let file): return file.send(to: descriptor, after: head)
        case .events: return SocketCalls.sendAll(descriptor, head)
        }
    }

    /// Server-sent events: the current version at once, then each new one; a comment now and then.
    private func streamEvents(_ response: HTTPResponse) {
        var version = router.state.version
        let opening = response.head(closing: true) + Array("retry: 1000\n\ndata: \(version)\n\n".utf8)
        guard SocketCalls.sendAll(descriptor, opening) else { return }
        while true {
            let message: String
            switch router.state.waitForChange(from: version, timeout: heartbeat) {
            case .closed:
                return
            case .timedOut:
                message = ": still here\n\n"
            case .changed(let new):
                version = new
                message = "data: \(new)\n\n"
            }
            guard SocketCalls.sendAll(descriptor, Array(message.utf8)) else { return }
        }
    }
}
