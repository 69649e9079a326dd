/// A block of the document body, in document order.
public enum WordBlock: Sendable, Equatable {
    /// A paragraph (`w:p`).
    case paragraph(WordParagraph)
    /// A table (`w:tbl`).
    case table(WordTable)

    /// The block as plain-text lines: a paragraph's `plainText` split at its line breaks, a
    /// table's rows; blank lines and table-of-contents entries are left out.
    var plainTextLines: [String] {
        switch self {
        case .paragraph(let paragraph):
            guard paragraph.role != .tableOfContents else { return [] }
            return paragraph.plainText.split(separator: "\n").map(String.init).filter(Self.hasText)
        case .table(let table):
            return table.plainTextLines
        }
    }

    static func hasText(_ line: String) -> Bool {
        !line.allSatisfy(\.isWhitespace)
    }
}
