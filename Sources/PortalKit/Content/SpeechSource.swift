import SpeechText

/// A speech as read from `content/speeches/`: what the editor wrote, checked, before any Markdown is parsed.
public struct SpeechSource: Sendable {
    public enum Format: Sendable, Hashable {
        /// Markdown with YAML front matter.
        case markdown
        /// Plain text converted on the fly, with the encoding it was saved in.
        case plainText(SourceEncoding)
    }

    /// The file as printed in messages, relative to the site folder (`content/speeches/x.md`).
    public var path: String
    /// The page's folder name: the file name, or the front matter's `slug`.
    public var slug: String
    public var metadata: SpeechMetadata
    /// The body as CommonMark.
    public var markdown: String
    /// The file line where the body starts, to turn body lines into file lines.
    public var bodyFirstLine: Int
    public var format: Format
}
