/// Bounds that keep a hostile or broken file from exhausting memory: a `.docx` whose parts
/// unpack beyond them is refused, never read in part.
public struct WordDocumentLimits: Sendable, Equatable {
    /// The most bytes any one part (document.xml, styles.xml …) may unpack to.
    public var maximumPartBytes: Int
    /// The most entries the ZIP archive may have.
    public var maximumEntries: Int

    /// Creates limits; the defaults are far above any real speech or report.
    public init(maximumPartBytes: Int = 200_000_000, maximumEntries: Int = 10_000) {
        self.maximumPartBytes = maximumPartBytes
        self.maximumEntries = maximumEntries
    }
}
