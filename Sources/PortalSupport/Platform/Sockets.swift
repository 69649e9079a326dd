#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The socket calls of the preview server (`portalgen serve`), behind Swift names: binding and listening,
/// waiting, accepting, reading and writing with timeouts, and the pipe that wakes a waiting thread.
///
/// Descriptors are plain `Int32`s owned by the caller, who closes them with `close(_:)`. Like `Platform`, this
/// file is one of the few that import the C library, so the server's own code reads the same on every system.
package enum Sockets {
    /// A listening socket, bound.
    package struct Listening: Sendable {
        package var descriptor: Int32
        /// The numeric address bound, e.g. `127.0.0.1` or `::1`.
        package var address: String
        package var port: Int
        /// Whether only this machine can connect (127.0.0.0/8, ::1, or ::ffff:127.x.x.x).
        package var isLoopback: Bool
    }

    /// Why a socket could not listen.
    package enum ListenFailure: Error, Sendable, Equatable {
        /// The host name or address could not be resolved; the resolver's words.
        case unknownHost(String)
        case addressInUse
        case needsPrivileges
        case notThisMachine
        /// Another system error, in the system's words.
        case other(String)
    }

    // MARK: - Listening

    /// Binds the first address `host` resolves to that accepts the port (0 picks a free one) and listens.
    package static func listen(host: String, port: Int, backlog: Int32 = 128) throws(ListenFailure) -> Listening {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = streamType
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else { throw .unknownHost(String(cString: gai_strerror(status))) }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = 0
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let descriptor = socket(info.pointee.ai_family, streamType, 0)
            guard descriptor >= 0 else {
                lastError = errno
                continue
            }
            setCloseOnExec(descriptor)
            var on: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
            #if os(Linux)
            // Connections are handed to `accept` once their first bytes have come (waiting up to a few
            // seconds): a client that connects and says nothing takes no place, and a connection accepted
            // always has its request, or the start of it, to read.
            var deferSeconds: Int32 = 5
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_DEFER_ACCEPT, &deferSeconds, socklen_t(MemoryLayout<Int32>.size))
            #endif
            guard bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0,
                  listen(descriptor, backlog) == 0 else {
                lastError = errno
                close(descriptor)
                continue
            }
            return describe(descriptor)
        }
        switch lastError {
        case EADDRINUSE: throw .addressInUse
        case EACCES: throw .needsPrivileges
        case EADDRNOTAVAIL: throw .notThisMachine
        default: throw .other(String(cString: strerror(lastError)))
        }
    }

    /// The names differ (`Glibc.bind`, `Darwin.bind`); the calls do not.
    private static func bind(_ descriptor: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t) -> Int32 {
        #if canImport(Glibc)
        Glibc.bind(descriptor, address, length)
        #elseif canImport(Musl)
        Musl.bind(descriptor, address, length)
        #else
        Darwin.bind(descriptor, address, length)
        #endif
    }

    private static func listen(_ descriptor: Int32, _ backlog: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.listen(descriptor, backlog)
        #elseif canImport(Musl)
        Musl.listen(descriptor, backlog)
        #else
        Darwin.listen(descriptor, backlog)
        #endif
    }

    private static func describe(_ descriptor: Int32) -> Listening {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var address = "?"
        var port = 0
        var loopback = false
        withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                guard getsockname(descriptor, socketAddress, &length) == 0 else { return }
                var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
                if getnameinfo(socketAddress, length, &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                    address = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                }
            }
            if Int32(pointer.pointee.ss_family) == AF_INET {
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { ipv4 in
                    port = Int(UInt16(bigEndian: ipv4.pointee.sin_port))
                    loopback = UInt32(bigEndian: ipv4.pointee.sin_addr.s_addr) >> 24 == 127
                }
            } else if Int32(pointer.pointee.ss_family) == AF_INET6 {
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { ipv6 in
                    port = Int(UInt16(bigEndian: ipv6.pointee.sin6_port))
                    let bytes = withUnsafeBytes(of: ipv6.pointee.sin6_addr) { Array($0) }
                    let isLoopback = bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1
                    let isMappedLoopback = bytes.prefix(10).allSatisfy { $0 == 0 } && bytes[10] == 0xFF
                        && bytes[11] == 0xFF && bytes[12] == 127
                    loopback = isLoopback || isMappedLoopback
                }
            }
        }
        return Listening(descriptor: descriptor, address: address, port: port, isLoopback: loopback)
    }

    // MARK: - Waiting and accepting

    /// What waiting on descriptors found.
    package enum Readiness: Sendable, Equatable {
        /// The index, in the list given, of the first descriptor that can be read (or has hung up).
        case ready(Int)
        case timedOut
        /// The wait failed for a reason other than a signal.
        case failed
    }

    /// Waits until one of `descriptors` can be read, at most `milliseconds` (-1: no limit). A signal that
    /// interrupts the wait restarts it.
    package static func waitReadable(_ descriptors: [Int32], milliseconds: Int32 = -1) -> Readiness {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        while true {
            let ready = poll(&polled, nfds_t(polled.count), milliseconds)
            if ready < 0, errno == EINTR { continue }
            if ready < 0 { return .failed }
            if ready == 0 { return .timedOut }
            return polled.firstIndex { $0.revents != 0 }.map { .ready($0) } ?? .timedOut
        }
    }

    /// Whether `descriptor` can be read without waiting: bytes not read yet (or the peer's end of stream).
    package static func hasUnreadBytes(_ descriptor: Int32) -> Bool {
        var polled = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&polled, 1, 0) > 0 && polled.revents & Int16(POLLIN) != 0
    }

    /// What `accept` gave.
    package enum Accepted: Sendable, Equatable {
        case connection(Int32)
        /// Nothing this time (a signal, a client that left before it was accepted): accept again.
        case retry
        /// Out of descriptors or memory: wait a little before accepting again.
        case exhausted
    }

    package static func accept(_ listening: Int32) -> Accepted {
        #if canImport(Glibc)
        let descriptor = Glibc.accept(listening, nil, nil)
        #elseif canImport(Musl)
        let descriptor = Musl.accept(listening, nil, nil)
        #else
        let descriptor = Darwin.accept(listening, nil, nil)
        #endif
        if descriptor >= 0 { return .connection(descriptor) }
        return errno == EINTR || errno == ECONNABORTED || errno == EAGAIN ? .retry : .exhausted
    }

    /// Sleeps the calling thread.
    package static func pause(milliseconds: Int) {
        usleep(useconds_t(milliseconds * 1000))
    }

    // MARK: - A connection

    private static var streamType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    /// A peer that went away must fail the write, not kill the process with SIGPIPE.
    private static var sendFlags: Int32 {
        #if canImport(Glibc) || canImport(Musl)
        Int32(MSG_NOSIGNAL)
        #else
        0
        #endif
    }

    /// Bounds every blocking read and write on `descriptor` to `seconds`, so a silent client cannot hold a
    /// thread forever, and sends each write at once.
    ///
    /// Without `TCP_NODELAY`, Nagle's algorithm holds back a write while an earlier one is unacknowledged, and
    /// the browser delays its acknowledgement (up to 40 ms): every keep-alive request whose response took two
    /// writes waited that long.
    package static func configureConnection(_ descriptor: Int32, timeout seconds: Double) {
        setReceiveTimeout(descriptor, seconds: seconds)
        var time = timeval(seconds)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        setCloseOnExec(descriptor)
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// How long one `receive` may wait; at least a millisecond (zero would mean no limit).
    package static func setReceiveTimeout(_ descriptor: Int32, seconds: Double) {
        var time = timeval(max(seconds, 0.001))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    package static func setCloseOnExec(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }

    /// Writes all of `bytes`; false when the peer is gone or stalled past the send timeout.
    package static func sendAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var pointer = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            let sent = send(descriptor, pointer, remaining, sendFlags)
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { return false }
            pointer += sent
            remaining -= sent
        }
        return true
    }

    package static func sendAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { sendAll(descriptor, $0) }
    }

    /// Reads what is available into `buffer`: the count, 0 at end of stream, or nil on timeout or error.
    package static func receive(_ descriptor: Int32, into buffer: inout [UInt8], upTo count: Int) -> Int? {
        var chunk = [UInt8](repeating: 0, count: count)
        while true {
            let read = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count, 0) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            buffer.append(contentsOf: chunk[..<read])
            return read
        }
    }

    /// Which directions `shutdown` ends.
    package enum Direction: Sendable {
        case reading, writing, both
    }

    /// Ends one or both directions of a connection; a thread blocked reading it wakes at once (unless only
    /// writing ends).
    package static func shutdown(_ descriptor: Int32, _ direction: Direction) {
        let how = switch direction {
        case .reading: Int32(SHUT_RD)
        case .writing: Int32(SHUT_WR)
        case .both: Int32(SHUT_RDWR)
        }
        #if canImport(Glibc)
        _ = Glibc.shutdown(descriptor, how)
        #elseif canImport(Musl)
        _ = Musl.shutdown(descriptor, how)
        #else
        _ = Darwin.shutdown(descriptor, how)
        #endif
    }

    /// Closes a socket, a pipe end or any other descriptor.
    package static func close(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #elseif canImport(Musl)
        _ = Musl.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }

    // MARK: - Waking a waiting thread

    /// A pipe whose read end a thread waits on beside its sockets, and whose write end another thread writes
    /// a byte to when the first must stop waiting. Nil ends when the system refused a pipe.
    package static func makeWakePipe() -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        setCloseOnExec(ends[0])
        setCloseOnExec(ends[1])
        return (ends[0], ends[1])
    }

    /// Writes one byte to a wake pipe's write end.
    package static func wake(_ writeEnd: Int32) {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }
}

private extension timeval {
    /// Whole seconds and microseconds.
    init(_ seconds: Double) {
        let whole = Int(seconds)
        self.init(tv_sec: .init(whole), tv_usec: .init((seconds - Double(whole)) * 1_000_000))
    }
}
