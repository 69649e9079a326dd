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
                guard let offset = bytes.firstOffset(of: Array(marker.utf8)) else { continue }
                if best.map({ offset < $0.offset }) ?? true { best = (offset, marker) }
            }
            guard let best else { return nil }
            return Found(text: best.marker, location: Array(bytes).location(ofByte: best.offset, file: file))
        }
    }
}
