import PortalSupport

/// Where a keyword link's opening tag was taken out of a body's HTML (`BodyLinking.keepsKeywordLinksApart`).
///
/// Eight bytes instead of the tag's 100–150 (`<a href="../../keywords/%E5%B7%A5…/index.html" title="关键词：…">`):
/// a site keeps every body's HTML until its pages are written, and at 10,000 speeches and 200 keywords the
/// bodies hold close to a million keyword links, each tag made from its keyword alone.
public struct KeywordLinkOpening: Sendable, Hashable {
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
    static func tag(href: String, title: String) -> [UInt8] {
        var tag = Array("<a href=\"".utf8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in href.utf8 {
            switch byte {
            case UInt8(ascii: "&"): tag += Array("&amp;".utf8)
            case UInt8(ascii: "'"): tag += Array("&#x27;".utf8)
            case _ where isHrefSafe(byte): tag.append(byte)
            default: tag += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        guard !title.isEmpty else { return tag + Array("\">".utf8) }
        tag += Array("\" title=\"".utf8)
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "&"): tag += Array("&amp;".utf8)
            case UInt8(ascii: "<"): tag += Array("&lt;".utf8)
            case UInt8(ascii: ">"): tag += Array("&gt;".utf8)
            case UInt8(ascii: "\""): tag += Array("&quot;".utf8)
            default: tag.append(byte)
            }
        }
        return tag + Array("\">".utf8)
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
