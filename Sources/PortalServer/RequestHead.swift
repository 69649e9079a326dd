import Foundation

/// The request line and header fields of one HTTP/1.x request, parsed within fixed limits.
///
/// The parser is strict where leniency could be abused (no folded lines, no spaces in names, no control bytes,
/// a visible-ASCII target) and knows nothing of files: `SitePath` interprets the target.
struct RequestHead: Sendable {
    enum Version: Sendable, Equatable {
        case http10, http11
    }

    var method: String
    /// The request target exactly as sent, e.g. `/keywords/%E4%B8%A4/?x=1`.
    var target: String
    var version: Version
    /// Field names lower-cased, in the order received.
    var fields: [(name: String, value: String)]

    /// Longest request line; browsers stay far below it.
    static let maxRequestLine = 8 * 1024
    /// Longest head (request line and fields together).
    static let maxHeadBytes = 32 * 1024
    static let maxFieldCount = 100

    func field(_ name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// HTTP/1.1 keeps the connection unless told otherwise; HTTP/1.0 clients are served one request each.
    var keepsAlive: Bool {
        guard version == .http11 else { return false }
        let tokens = (field("connection") ?? "").lowercased().split(separator: ",")
        return !tokens.contains { $0.trimmingCharacters(in: .whitespaces) == "close" }
    }

    /// The server never reads request bodies; a request announcing one gets its answer and the connection is
    /// closed, so the body's bytes are never mistaken for the next request.
    var announcesBody: Bool {
        if field("transfer-encoding") != nil { return true }
        guard let length = field("content-length") else { return false }
        return length.trimmingCharacters(in: .whitespaces) != "0"
    }

    /// Where the head ends in `bytes` (just past the empty line), or nil while it is incomplete.
    static func end(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == newline {
                if index + 1 < bytes.count, bytes[index + 1] == newline { return index + 2 }
                if index + 2 < bytes.count, bytes[index + 1] == carriageReturn, bytes[index + 2] == newline {
                    return index + 3
                }
            }
            index += 1
        }
        return nil
    }

    /// Parses a complete head (as delimited by `end(in:)`), without the empty line's bytes mattering.
    static func parse(_ head: ArraySlice<UInt8>) throws(HTTPRejection) -> RequestHead {
        var lines = head.split(separator: newline, omittingEmptySubsequences: false).map { line in
            line.last == carriageReturn ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { throw HTTPRejection(400, "empty request") }
        var head = try parseRequestLine(requestLine)
        let fieldLines = lines.dropFirst()
        guard fieldLines.count <= maxFieldCount else { throw HTTPRejection(431, "too many header fields") }
        for line in fieldLines {
            head.fields.append(try parseField(line))
        }
        return head
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPRejection) -> RequestHead {
        guard line.count <= maxRequestLine else { throw HTTPRejection(414, "request line too long") }
        let parts = line.split(separator: space, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
            throw HTTPRejection(400, "malformed request line")
        }
        guard parts[0].allSatisfy(isTokenByte) else { throw HTTPRejection(400, "malformed method") }
        guard parts[1].allSatisfy({ (0x21...0x7E).contains($0) }) else {
            throw HTTPRejection(400, "the request target must be visible ASCII (percent-encode the rest)")
        }
        let version: Version
        switch String(decoding: parts[2], as: UTF8.self) {
        case "HTTP/1.1": version = .http11
        case "HTTP/1.0": version = .http10
        case let other where other.utf8.count == 8 && other.hasPrefix("HTTP/") && other.dropFirst(6).first == ".":
            throw HTTPRejection(505, "only HTTP/1.0 and HTTP/1.1 are served")
        default:
            throw HTTPRejection(400, "malformed HTTP version")
        }
        return RequestHead(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
            version: version, fields: [])
    }

    private static func parseField(_ line: ArraySlice<UInt8>) throws(HTTPRejection) -> (name: String, value: String) {
        guard let first = line.first, first != space, first != tab else {
            throw HTTPRejection(400, "folded or empty header line")
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { throw HTTPRejection(400, "header line without a colon") }
        let name = line[..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { throw HTTPRejection(400, "malformed header name") }
        var value = line[line.index(after: colon)...]
        while let byte = value.first, byte == space || byte == tab { value.removeFirst() }
        while let byte = value.last, byte == space || byte == tab { value.removeLast() }
        guard !value.contains(where: { ($0 < 0x20 && $0 != tab) || $0 == 0x7F }) else {
            throw HTTPRejection(400, "control character in a header value")
        }
        return (String(decoding: name, as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self))
    }

    /// RFC 9110 `tchar`.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
}
