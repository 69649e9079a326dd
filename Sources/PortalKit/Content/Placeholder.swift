import PortalSupport

/// The text `portalgen new` and `portalgen import` write where the editor has something to fill in. A page
/// that still holds one is an error in `portalgen build` and a warning in the preview: placeholder text
/// must never reach a published page.
public enum Placeholder {
    /// The body `portalgen new` writes.
    public static let body = "（在此输入讲话正文。小标题写成一行“## 一、……”。）"
    /// The title `portalgen import` writes when the text has no title line.
    public static let title = "（请填写标题）"

    /// The words that identify each placeholder, even when the editor changed the text around them.
    static let markers = ["在此输入讲话正文", "请填写标题"]

    /// A placeholder found in a file, with its place.
    public struct Found: Sendable, Hashable {
        /// The marker found (`在此输入讲话正文`).
        public var text: String
        public var location: SourceLocation
    }

    /// The first placeholder in `text`, the whole file as the editor wrote it.
    static func find(in text: String, file: String) -> Found? {
        var text = text
        return text.withUTF8 { bytes -> Found? in
            var best: (offset: Int, marker: String)?
            for marker in markers {
                guard let offset = firstOffset(of: Array(marker.utf8), in: bytes) else { continue }
                if best.map({ offset < $0.offset }) ?? true { best = (offset, marker) }
            }
            guard let best else { return nil }
            return Found(text: best.marker, location: Array(bytes).location(ofByte: best.offset, file: file))
        }
    }

    /// Where `needle` first starts in `bytes` (Boyer–Moore–Horspool: the byte under the needle's end says how
    /// far it can move, so most of the text is never read; the generic `firstRange(of:)` is two orders of
    /// magnitude slower on a whole site's text, and a scan for the first byte stops at every character that
    /// shares it).
    private static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = needle.count
        guard length > 0, bytes.count >= length, let base = bytes.baseAddress else { return nil }
        return needle.withUnsafeBufferPointer { needle -> Int? in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { shift -> Int? in
                shift.initialize(repeating: length)
                for index in 0..<length - 1 { shift[Int(needle[index])] = length - 1 - index }
                let lastByte = needle[length - 1]
                var start = 0
                let lastStart = bytes.count - length
                while start <= lastStart {
                    let byte = base[start + length - 1]
                    if byte == lastByte {
                        var matched = 0
                        while matched < length - 1, base[start + matched] == needle[matched] { matched += 1 }
                        if matched == length - 1 { return start }
                    }
                    start += shift[Int(byte)]
                }
                return nil
            }
        }
    }
}
