/// Body content as written in the XML, before styles and numbering are applied: what
/// `BodyParser` produces and `DocumentResolver` turns into the public model.
struct RawBody {
    var blocks: [RawBlock] = []
    /// Note texts by note id (footnotes.xml / endnotes.xml), separators excluded.
    var notes: [Int: [RawBlock]] = [:]
    var omissions = WordOmissions()
}

enum RawBlock {
    case paragraph(RawParagraph)
    case table(RawTable)
}

struct RawParagraph {
    var styleID: String?
    /// `w:numId`; 0 switches off numbering that the style would give.
    var numberingID: Int?
    /// `w:ilvl`, 0-based.
    var numberingLevel: Int?
    /// `w:outlineLvl`, 0-based; 9 means body text.
    var outlineLevel: Int?
    /// `w:jc` as written.
    var alignment: String?
    var content: [RawInline] = []
    /// Inside the result of a TOC field: generated text, not the author's.
    var isTableOfContents = false

    /// Appends text, merging it into the previous piece when the formatting is the same.
    mutating func append(_ text: String, _ format: RunFormat) {
        guard !text.isEmpty else { return }
        if case .text(let previous, let previousFormat)? = content.last, previousFormat == format {
            content[content.count - 1] = .text(previous + text, format)
        } else {
            content.append(.text(text, format))
        }
    }
}

enum RawInline {
    case text(String, RunFormat)
    /// A footnote or endnote reference; `customMark` when the author typed the mark as text.
    case noteReference(WordNoteKind, id: Int, customMark: Bool)
}

/// The run properties that matter here, as written on the run.
struct RunFormat: Equatable {
    /// `w:b` on the run itself; nil when the run does not say.
    var bold: Bool?
    /// `w:rStyle`.
    var characterStyleID: String?
}

struct RawTable {
    var rows: [RawTableRow] = []
}

struct RawTableRow {
    var cells: [RawTableCell] = []
    /// `w:tblHeader`: the row repeats as a header on each page.
    var isHeader = false
    /// `w:trPr/w:del`: the row was deleted as a tracked change.
    var isDeleted = false
}

struct RawTableCell {
    var blocks: [RawBlock] = []
    /// `w:gridSpan`.
    var columnSpan = 1
    /// `w:vMerge` without `restart`: the cell continues the merged cell above.
    var continuesMergeAbove = false
}
