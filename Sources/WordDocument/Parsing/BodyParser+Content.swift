/// How `BodyParser` builds paragraphs, tables and notes from the events.
extension BodyParser {
    /// Text is dropped inside a hidden run and inside a field's instruction (`{ PAGE }`),
    /// whose result is what Word shows.
    private var isTextShown: Bool {
        !(runs.last?.isHidden ?? false) && !fields.contains { !$0.showsResult }
    }

    /// Inside a TOC field's result, or a content control that Word made for a table of contents
    /// (its title, 目录, is outside the field).
    var isInTableOfContents: Bool {
        fields.contains { $0.showsResult && $0.isTableOfContents } || contentControls.contains(true)
    }

    func modifyParagraph(_ change: (inout RawParagraph) -> Void) {
        guard !paragraphs.isEmpty else { return }
        change(&paragraphs[paragraphs.count - 1])
    }

    func modifyRun(_ change: (inout Run) -> Void) {
        guard !runs.isEmpty else { return }
        change(&runs[runs.count - 1])
    }

    func modifyRow(_ change: (inout RawTableRow) -> Void) {
        guard !rows.isEmpty else { return }
        change(&rows[rows.count - 1])
    }

    func modifyCell(_ change: (inout RawTableCell) -> Void) {
        guard !cells.isEmpty else { return }
        change(&cells[cells.count - 1])
    }

    func append(_ text: String) {
        guard isTextShown, !text.isEmpty else { return }
        let format = runs.last?.format ?? RunFormat()
        let inTableOfContents = isInTableOfContents
        modifyParagraph {
            $0.append(text, format)
            if inTableOfContents { $0.isTableOfContents = true }
        }
    }

    func flushText() {
        append(textBuffer)
        textBuffer = ""
    }

    /// `w:tab`, `w:br`, `w:sym` and the other run content that is not `w:t`.
    func appendSpecial(_ local: String, _ attributes: XMLAttributes) {
        switch local {
        case "tab", "ptab": append("\t")
        case "br", "cr": append("\n")
        case "noBreakHyphen": append("-")
        case "sym":
            let code = attributes["char"].flatMap { UInt32($0, radix: 16) }
            append(code.map { SymbolCharacters.character(code: $0, font: attributes["font"]) } ?? "")
        case "footnoteReference", "endnoteReference":
            guard isTextShown, let id = attributes.integer("id") else { return }
            let kind: WordNoteKind = local == "footnoteReference" ? .footnote : .endnote
            let custom = attributes["customMarkFollows"].map { _ in attributes.isOn("customMarkFollows") } ?? false
            modifyParagraph { $0.content.append(.noteReference(kind, id: id, customMark: custom)) }
        default: break
        }
    }

    /// `w:fldChar`: a complex field begins, switches from its instruction to its result, or ends.
    func fieldCharacter(_ type: String?) {
        switch type {
        case "begin": fields.append(Field())
        case "separate": if !fields.isEmpty { fields[fields.count - 1].showsResult = true }
        case "end": _ = fields.popLast()
        default: break
        }
    }

    func finishParagraph() {
        // A field instruction never spans paragraphs: a field still in its instruction here has
        // lost its end, and would otherwise hide the rest of the document.
        fields.removeAll { !$0.showsResult }
        guard var paragraph = paragraphs.popLast() else { return }
        let markDeleted = paragraphMarkDeleted.popLast() ?? false
        let last = containers.count - 1
        if let pending = containers[last].pendingJoin {
            paragraph.content = pending.content + paragraph.content
            paragraph.isTableOfContents = paragraph.isTableOfContents || pending.isTableOfContents
            containers[last].pendingJoin = nil
        }
        if markDeleted {
            containers[last].pendingJoin = paragraph
        } else {
            containers[last].blocks.append(.paragraph(paragraph))
        }
    }

    /// A paragraph still waiting to be joined when its container ends stands on its own.
    func flushPendingJoin() {
        let last = containers.count - 1
        if let pending = containers[last].pendingJoin {
            containers[last].blocks.append(.paragraph(pending))
            containers[last].pendingJoin = nil
        }
    }

    func finishTable() {
        guard let table = tables.popLast() else { return }
        containers[containers.count - 1].blocks.append(.table(table))
    }

    func finishRow() {
        guard let row = rows.popLast(), !row.isDeleted, !tables.isEmpty else { return }
        tables[tables.count - 1].rows.append(row)
    }

    func finishCell() {
        guard var cell = cells.popLast(), containers.count > 1 else { return }
        flushPendingJoin()
        cell.blocks = containers.removeLast().blocks
        if !rows.isEmpty { rows[rows.count - 1].cells.append(cell) }
    }

    /// A footnote or endnote of footnotes.xml / endnotes.xml; separators are skipped.
    func startNote(_ attributes: XMLAttributes) -> Bool {
        guard let id = attributes.integer("id") else { return false }
        if let type = attributes["type"], type != "normal" { return false }
        containers.append(Container(noteID: id))
        return true
    }

    func finishNote() {
        guard containers.count > 1 else { return }
        flushPendingJoin()
        let note = containers.removeLast()
        if let id = note.noteID { body.notes[id] = note.blocks }
    }
}
