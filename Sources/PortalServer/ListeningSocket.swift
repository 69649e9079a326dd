import PortalSupport

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
        do {
            let bound = try Sockets.listen(host: host, port: port)
            return ListeningSocket(
                descriptor: bound.descriptor, address: bound.address, port: bound.port, isLoopback: bound.isLoopback)
        } catch {
            switch error {
            case .unknownHost(let reason): throw .unknownHost(host: host, reason: reason)
            case .addressInUse: throw .portInUse(port: port, host: host)
            case .needsPrivileges: throw .portNeedsPrivileges(port)
            case .notThisMachine: throw .notThisMachine(host: host)
            case .other(let reason): throw .cannotListen(host: host, port: port, reason: reason)
            }
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
