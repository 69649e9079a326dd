import PortalSupport

/// What the keyword stage finds wrong in the glossary (both are warnings: the rest of it still counts). The
/// caller adds the place and the words.
public enum KeywordsError: Error, Sendable, Hashable {
    /// A term or alias that an earlier entry already has.
    case duplicateName(String, firstTerm: String, firstLocation: SourceLocation)
    /// A name in `discovery:` that is no setting.
    case unknownDiscoverySetting(String)
}
