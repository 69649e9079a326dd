import PortalKit

/// What `portalgen serve` warns about before it serves.
public enum PreviewWarning: Reportable {
    /// An address other machines can reach: they can read the preview, drafts included.
    case listeningBeyondLoopback(host: String)

    public var severity: Diagnostic.Severity { .warning }

    public var message: Message {
        switch self {
        case .listeningBeyondLoopback(let host): Message(.listeningBeyondLoopback, texts: ["host": host])
        }
    }

    public var hint: Message? {
        switch self {
        case .listeningBeyondLoopback: Message(.listeningBeyondLoopbackHint)
        }
    }
}
