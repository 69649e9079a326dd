/// A keyword of the site's vocabulary, by its place in it; in a `KeywordMatcher` built from other terms (as
/// discovery does), the place of the term in the list the matcher was built from.
///
/// Here rather than in the keyword target because the Markdown target records mentions too, and neither
/// depends on the other.
public struct KeywordID: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let index: Int

    public init(_ index: Int) {
        self.index = index
    }

    /// `0` for `KeywordID(0)`, so tests and examples read as the lists they build.
    public init(integerLiteral index: Int) {
        self.index = index
    }

    public static func < (lhs: KeywordID, rhs: KeywordID) -> Bool { lhs.index < rhs.index }

    public var description: String { "keyword \(index)" }
}
