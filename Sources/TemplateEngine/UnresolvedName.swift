/// A name a template reads that the context does not provide, found by a strict-mode render.
///
/// A key absent from every map on the context stack is unresolved; a key present with `.null` is provided.
/// For a dotted name whose first part resolves, the first missing later part makes the whole name unresolved.
/// A dynamic partial (`{{>*kind}}`) whose value names no template is recorded as `>` followed by that value.
public struct UnresolvedName: Sendable, Hashable, CustomStringConvertible {
    /// The name as written in the tag, e.g. "speech.titel".
    public let name: String
    /// The template the tag is in, e.g. "partials/header".
    public let template: String
    /// 1-based line and Character column of the tag.
    public let line: Int
    public let column: Int

    public init(name: String, template: String, line: Int, column: Int) {
        self.name = name
        self.template = template
        self.line = line
        self.column = column
    }

    /// "partials/header:3:7: titel".
    public var description: String { "\(template):\(line):\(column): \(name)" }
}
