/// A footnote or an endnote.
public enum WordNoteKind: String, Sendable, Equatable {
    /// A note at the foot of the page (footnotes.xml).
    case footnote
    /// A note at the end of the document (endnotes.xml).
    case endnote
}

/// The text of a footnote or endnote, with the mark Word shows for it.
public struct WordNote: Sendable, Equatable {
    /// Footnote or endnote.
    public var kind: WordNoteKind
    /// The note's id in footnotes.xml / endnotes.xml.
    public var id: Int
    /// The mark: `1`, `2` … for footnotes, `i`, `ii` … for endnotes (Word's defaults), in order
    /// of reference; empty when the author typed a custom mark into the text.
    public var mark: String
    /// The note's paragraphs.
    public var paragraphs: [WordParagraph]

    /// Creates a note.
    public init(kind: WordNoteKind, id: Int, mark: String, paragraphs: [WordParagraph]) {
        self.kind = kind
        self.id = id
        self.mark = mark
        self.paragraphs = paragraphs
    }

    /// The note's text, paragraphs joined with line feeds, without the space or tab that
    /// Word and LibreOffice put after the note's own mark.
    public var text: String {
        let text = paragraphs.map(\.plainText).filter(WordBlock.hasText).joined(separator: "\n")
        return String(text.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
    }
}

/// Where a note is referenced from a paragraph.
public struct WordNoteReference: Sendable, Equatable {
    /// Footnote or endnote.
    public var kind: WordNoteKind
    /// The referenced note's id.
    public var noteID: Int
    /// The mark shown at the reference (see `WordNote.mark`).
    public var mark: String
    /// The position in the paragraph's `text`, in Unicode scalars from its start: the
    /// reference follows the text before this offset.
    public var offset: Int

    /// Creates a reference.
    public init(kind: WordNoteKind, noteID: Int, mark: String, offset: Int) {
        self.kind = kind
        self.noteID = noteID
        self.mark = mark
        self.offset = offset
    }
}
