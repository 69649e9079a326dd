import PortalSupport
import SpeechText

/// A speech as read from `content/speeches/`: what the editor wrote, checked, before any Markdown is parsed.
public struct SpeechSource: Sendable {
    public enum Format: Sendable, Hashable {
        /// Markdown with YAML front matter.
        case markdown
        /// A Markdown file whose body is plain text pasted from Word, a web page or a PDF, read as speech text.
        case pastedText
        /// Plain text converted on the fly, with the encoding it was saved in.
        case plainText(SourceEncoding)
        /// A Word document (`.docx`) converted on the fly.
        case wordDocument

        /// `Word document`, `plain text, GB18030` …, in the catalogue's words.
        public var message: Message {
            switch self {
            case .markdown: Message(.formatMarkdown)
            case .pastedText: Message(.formatPastedText)
            case .plainText(let encoding): Message(.formatPlainText, texts: ["encoding": encoding.displayName])
            case .wordDocument: Message(.formatWordDocument)
            }
        }
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
    /// The document's own header block (title lines, subtitle, date line, byline), verbatim, for speeches
    /// read as speech text; empty for Markdown.
    public var documentHeader: [HeaderLine] = []
    /// The keyword uses in each of `headerBelowTitle`'s lines (same order), found with the body's; a keyword
    /// page counts them like the body's, since the page shows those lines.
    public var headerKeywordUses: [[KeywordMatch]] = []
    /// A Word document's footnotes and endnotes, in order; the body links to them.
    public var notes: [SpeechNote] = []
    /// Where the title, date, occasion and speaker came from.
    public var origins = ValueOrigins()
    /// Text that `portalgen new` or `import` wrote for the editor to replace, still in the file.
    public var placeholder: Placeholder.Found?

    /// The header lines the page shows under its title: all of them, except the title lines when the page's
    /// title is made of them (the `<h1>` shows those).
    public var headerBelowTitle: [HeaderLine] {
        let titleLines = documentHeader.filter { $0.role == .title }
        guard !titleLines.isEmpty, titleLines.map(\.text).joined(separator: "\u{3000}") == metadata.title else {
            return documentHeader
        }
        return documentHeader.filter { $0.role != .title }
    }
}

/// A footnote or endnote of a Word document, shown after the speech; the body's reference links to `anchor`.
public struct SpeechNote: Sendable, Hashable {
    /// The element id on the speech's page (`note-1`).
    public var anchor: String
    /// The mark shown at the reference and before the note (`1`, `i`); empty for a mark the author typed.
    public var mark: String
    /// The note's text, paragraphs separated by line feeds.
    public var text: String
}
