import Foundation

/// Reads the tags, links and ids of a generated HTML page: enough of HTML for `portalgen check` and the
/// safety tests, not a parser for arbitrary HTML. It walks tags, skips comments and the contents of
/// `script` and `style`, and reads quoted and unquoted attribute values.
public struct HTMLScanner: Sendable {
    /// A link in an attribute that points at another file.
    public struct Link: Hashable, Sendable {
        public var attribute: String
        public var value: String
    }

    /// A start tag with its attributes (names lowercased, values with entities decoded).
    public struct Tag: Hashable, Sendable {
        public var name: String
        public var attributes: [String: String]
    }

    public private(set) var links: [Link] = []
    public private(set) var ids: Set<String> = []
    public private(set) var tags: [Tag] = []
    /// Where a `<meta http-equiv="refresh" content="0; url=…">` sends the reader (also among `links`).
    public private(set) var refreshTarget: String?

    /// Attributes that point at other files.
    static let linkAttributes: Set<String> = ["href", "src", "action", "poster"]

    public init(_ html: String) {
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                index = Self.find(Array("-->".utf8), in: bytes, from: index + 4).map { $0 + 3 } ?? bytes.count
                continue
            }
            let (tag, attributes, end) = Self.readTag(bytes, from: index + 1)
            if !tag.hasPrefix("/"), !tag.hasPrefix("!") {
                tags.append(Tag(name: tag, attributes: Dictionary(attributes, uniquingKeysWith: { first, _ in first })))
            }
            for (name, value) in attributes {
                if name == "id" { ids.insert(value) }
                if Self.linkAttributes.contains(name) { links.append(Link(attribute: name, value: value)) }
            }
            if tag == "meta", let target = Self.refreshTarget(attributes) {
                refreshTarget = target
                links.append(Link(attribute: "content", value: target))
            }
            index = end
            if tag == "script" || tag == "style" {
                // Their contents are not markup: skip to the closing tag.
                index = Self.find(Array("</\(tag)".utf8), in: bytes, from: index) ?? bytes.count
            }
        }
    }

    /// The address in `content="0; url=…"` of a refresh `meta` tag.
    private static func refreshTarget(_ attributes: [(String, String)]) -> String? {
        guard attributes.contains(where: { $0.0 == "http-equiv" && $0.1.lowercased() == "refresh" }),
              let content = attributes.first(where: { $0.0 == "content" })?.1,
              let range = content.range(of: "url=", options: .caseInsensitive)
        else { return nil }
        return String(content[range.upperBound...]).trimmingCharacters(in: .whitespaces)
    }

    private static func readTag(_ bytes: [UInt8], from start: Int) -> (String, [(String, String)], Int) {
        var index = start
        var name: [UInt8] = []
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") || name.isEmpty {
            name.append(lower(bytes[index]))
            index += 1
        }
        var attributes: [(String, String)] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: ">") {
            if isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") {
                index += 1
                continue
            }
            var attribute: [UInt8] = []
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") {
                attribute.append(lower(bytes[index]))
                index += 1
            }
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            var value: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    index += 1
                    while index < bytes.count, bytes[index] != quote {
                        value.append(bytes[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        value.append(bytes[index])
                        index += 1
                    }
                }
            }
            attributes.append((String(decoding: attribute, as: UTF8.self), decodeEntities(String(decoding: value, as: UTF8.self))))
        }
        return (String(decoding: name, as: UTF8.self), attributes, min(index + 1, bytes.count))
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start < bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The entities our own escaping produces, plus numeric references.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[ampersand...]
            guard let semicolon = after.firstIndex(of: ";"), after.distance(from: ampersand, to: semicolon) <= 10 else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            let entity = after[after.index(after: ampersand)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos", "#39": result += "'"
            default:
                if entity.hasPrefix("#x"), let value = UInt32(entity.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
                    result.unicodeScalars.append(scalar)
                } else if entity.hasPrefix("#"), let value = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(value) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = after[after.index(after: semicolon)...]
        }
        return result + rest
    }
}
