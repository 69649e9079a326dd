/// One heading of a converted speech.
public struct OutlineEntry: Sendable, Equatable, Hashable {
    /// Markdown heading level: 2 for the top level inside a speech (the page title is the h1), then 3, 4, …
    public let level: Int
    /// The heading as plain text, exactly as in the source (numbering and final 。 included).
    public let text: String
    /// 1-based line of the source text the heading comes from.
    public let line: Int

    /// Creates an outline entry.
    public init(level: Int, text: String, line: Int) {
        self.level = level
        self.text = text
        self.line = line
    }
}
