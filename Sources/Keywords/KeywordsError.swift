import PortalSupport

/// What the keyword stage tells an editor about the glossary. Each case knows its message and how to fix
/// it; the caller adds the place.
public enum KeywordsError: Error, Sendable, Hashable {
    /// A term or alias that an earlier entry already has.
    case duplicateName(String, firstTerm: String, firstLocation: SourceLocation)
    /// A name in `discovery:` that is no setting.
    case unknownDiscoverySetting(String)

    public var message: String {
        switch self {
        case let .duplicateName(name, firstTerm, firstLocation):
            "`\(name)` is already a term or alias of `\(firstTerm)` (\(firstLocation))"
        case .unknownDiscoverySetting(let name):
            "unknown discovery setting `\(name)` is ignored"
        }
    }

    public var hint: String {
        switch self {
        case .duplicateName(let name, _, _):
            "keep one entry for `\(name)`; list other spellings as its `aliases`"
        case .unknownDiscoverySetting:
            "discovery settings are \(KeywordDiscovery.Options.settingNames.joined(separator: ", "))"
        }
    }
}
