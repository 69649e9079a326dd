import PortalSupport

/// What the keyword stage finds wrong in the glossary and the lock file, and what it tells about published
/// addresses (all warnings: the rest still counts). The caller adds the place and the words.
public enum KeywordsError: Error, Sendable, Hashable {
    /// A term or alias that an earlier entry already has.
    case duplicateName(String, firstTerm: String, firstLocation: SourceLocation)
    /// A name in `discovery:` that is no setting.
    case unknownDiscoverySetting(String)
    /// A setting of an earlier version, and the one that replaced it (nil: none).
    case retiredDiscoverySetting(String, replacement: String?)
    /// A line of `keywords.lock` without its three columns (the file is then left as it is).
    case unreadableLockLine(String)
    /// A lock line's third column that is not `page`, `kept` or `redirect`.
    case unknownLockState(String)
    /// A lock line for an address an earlier line already has.
    case duplicateLockAddress(String)
    /// A lock address that cannot be a folder under `keywords/`.
    case unsafeLockAddress(String)
    /// `keywords.lock` holds lines a build does not write (comments, another order): it is left as it is.
    case lockFileEdited
    /// Published keyword pages kept although their terms are no keywords any more (their addresses).
    case publishedPagesKept([String])
    /// Published keyword addresses that now redirect (`old → new`).
    case publishedAddressesRedirected([String])
}
