/// Turns `RawBody` into the public model: applies paragraph and character styles, counts list
/// paragraphs in document order, and gives notes their marks in order of reference.
struct DocumentResolver {
    private let styles: StyleSheet
    private var counter: NumberingCounter
    private var marks: [WordNoteKind: [Int: String]] = [:]
    /// Note ids in order of first reference.
    private(set) var referencedNotes: [WordNoteKind: [Int]] = [:]

    init(styles: StyleSheet, numbering: NumberingDefinitions) {
        self.styles = styles
        counter = NumberingCounter(definitions: numbering, styles: styles)
    }

    /// The blocks in order; paragraphs with nothing in them are dropped.
    mutating func blocks(_ raw: [RawBlock]) -> [WordBlock] {
        raw.compactMap { block in
            switch block {
            case .paragraph(let paragraph): self.paragraph(paragraph).map(WordBlock.paragraph)
            case .table(let table): .table(self.table(table))
            }
        }
    }

    /// The notes of one kind that the body references, in order of reference.
    func notes(_ kind: WordNoteKind, from raw: [Int: [RawBlock]], numbering: NumberingDefinitions) -> [WordNote] {
        var resolver = DocumentResolver(styles: styles, numbering: numbering)
        return (referencedNotes[kind] ?? []).compactMap { id in
            guard let blocks = raw[id] else { return nil }
            let paragraphs = resolver.blocks(blocks).flatMap(Self.paragraphs)
            return WordNote(kind: kind, id: id, mark: marks[kind]?[id] ?? "", paragraphs: paragraphs)
        }
    }

    private static func paragraphs(in block: WordBlock) -> [WordParagraph] {
        switch block {
        case .paragraph(let paragraph): [paragraph]
        case .table(let table): table.rows.flatMap { $0.cells.flatMap { $0.blocks.flatMap(paragraphs) } }
        }
    }

    private mutating func table(_ raw: RawTable) -> WordTable {
        WordTable(rows: raw.rows.map { row in
            WordTable.Row(cells: row.cells.map { cell in
                WordTable.Cell(blocks: blocks(cell.blocks), columnSpan: cell.columnSpan,
                               continuesMergeAbove: cell.continuesMergeAbove)
            }, isHeader: row.isHeader)
        })
    }

    private mutating func paragraph(_ raw: RawParagraph) -> WordParagraph? {
        let style = styles.paragraphStyle(raw.styleID)
        var paragraph = WordParagraph(text: "", styleID: style.id, styleName: style.name,
                                      role: role(raw, style), alignment: WordAlignment(raw.alignment ?? style.alignment))
        if paragraph.role != .tableOfContents,
           let list = counter.listLevel(numberingID: raw.numberingID, level: raw.numberingLevel, style: style) {
            paragraph.numbering = counter.count(numberingID: list.id, level: list.level)
        }
        var lead = BoldLead()
        var scalarCount = 0
        for inline in raw.content {
            switch inline {
            case .text(let text, let format):
                paragraph.text += text
                scalarCount += text.unicodeScalars.count
                lead.add(text, bold: format.bold ?? format.characterStyleID.flatMap(styles.characterStyleBold)
                    ?? style.bold ?? false)
            case .noteReference(let kind, let id, let customMark):
                let mark = customMark ? "" : mark(for: kind, id: id)
                paragraph.noteReferences.append(WordNoteReference(kind: kind, noteID: id, mark: mark, offset: scalarCount))
                if customMark, referencedNotes[kind]?.contains(id) != true { referencedNotes[kind, default: []].append(id) }
            }
        }
        paragraph.boldLead = lead.text
        return paragraph.isEmpty ? nil : paragraph
    }

    /// A direct outline level wins over the style; TOC field results are table-of-contents entries.
    private func role(_ raw: RawParagraph, _ style: StyleSheet.Resolved) -> WordParagraphRole {
        if raw.isTableOfContents { return .tableOfContents }
        switch raw.outlineLevel {
        case let level? where (0...8).contains(level): return .heading(level + 1)
        case 9?: return style.role == .tableOfContents ? .tableOfContents : .body
        default: return style.role
        }
    }

    /// Footnotes are marked 1, 2, 3 …, endnotes i, ii, iii … (Word's defaults), in order of reference.
    private mutating func mark(for kind: WordNoteKind, id: Int) -> String {
        if let mark = marks[kind]?[id] { return mark }
        let number = (marks[kind]?.count ?? 0) + 1
        let mark = NumberFormat.text(number, format: kind == .footnote ? "decimal" : "lowerRoman")
        marks[kind, default: [:]][id] = mark
        referencedNotes[kind, default: []].append(id)
        return mark
    }
}

/// Collects the bold beginning of a paragraph: white space is neutral, the lead ends at the
/// first character that is neither white space nor bold.
private struct BoldLead {
    private var collected = ""
    private var isOpen = true

    mutating func add(_ text: String, bold: Bool) {
        guard isOpen else { return }
        if bold {
            collected += text
        } else if let end = text.firstIndex(where: { !$0.isWhitespace }) {
            collected += text[..<end]
            isOpen = false
        } else {
            collected += text
        }
    }

    var text: String {
        guard collected.contains(where: { !$0.isWhitespace }) else { return "" }
        var trimmed = Substring(collected)
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return String(trimmed)
    }
}
