import Foundation
import PortalSupport

/// Serves the requests of one client connection, one after another, on the thread the listener gave it.
///
/// Every read is bounded: a connection may wait `limits.idleTimeout` for a request, whose head must then
/// arrive whole within `limits.headTimeout` of its first byte and within `RequestHead`'s size limits, or the
/// client gets the matching error status and the connection is closed. While it waits, `connections` may
/// push it out to make room for a new client.
struct HTTPConnection {
    let descriptor: Int32
    let router: PreviewRouter
    var limits = ConnectionLimits()
    var connections: ConnectionTable?
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
            var pushedOut = false
            connections?.waiting(descriptor)
            switch readHead(&buffer) {
            case .closed:
                return
            case .rejected(let rejection):
                // Still a waiting connection: one that is slow to take its error may be pushed out too.
                if send(.rejection(rejection), isHead: false, closing: true) { drain() }
                return
            case .head(let head):
                // Pushed out just after reading a whole request: it is answered all the same, then the
                // connection closes.
                pushedOut = connections?.answering(descriptor) == false
                request = head
            }
            let response = router.respond(to: request)
            let isHead = request.method == "HEAD"
            if case .events = response.body, !isHead {
                // A stream holds its place for as long as the page is open: never without one.
                if !pushedOut { streamEvents(response) }
                return
            }
            let closing = pushedOut || !request.keepsAlive || request.announcesBody || isEvents(response)
            guard send(response, isHead: isHead, closing: closing), !closing else { return }
        }
    }

    private func isEvents(_ response: HTTPResponse) -> Bool {
        if case .events = response.body { return true }
        return false
    }

    /// Reads until a whole head is in `buffer`. Each receive waits only as long as is left: until the idle
    /// time is up while nothing has come, then until the head's time (from its first byte) is up.
    private func readHead(_ buffer: inout [UInt8]) -> Read {
        // Blank lines before a request count as its first bytes: the head's time starts once, at the first byte.
        var started = !buffer.isEmpty
        var deadline = Date(timeIntervalSinceNow: started ? limits.headTimeout : limits.idleTimeout)
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
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return .rejected(HTTPRejection(408, "the request did not arrive in time")) }
            Sockets.setReceiveTimeout(descriptor, seconds: left)
            guard let read = Sockets.receive(descriptor, into: &buffer, upTo: 16 * 1024), read > 0 else {
                // A client that said nothing has simply gone (or idled out); one cut off mid-head is told why.
                return wasEmpty ? .closed : .rejected(HTTPRejection(408, "the request did not arrive in time"))
            }
            if !started {
                started = true
                deadline = Date(timeIntervalSinceNow: limits.headTimeout)
            }
        }
    }

    /// Reads (and drops) what the client is still sending before the socket is closed: closing with unread
    /// bytes makes the system reset the connection, and the client could lose the error response.
    private func drain() {
        Sockets.shutdown(descriptor, .writing)
        Sockets.setReceiveTimeout(descriptor, seconds: 0.5)
        var discarded: [UInt8] = []
        var total = 0
        let deadline = Date(timeIntervalSinceNow: 2)
        while total < 1024 * 1024, Date() < deadline,
              let read = Sockets.receive(descriptor, into: &discarded, upTo: 16 * 1024), read > 0 {
            total += read
            discarded.removeAll(keepingCapacity: true)
        }
    }

    /// Sends the head and the body together: one `send` for a page or a file's first 64 KiB.
    private func send(_ response: HTTPResponse, isHead: Bool, closing: Bool) -> Bool {
        let head = response.head(closing: closing)
        guard !isHead else { return Sockets.sendAll(descriptor, head) }
        switch response.body {
        case .bytes(let bytes): return Sockets.sendAll(descriptor, head + bytes)
        case .file(let file, let range): return file.send(to: descriptor, after: head, range: range)
        case .events: return Sockets.sendAll(descriptor, head)
        }
    }

    /// Server-sent events: the current version at once, then each new one; a comment now and then.
    private func streamEvents(_ response: HTTPResponse) {
        var version = router.state.version
        let opening = response.head(closing: true) + Array("retry: 1000\n\ndata: \(version)\n\n".utf8)
        guard Sockets.sendAll(descriptor, opening) else { return }
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
            guard Sockets.sendAll(descriptor, Array(message.utf8)) else { return }
        }
    }
}
