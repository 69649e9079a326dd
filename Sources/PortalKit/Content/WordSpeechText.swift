import PortalSupport
import SpeechText
import WordDocument

/// A Word document as the speech converter reads it: one line per paragraph (its list label first), one per
/// table row (cells separated by `　`, written as they are), and what the document's styles say as
/// `LineHints`: heading levels, centred or title-styled lines as header candidates, bold leads. Footnotes and
/// endnotes become the speech's notes, shown after the text; each reference (`[1]`) links to its note.
///
/// Nothing is lost: the lines, then the notes, hold every character of `WordDocument.plainText`. For a file
/// of its own (`portalgen import`), the notes can instead end the text as lines `[1] 注释文字`, unlinked.
struct WordSpeechText {
    private(set) var text = ""
    private(set) var hints = LineHints(paragraphsAreWhole: true)
    private(set) var notes: [SpeechNote] = []
    private var lineCount = 0
    /// The number of each note (from 1) by its kind and id.
    private var noteNumbers: [NoteKey: Int] = [:]

    private struct NoteKey: Hashable {
        var kind: WordNoteKind
        var id: Int
    }

    /// - Parameter notesInText: end the text with the notes (`[1] 注释文字`) rather than keep them apart
    ///   with links from their references.
    init(_ document: WordDocument, notesInText: Bool = false) {
        for note in document.footnotes + document.endnotes {
            let number = notes.count + 1
            if !notesInText { noteNumbers[NoteKey(kind: note.kind, id: note.id)] = number }
            notes.append(SpeechNote(anchor: SiteRoutes.noteAnchor(number), mark: note.mark, text: note.text))
        }
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph) where paragraph.role != .tableOfContents:
                add(paragraph)
            case .paragraph:
                break
            case .table(let table):
                for row in table.textGrid {
                    let cells = row.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                    guard !cells.isEmpty else { continue }
                    addLine(cells.joined(separator: "\u{3000}")[...], LineHint(isVerbatim: true))
                }
            }
        }
        guard notesInText else { return }
        for note in notes {
            for (index, line) in note.text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
                addLine((index == 0 && !note.mark.isEmpty ? "[\(note.mark)] " + line : String(line))[...], LineHint(isVerbatim: true))
            }
        }
        notes = []
    }

    /// A paragraph: its label, its text with note references written `[1]` and linked, split at its line
    /// breaks; the style's hints go with its first line (a centred paragraph's lines are all centred).
    private mutating func add(_ paragraph: WordParagraph) {
        var scalars: [Unicode.Scalar] = []
        if let numbering = paragraph.numbering, !numbering.label.isEmpty {
            scalars += numbering.label.unicodeScalars
            scalars += numbering.separator(before: paragraph.text).unicodeScalars
        }
        let labelLength = scalars.count
        var links: [InlineLink] = []
        var references = paragraph.noteReferences.filter { !$0.mark.isEmpty }[...]
        var boldEnd = paragraph.boldLead.isEmpty ? 0 : labelLength
        for (offset, scalar) in paragraph.text.unicodeScalars.enumerated() {
            appendReferences(at: offset, &references, &scalars, &links)
            scalars.append(scalar)
            if offset < paragraph.boldLead.unicodeScalars.count { boldEnd = scalars.count }
        }
        appendReferences(at: .max, &references, &scalars, &links)
        let centred = paragraph.alignment == .center || paragraph.role == .title || paragraph.role == .subtitle
        var first = LineHint(headingLevel: paragraph.headingLevel, isHeaderCandidate: centred)
        var start = 0
        for end in scalars.indices where scalars[end] == "\n" {
            addPiece(scalars, start..<end, &first, boldEnd: boldEnd, links: links, centred: centred)
            start = end + 1
        }
        addPiece(scalars, start..<scalars.count, &first, boldEnd: boldEnd, links: links, centred: centred)
    }

    private func appendReferences(at offset: Int, _ references: inout ArraySlice<WordNoteReference>,
                                  _ scalars: inout [Unicode.Scalar], _ links: inout [InlineLink]) {
        while let reference = references.first, reference.offset <= offset {
            references.removeFirst()
            let start = scalars.count
            scalars += "[\(reference.mark)]".unicodeScalars
            if let number = noteNumbers[NoteKey(kind: reference.kind, id: reference.noteID)] {
                links.append(InlineLink(range: start..<scalars.count, destination: "#" + SiteRoutes.noteAnchor(number)))
            }
        }
    }

    /// One line of a paragraph, trimmed, with the hints and links that fall in it (offsets made relative
    /// to the line's first character that is not white space).
    private mutating func addPiece(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ first: inout LineHint,
                                   boldEnd: Int, links: [InlineLink], centred: Bool) {
        var start = range.lowerBound, end = range.upperBound
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        guard start < end else { return }
        var hint = first
        first = LineHint(isHeaderCandidate: centred)
        if range.lowerBound == 0, boldEnd > start { hint.boldLead = min(boldEnd, end) - start }
        hint.links = links.filter { $0.range.lowerBound >= start && $0.range.upperBound <= end }
            .map { InlineLink(range: ($0.range.lowerBound - start)..<($0.range.upperBound - start), destination: $0.destination) }
        var line = ""
        line.unicodeScalars.append(contentsOf: scalars[start..<end])
        addLine(line[...], hint)
    }

    private mutating func addLine(_ line: Substring, _ hint: LineHint) {
        lineCount += 1
        if lineCount > 1 { text += "\n" }
        text += line
        if hint != LineHint() { hints.lines[lineCount] = hint }
    }
}
