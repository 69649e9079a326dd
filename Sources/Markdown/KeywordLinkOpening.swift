import PortalSupport

/// Where a keyword link's opening tag was taken out of a body's HTML (`BodyLinking.keywordLinkTags`).
///
/// Eight bytes instead of the tag's 100–150 (`<a href="../../keywords/%E5%B7%A5…/index.html" title="关键词：…">`):
/// a site keeps every body's HTML until its pages are written, and at 10,000 speeches and 200 keywords the
/// bodies hold close to a million keyword links, each tag made from its keyword alone.
public struct KeywordLinkOpening: Sendable {
    private var offset32: Int32
    private var keywordIndex: Int32

    public init(offset: Int, keyword: KeywordID) {
        offset32 = Int32(truncatingIfNeeded: offset)
        keywordIndex = Int32(truncatingIfNeeded: keyword.index)
    }

    /// The UTF-8 offset in the kept HTML where the tag goes back.
    public var offset: Int { Int(offset32) }
    public var keyword: KeywordID { KeywordID(Int(keywordIndex)) }

    /// The opening tag cmark writes for a link with this destination and title (safe mode): the destination
    /// percent-encoded as cmark's `houdini_escape_href` does, `&` and `'` as entities; in the title `&`, `<`, `>`
    /// and `"` escaped; no title attribute for an empty title. A tag is only ever taken out of the HTML where
    /// these exact bytes are, so an escaping that differed from cmark's could only leave a tag in place.
    public static func tag(href: String, title: String) -> [UInt8] {
        var tag: [UInt8] = []
        tag.reserveCapacity(24 + href.utf8.count * 3 + title.utf8.count)
        tag.append(contentsOf: "<a href=\"".utf8)
        let hex: StaticString = "0123456789ABCDEF"
        for byte in href.utf8 {
            switch byte {
            case UInt8(ascii: "&"): tag.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "'"): tag.append(contentsOf: "&#x27;".utf8)
            case _ where isHrefSafe(byte): tag.append(byte)
            default:
                tag.append(UInt8(ascii: "%"))
                tag.append(hex.utf8Start[Int(byte >> 4)])
                tag.append(hex.utf8Start[Int(byte & 0x0F)])
            }
        }
        guard !title.isEmpty else {
            tag.append(contentsOf: "\">".utf8)
            return tag
        }
        tag.append(contentsOf: "\" title=\"".utf8)
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "&"): tag.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): tag.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): tag.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): tag.append(contentsOf: "&quot;".utf8)
            default: tag.append(byte)
            }
        }
        tag.append(contentsOf: "\">".utf8)
        return tag
    }

    /// Bytes cmark's `houdini_escape_href` copies unchanged.
    private static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
