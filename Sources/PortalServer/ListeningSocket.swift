import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP socket bound to a host and port and listening; port 0 picks a free port.
struct ListeningSocket: Sendable {
    let descriptor: Int32
    /// The numeric address bound, e.g. `127.0.0.1` or `::1`.
    let address: String
    let port: Int
    /// Whether only this machine can connect (127.0.0.0/8 or ::1).
    let isLoopback: Bool

    static func bind(host: String, port: Int) throws(PreviewError) -> ListeningSocket {
        guard (0...65535).contains(port) else { throw .notAPort(port) }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = SocketCalls.streamType
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let first = list else {
            throw .unknownHost(host: host, reason: String(cString: gai_strerror(status)))
        }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = 0
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            entry = info.pointee.ai_next
            let descriptor = socket(info.pointee.ai_family, SocketCalls.streamType, 0)
            guard descriptor >= 0 else {
                lastError = errno
                continue
            }
            SocketCalls.setCloseOnExec(descriptor)
            var on: Int32 = 1
            setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
            #if canImport(Glibc)
            let bound = Glibc.bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0
            #else
            let bound = Darwin.bind(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0
            #endif
            guard bound, listen(descriptor, 128) == 0 else {
                lastError = errno
                close(descriptor)
                continue
            }
            return describe(descriptor)
        }
        throw failure(lastError, host: host, port: port)
    }

    private static func describe(_ descriptor: Int32) -> ListeningSocket {
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
        return ListeningSocket(descriptor: descriptor, address: address, port: port, isLoopback: loopback)
    }

    private static func failure(_ code: Int32, host: String, port: Int) -> PreviewError {
        switch code {
        case EADDRINUSE: .portInUse(port: port, host: host)
        case EACCES: .portNeedsPrivileges(port)
        case EADDRNOTAVAIL: .notThisMachine(host: host)
        default: .cannotListen(host: host, port: port, reason: String(cString: strerror(code)))
        }
    }

    /// `http://127.0.0.1:8000/`, with IPv6 addresses in brackets; for a wildcard address (all of this
    /// machine's addresses) the loopback one, which a browser here can open.
    var url: String {
        let host = switch address {
        case "0.0.0.0": "127.0.0.1"
        case "::": "[::1]"
        default: address.contains(":") ? "[\(address)]" : address
        }
        return "http://\(host):\(port)/"
    }
}
