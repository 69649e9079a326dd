/// The encoding a speech file turned out to be written in.
public enum SourceEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte-order mark (includes plain ASCII).
    case utf8
    /// UTF-8 starting with the bytes EF BB BF, as Windows Notepad used to save it.
    case utf8WithBOM
    /// UTF-16 little-endian, recognised by its byte-order mark FF FE.
    case utf16LE
    /// UTF-16 big-endian, recognised by its byte-order mark FE FF.
    case utf16BE
    /// GB18030, which includes GBK and GB2312 (what Chinese Windows tools call "ANSI").
    case gb18030

    /// The name editors know the encoding by, for messages.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030/GBK"
        }
    }
}
