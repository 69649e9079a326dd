import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few socket calls whose spelling differs between Linux and Darwin, and the write loop every response
/// goes through.
enum SocketCalls {
    static var streamType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    /// A peer that went away must fail the write, not kill the process with SIGPIPE.
    private static var sendFlags: Int32 {
        #if canImport(Glibc)
        Int32(MSG_NOSIGNAL)
        #else
        0
        #endif
    }

    /// Bounds every blocking read and write on `descriptor`, so a silent client cannot hold a thread forever,
    /// and sends each write at once.
    ///
    /// Without `TCP_NODELAY`, Nagle's algorithm holds back a write while an earlier one is unacknowledged, and
    /// the browser delays its acknowledgement (up to 40 ms): every keep-alive request whose response took two
    /// writes waited that long. Responses are also written in one `send` where they fit (see `HTTPConnection`).
    static func configureConnection(_ descriptor: Int32, timeout seconds: Int) {
        var time = timeval(tv_sec: seconds, tv_usec: 0)
        let size = socklen_t(MemoryLayout<timeval>.size)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, size)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, size)
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        setCloseOnExec(descriptor)
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    static func setReceiveTimeout(_ descriptor: Int32, milliseconds: Int) {
        var time = timeval(tv_sec: milliseconds / 1000, tv_usec: .init(milliseconds % 1000 * 1000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    static func setCloseOnExec(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
    }

    /// Writes all of `bytes`; false when the peer is gone or stalled past the send timeout.
    static func sendAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
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

    static func sendAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { sendAll(descriptor, $0) }
    }

    /// Reads what is available into `buffer`: the count, 0 at end of stream, or nil on timeout or error.
    static func receive(_ descriptor: Int32, into buffer: inout [UInt8], upTo count: Int) -> Int? {
        var chunk = [UInt8](repeating: 0, count: count)
        while true {
            let read = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count, 0) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            buffer.append(contentsOf: chunk[..<read])
            return read
        }
    }
}
