/// A link in a body that cannot be kept, with its place in the body (line, and column in characters).
public struct BodyLinkIssue: Sendable, Hashable {
    /// Why the link cannot stay.
    public enum Problem: Sendable, Hashable {
        /// A link to a speech file that does not exist.
        case missingSpeech
        /// A link or image that could run code (`javascript:`, `vbscript:`, `file:`, `data:` other than images):
        /// removed, its text kept.
        case unsafe
    }

    public var problem: Problem
    /// The destination as the editor wrote it.
    public var destination: String
    public var line: Int
    public var column: Int
}
