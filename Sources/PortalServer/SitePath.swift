import Foundation

/// A request target turned into path segments that can only name something inside the site's folder.
///
/// The target is split on `/` before it is percent-decoded, so an encoded slash can never add a level, and
/// every decoded segment is checked: `.` and `..` (however encoded), slashes and backslashes, control bytes
/// (NUL among them) and invalid UTF-8 are refused with 400. Empty segments (`//`) are dropped, so an
/// "absolute" path such as `//etc/passwd` is looked up inside the site like any other.
struct SitePath: Sendable, Equatable {
    /// Decoded segments, e.g. `["keywords", "两个确立"]`.
    var segments: [String]
    /// Whether the path ends in `/` (a folder was asked for).
    var trailingSlash: Bool
    /// The segments as sent, still percent-encoded and validated.
    var rawSegments: [Substring]
    /// The query as sent, without `?`, or nil.
    var rawQuery: String?

    init(target: String) throws(HTTPRejection) {
        var rest = Substring(target)
        if !rest.hasPrefix("/") {
            // The absolute form (`GET http://host/path`), which HTTP/1.1 servers must accept.
            let lowered = rest.prefix(8).lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else {
                throw HTTPRejection(400, "the request target must be a path")
            }
            rest = rest[rest.index(rest.startIndex, offsetBy: lowered.hasPrefix("http://") ? 7 : 8)...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query: Substring?
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if rest.isEmpty { rest = "/" }
        rawSegments = rest.split(separator: "/")
        segments = try rawSegments.map { (segment: Substring) throws(HTTPRejection) -> String in
            try Self.decode(segment)
        }
        trailingSlash = rest.hasSuffix("/")
        rawQuery = query.map(String.init)
    }

    /// Where a folder asked for without its trailing slash redirects: its segments as sent, joined by single
    /// slashes, with `/` before and after, then the query. Never `//host/…`: empty segments are dropped, so
    /// `GET //example.org` cannot become a redirect to another site (a protocol-relative address).
    var folderLocation: String {
        "/" + rawSegments.joined(separator: "/") + "/" + (rawQuery.map { "?" + $0 } ?? "")
    }

    /// A segment naming a hidden file (`.portalgen-manifest`): never served.
    var isHidden: Bool { segments.contains { $0.hasPrefix(".") } }

    private static func decode(_ segment: Substring) throws(HTTPRejection) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(segment.utf8.count)
        var iterator = segment.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw HTTPRejection(400, "malformed percent-encoding in the path")
            }
            bytes.append(high << 4 | low)
        }
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw HTTPRejection(400, "control characters in the path")
        }
        if bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "\\")) {
            throw HTTPRejection(400, "an encoded slash or a backslash in the path")
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw HTTPRejection(400, "the path is not UTF-8")
        }
        if text == "." || text == ".." { throw HTTPRejection(400, "`.` or `..` in the path") }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
