/// Source lines joined into one paragraph because the text was hard-wrapped mid-sentence
/// (copied from a PDF): the record that makes every join reversible.
///
/// The paragraph's text is the trimmed source lines `lines` concatenated in order, with one
/// ASCII space inserted only where both sides of a break are ASCII letters or digits
/// (`Belt and` / `Road`). `breaks` gives, for each line after the first, the position
/// (in Unicode scalars, from the start of the paragraph) where that line's text begins.
public struct LineJoin: Sendable, Equatable, Hashable {
    /// The 1-based source lines joined, consecutive.
    public let lines: ClosedRange<Int>
    /// Where each line after the first begins in the joined paragraph (scalar offsets).
    public let breaks: [Int]
    /// Which breaks got an inserted space (same order as `breaks`).
    public let insertedSpace: [Bool]

    /// Creates a join record.
    public init(lines: ClosedRange<Int>, breaks: [Int], insertedSpace: [Bool]) {
        self.lines = lines
        self.breaks = breaks
        self.insertedSpace = insertedSpace
    }
}
