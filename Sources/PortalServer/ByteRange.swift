import Foundation

/// What a `Range` request field (RFC 9110 §14.2) asks of a response of `size` bytes.
///
/// The preview serves one range: `bytes=0-99`, `bytes=100-` and `bytes=-100` get 206 with that part, a range
/// that starts at or past the end gets 416. Anything else — another unit, several ranges, a malformed field, a
/// request with `If-Range` (the preview sends no validators, so none can match) — is ignored and the whole
/// body is sent with 200, as RFC 9110 allows.
enum ByteRange: Equatable, Sendable {
    case whole
    case part(Range<Int>)
    case unsatisfiable

    init(field: String?, ifRange: String?, size: Int) {
        guard let field, ifRange == nil else {
            self = .whole
            return
        }
        let trimmed = field.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bytes="), !trimmed.contains(",") else {
            self = .whole
            return
        }
        let spec = trimmed.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        switch (Self.number(first), Self.number(last)) {
        case (nil, let suffix?) where first.isEmpty:
            // The last `suffix` bytes.
            self = suffix == 0 || size == 0 ? .unsatisfiable : .part(max(0, size - suffix)..<size)
        case (let start?, nil) where last.isEmpty:
            self = start < size ? .part(start..<size) : .unsatisfiable
        case (let start?, let end?) where end >= start:
            self = start < size ? .part(start..<(min(end, size - 1) + 1)) : .unsatisfiable
        default:
            self = .whole
        }
    }

    /// Decimal digits only; a number too large for `Int` counts as `Int.max` (past any end).
    private static func number(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return nil
        }
        return Int(text) ?? Int.max
    }
}

extension HTTPResponse {
    /// This 200 response answered for a request's `Range` and `If-Range` fields: 206 with the part asked
    /// for, 416 when no part of the body is, or itself (with `Accept-Ranges: bytes`, saying parts may be
    /// asked for). Responses of other statuses and event streams are left as they are.
    func answering(range field: String?, ifRange: String?) -> HTTPResponse {
        guard status == 200, let size = contentLength else { return self }
        var response = self
        switch ByteRange(field: field, ifRange: ifRange, size: size) {
        case .whole:
            response.fields.append(("Accept-Ranges", "bytes"))
        case .unsatisfiable:
            response = .text(416, "416 Range Not Satisfiable: the file has \(size) bytes",
                             fields: [("Content-Range", "bytes */\(size)")])
        case .part(let range):
            response.status = 206
            response.fields.append(("Content-Range", "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(size)"))
            switch body {
            case .bytes(let bytes): response.body = .bytes(Array(bytes[range]))
            case .file(let file, _): response.body = .file(file, range: range)
            case .events: return self
            }
        }
        return response
    }
}
