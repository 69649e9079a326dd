/// A file of the search index, ready to be written.
public struct SearchIndexFile: Sendable, Hashable {
    /// Relative to the output root, e.g. `search/index.js`.
    public var path: String
    /// The file's content (UTF-8 JavaScript).
    public var bytes: [UInt8]

    /// Creates a file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
