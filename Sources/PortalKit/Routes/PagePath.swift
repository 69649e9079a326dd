/// The path of a page relative to the site root, and the relative links from it. `SiteRoutes` says which
/// path each page has.
///
/// Every link is relative, so the site works under any sub-path of any server and straight from disk.
/// Links name `index.html` explicitly because a browser opening files from disk does not add it to a folder.
struct PagePath: Sendable, Hashable {
    /// E.g. `speeches/2023-peixunban/index.html`.
    let path: String

    init(_ path: String) { self.path = path }

    /// The path as written in an HTML attribute (see `linkEncoded`), for `{{root}}{{path}}` in templates.
    var encoded: String { Self.linkEncoded(path) }

    /// `../` once per folder level: the way back to the site root.
    var root: String {
        String(repeating: "../", count: path.utf8.count(where: { $0 == UInt8(ascii: "/") }))
    }

    /// A link from this page to `target`, percent-encoded, with an optional fragment.
    func link(to target: PagePath, fragment: String? = nil) -> String {
        let suffix = fragment.map { $0.isEmpty ? "" : "#" + Self.linkEncoded($0) } ?? ""
        if target == self {
            return suffix.isEmpty ? Self.linkEncoded(String(path.split(separator: "/").last ?? "")) : suffix
        }
        return root + Self.linkEncoded(target.path) + suffix
    }

    /// A path or fragment as written in an HTML attribute: ASCII characters that mean something in a URL
    /// (space, `%`, `?`, `#`, quotes, `<`, `>` …) are percent-encoded; Chinese stays as it is, which is a valid
    /// URL in HTML and a third of the bytes of its percent-encoded form.
    static func linkEncoded(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x80 && !isPlainLinkByte($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80 || isPlainLinkByte(UInt8(scalar.value)) {
                result.unicodeScalars.append(scalar)
            } else {
                result += percentEncoded(String(scalar))
            }
        }
        return result
    }

    private static func isPlainLinkByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "*"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
            UInt8(ascii: "+"), UInt8(ascii: "@"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// Everything but unreserved ASCII and `/` percent-encoded (UTF-8): for the absolute URLs of the feed and
    /// the sitemap, which must be plain ASCII.
    static func percentEncoded(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return result
    }
}
