/// A heading or paragraph of a speech, with the element id that a result links to.
public struct SearchSection: Sendable, Hashable {
    /// The `id` of the element in the speech page (`p-9nt769`, `第一要坚持…`); `nil` links to the nearest anchor before it.
    public var anchor: String?
    /// Headings rank above paragraphs when they contain the phrase.
    public var isHeading: Bool
    /// The plain text as displayed (no markup).
    public var text: String

    /// Creates a section.
    public init(anchor: String? = nil, isHeading: Bool = false, text: String) {
        self.anchor = anchor
        self.isHeading = isHeading
        self.text = text
    }
}
