import Foundation

/// A Word document (`.docx`) read into value types: the body's paragraphs and tables in
/// document order, the footnotes and endnotes, and the core properties.
///
/// ```swift
/// let document = try WordDocument(data: Data(contentsOf: url))
/// document.plainText          // one line per paragraph, list labels included
/// document.paragraphs         // with heading levels, alignment, bold leads
/// ```
///
/// Reading never crashes or hangs on bad input: anything that is not a readable `.docx`
/// throws `WordDocumentError`.
public struct WordDocument: Sendable, Equatable {
    /// The body: paragraphs and tables in document order (text boxes' paragraphs come just
    /// before the paragraph that anchors them). Paragraphs with no text and no label are left out.
    public var blocks: [WordBlock]
    /// The footnotes the body references, in order of reference.
    public var footnotes: [WordNote]
    /// The endnotes the body references, in order of reference.
    public var endnotes: [WordNote]
    /// Title, author and dates from docProps/core.xml.
    public var properties: WordCoreProperties
    /// Pictures and embedded objects that have no text here.
    public var omissions: WordOmissions

    /// Creates a document from its parts.
    public init(blocks: [WordBlock], footnotes: [WordNote] = [], endnotes: [WordNote] = [],
                properties: WordCoreProperties = WordCoreProperties(), omissions: WordOmissions = WordOmissions()) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.endnotes = endnotes
        self.properties = properties
        self.omissions = omissions
    }

    /// The file name extensions this reader reads.
    public static let fileExtensions: Set<String> = ["docx"]

    /// Extensions of word-processor formats that must be saved as `.docx` first.
    public static let convertibleExtensions: Set<String> = ["doc", "wps", "dot", "wpt", "rtf", "odt"]

    /// The error to show for a file whose name says it is a `.doc`, `.wps` or another
    /// word-processor format this reader does not read; nil for other names.
    public static func unsupportedFileType(forFileNamed name: String) -> WordDocumentError? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let fileExtension = name[name.index(after: dot)...].lowercased()
        return convertibleExtensions.contains(fileExtension) ? .unsupportedFileType(fileExtension: fileExtension) : nil
    }

    /// The paragraphs of the body outside tables, in order.
    public var paragraphs: [WordParagraph] {
        blocks.compactMap { block in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
    }

    /// The document as plain text for the speech converter: one line per paragraph (list
    /// label first, note references as `[1]`), a paragraph's line breaks as separate lines,
    /// one line per table row (cells separated by tabs), then one line per note paragraph
    /// (`[1] 注释文字`). Blank lines and table-of-contents entries are left out.
    public var plainText: String {
        var lines = blocks.flatMap(\.plainTextLines)
        for note in footnotes + endnotes {
            let noteLines = note.text.split(separator: "\n").map(String.init)
            for (index, line) in noteLines.enumerated() {
                lines.append(index == 0 && !note.mark.isEmpty ? "[\(note.mark)] " + line : line)
            }
        }
        return lines.joined(separator: "\n")
    }
}
