/// Paths of pages relative to the site root, and the relative links between them.
///
/// Every link is relative, so the site works under any sub-path of any server and straight from disk.
/// Links name `index.html` explicitly because a browser opening files from disk does not add it to a folder.
struct PagePath: Sendable, Hashable {
    /// E.g. `speeches/2023-peixunban/index.html`.
    var path: String

    init(_ path: String) { self.path = path }

    static let home = PagePath("index.html")
    static let archive = PagePath("archive/index.html")
    static let keywords = PagePath("keywords/index.html")
    static let search = PagePath("search/index.html")
    static let notFound = PagePath("404.html")

    /// `../` once per folder level: the way back to the site root.
    var root: String {
        String(repeating: "../", count: path.utf8.count(where: { $0 == UInt8(ascii: "/") }))
    }

    /// A link from this page to `target`, percent-encoded, with an optional fragment.
    func link(to target: PagePath, fragment: String? = nil) -> String {
        let suffix = fragment.map { $0.isEmpty ? "" : "#" + Self.percentEncoded($0) } ?? ""
        if target == self {
            return suffix.isEmpty ? Self.percentEncoded(String(path.split(separator: "/").last ?? "")) : suffix
        }
        return root + Self.percentEncoded(target.path) + suffix
    }

    /// Everything but unreserved ASCII and `/` is percent-encoded (UTF-8), so Chinese paths are valid URLs.
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
