/// A table: rows of cells, each cell holding paragraphs (and, rarely, nested tables).
public struct WordTable: Sendable, Equatable {
    /// The rows, top to bottom.
    public var rows: [Row]

    /// Creates a table.
    public init(rows: [Row]) {
        self.rows = rows
    }

    /// One table row.
    public struct Row: Sendable, Equatable {
        /// The cells, in reading order.
        public var cells: [Cell]
        /// True for a header row (`w:tblHeader`: repeated at the top of each page).
        public var isHeader: Bool

        /// Creates a row.
        public init(cells: [Cell], isHeader: Bool = false) {
            self.cells = cells
            self.isHeader = isHeader
        }
    }

    /// One table cell.
    public struct Cell: Sendable, Equatable {
        /// The cell's content.
        public var blocks: [WordBlock]
        /// How many grid columns the cell spans (`w:gridSpan`), at least 1.
        public var columnSpan: Int
        /// True when the cell continues a vertically merged cell above (`w:vMerge`): its
        /// content, if any, belongs to that cell.
        public var continuesMergeAbove: Bool

        /// Creates a cell.
        public init(blocks: [WordBlock], columnSpan: Int = 1, continuesMergeAbove: Bool = false) {
            self.blocks = blocks
            self.columnSpan = columnSpan
            self.continuesMergeAbove = continuesMergeAbove
        }

        /// The cell's text: its lines joined with line feeds.
        public var text: String {
            blocks.flatMap(\.plainTextLines).joined(separator: "\n")
        }
    }

    /// The text of each row, one string per grid column: a cell spanning columns is followed
    /// by empty strings, a continued merged cell is empty, line breaks inside a cell become spaces.
    /// Rows are padded to the widest row, so a caller can write a Markdown table directly.
    public var textGrid: [[String]] {
        var grid = rows.map { row in
            row.cells.flatMap { cell -> [String] in
                let text = cell.continuesMergeAbove ? "" : cell.text.replacingOccurrences(of: "\n", with: " ")
                return [text] + Array(repeating: "", count: cell.columnSpan - 1)
            }
        }
        let width = grid.map(\.count).max() ?? 0
        for index in grid.indices { grid[index] += Array(repeating: "", count: width - grid[index].count) }
        return grid
    }

    /// One line per row with the cells separated by tabs; empty rows left out.
    var plainTextLines: [String] {
        rows.map { row in
            row.cells.filter { !$0.continuesMergeAbove }
                .map { $0.text.replacingOccurrences(of: "\n", with: " ") }
                .filter(WordBlock.hasText)
                .joined(separator: "\t")
        }.filter(WordBlock.hasText)
    }
}
