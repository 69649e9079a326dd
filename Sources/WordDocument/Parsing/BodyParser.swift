import Foundation

/// Reads the body of document.xml, or the notes of footnotes.xml / endnotes.xml, into
/// `RawBody`: paragraphs (runs joined, revisions accepted, field results kept), tables and
/// notes, in document order. Styles and numbering are applied later by `DocumentResolver`.
///
/// Text boxes nest paragraphs inside a run; their paragraphs are emitted before the paragraph
/// that anchors them. `mc:Fallback` repeats `mc:Choice` and is skipped.
final class BodyParser: XMLPartHandler {
    var body = RawBody()
    /// True once the root element `w:document` was seen: the part really is a Word body.
    private(set) var sawDocumentRoot = false

    /// Where finished blocks go: the body, a table cell or a note.
    struct Container {
        var blocks: [RawBlock] = []
        /// A paragraph whose mark was deleted as a tracked change: it joins the next one.
        var pendingJoin: RawParagraph?
        var noteID: Int?
    }

    struct Field {
        var instruction = ""
        var showsResult = false
        var isTableOfContents: Bool {
            instruction.trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("TOC")
        }
    }

    struct Run {
        var format = RunFormat()
        var isHidden = false
    }

    var containers = [Container()]
    var paragraphs: [RawParagraph] = []
    var paragraphMarkDeleted: [Bool] = []
    var runs: [Run] = []
    var tables: [RawTable] = []
    var rows: [RawTableRow] = []
    var cells: [RawTableCell] = []
    var fields: [Field] = []
    var textBuffer = ""
    /// One entry per open content control (`w:sdt`): true when it wraps a table of contents.
    var contentControls: [Bool] = []
    private var properties = PropertyContext.none

    /// Which property element the parser is inside, so that `w:b` or `w:jc` land in the right place.
    private enum PropertyContext {
        case none, paragraph, paragraphMark, numbering, run, cell, row
    }

    /// Elements whose content is never text of the document as it reads now.
    private static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "sectPr", "tblPr", "tblGrid", "rt",
        "sdtEndPr", "footnotePr", "endnotePr",
    ]

    // MARK: Events

    func startElement(_ name: XMLName, attributes: XMLAttributes, parent: XMLName?) -> Bool {
        switch name.namespace {
        case .word: return startWordElement(name.local, attributes: attributes, parent: parent)
        case .markupCompatibility: return name.local != "Fallback"
        case .picture:
            if name.local == "pic" || name.local == "imagedata" { body.omissions.images += 1 }
            return true
        default: return true
        }
    }

    func endElement(_ name: XMLName, parent: XMLName?) {
        guard name.namespace == .word || (name.namespace == .math && name.local == "t") else { return }
        switch name.local {
        case "t": flushText()
        case "p": finishParagraph()
        case "r": _ = runs.popLast()
        case "pPr", "rPr", "numPr", "tcPr", "trPr": properties = leaving(name.local)
        case "fldSimple": if !fields.isEmpty { fields.removeLast() }
        case "sdt": _ = contentControls.popLast()
        case "tbl": finishTable()
        case "tr": finishRow()
        case "tc": finishCell()
        case "footnote", "endnote": finishNote()
        default: break
        }
    }

    func characters(_ text: String, in element: XMLName) {
        switch (element.namespace, element.local) {
        case (.word, "t"), (.math, "t"): textBuffer += text
        case (.word, "instrText"):
            if let last = fields.indices.last, !fields[last].showsResult { fields[last].instruction += text }
        default: break
        }
    }

    /// The body once the part has been read; a last paragraph whose mark was deleted is kept.
    func finish() -> RawBody {
        flushPendingJoin()
        body.blocks = containers[0].blocks
        return body
    }

    // MARK: Elements

    private func startWordElement(_ local: String, attributes: XMLAttributes, parent: XMLName?) -> Bool {
        if properties != .none { return startProperty(local, attributes: attributes, parent: parent) }
        if Self.skipped.contains(local) { return false }
        switch local {
        case "document": sawDocumentRoot = true
        case "p":
            var paragraph = RawParagraph()
            paragraph.isTableOfContents = isInTableOfContents
            paragraphs.append(paragraph)
            paragraphMarkDeleted.append(false)
        case "pPr" where parent?.isWord("p") == true: properties = .paragraph
        case "r": runs.append(Run())
        case "rPr" where parent?.isWord("r") == true: properties = .run
        case "t": textBuffer = ""
        case "tab", "ptab", "br", "cr", "noBreakHyphen", "sym", "footnoteReference", "endnoteReference":
            if parent?.isWord("r") == true { appendSpecial(local, attributes) }
        case "fldChar": fieldCharacter(attributes["fldCharType"])
        case "fldSimple": fields.append(Field(instruction: attributes["instr"] ?? "", showsResult: true))
        case "sdt": contentControls.append(false)
        case "docPartGallery" where attributes["val"] == "Table of Contents":
            if !contentControls.isEmpty { contentControls[contentControls.count - 1] = true }
        case "object":
            body.omissions.embeddedObjects += 1
            return false
        case "tbl": tables.append(RawTable())
        case "tr": rows.append(RawTableRow())
        case "trPr": properties = .row
        case "tc":
            cells.append(RawTableCell())
            containers.append(Container())
        case "tcPr": properties = .cell
        case "footnote", "endnote": return startNote(attributes)
        default: break
        }
        return true
    }

    private func startProperty(_ local: String, attributes: XMLAttributes, parent: XMLName?) -> Bool {
        switch (properties, local) {
        case (_, "pPrChange"), (_, "rPrChange"), (_, "tabs"), (_, "sectPr"), (_, "tcPrChange"), (_, "trPrChange"):
            return false
        case (.paragraph, "pStyle"): modifyParagraph { $0.styleID = attributes["val"] }
        case (.paragraph, "outlineLvl"): modifyParagraph { $0.outlineLevel = attributes.integer() }
        case (.paragraph, "jc"): modifyParagraph { $0.alignment = attributes["val"] }
        case (.paragraph, "numPr"): properties = .numbering
        case (.paragraph, "rPr"): properties = .paragraphMark
        case (.numbering, "numId"): modifyParagraph { $0.numberingID = attributes.integer() }
        case (.numbering, "ilvl"): modifyParagraph { $0.numberingLevel = attributes.integer() }
        case (.paragraphMark, "del"), (.paragraphMark, "moveFrom"):
            if !paragraphMarkDeleted.isEmpty { paragraphMarkDeleted[paragraphMarkDeleted.count - 1] = true }
        case (.run, "b"): modifyRun { $0.format.bold = attributes.isOn() }
        case (.run, "rStyle"): modifyRun { $0.format.characterStyleID = attributes["val"] }
        case (.run, "vanish"), (.run, "specialVanish"): modifyRun { $0.isHidden = attributes.isOn() }
        case (.row, "tblHeader"): modifyRow { $0.isHeader = attributes.isOn() }
        case (.row, "del"): modifyRow { $0.isDeleted = true }
        case (.cell, "gridSpan"): modifyCell { $0.columnSpan = max(1, min(attributes.integer() ?? 1, 64)) }
        case (.cell, "vMerge"): modifyCell { $0.continuesMergeAbove = attributes["val"] != "restart" }
        default: break
        }
        return true
    }

    private func leaving(_ local: String) -> PropertyContext {
        switch (properties, local) {
        case (.numbering, "numPr"), (.paragraphMark, "rPr"): .paragraph
        default: .none
        }
    }
}
