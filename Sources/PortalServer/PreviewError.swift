import PortalKit

/// Why `portalgen serve` cannot start: the folder it would build into, the address it would listen on.
public enum PreviewError: Reportable, Equatable {
    /// `--drafts` with `--output` naming the folder `portalgen build` publishes.
    case draftsIntoPublished(output: String, preview: String, published: String)
    /// The lock file beside the output folder cannot be made.
    case cannotLock(path: String, reason: String, folder: String)
    /// Another `portalgen serve` builds into the same folder.
    case alreadyServing(output: String)
    case startedAlready
    case stoppedWhileStarting
    case notAPort(Int)
    case unknownHost(host: String, reason: String)
    case portInUse(port: Int, host: String)
    case portNeedsPrivileges(Int)
    case notThisMachine(host: String)
    case cannotListen(host: String, port: Int, reason: String)

    public var message: Message {
        switch self {
        case let .draftsIntoPublished(output, _, _): Message(.serveDraftsIntoPublished, texts: ["output": output])
        case let .cannotLock(path, reason, _): Message(.serveCannotLock, texts: ["path": path, "reason": reason])
        case .alreadyServing(let output): Message(.serveAlreadyServing, texts: ["output": output])
        case .startedAlready: Message(.serveStartedAlready)
        case .stoppedWhileStarting: Message(.serveStoppedWhileStarting)
        case .notAPort(let port): Message(.serveNotAPort, texts: ["port": String(port)])
        case let .unknownHost(host, reason): Message(.serveUnknownHost, texts: ["host": host, "reason": reason])
        case let .portInUse(port, host): Message(.servePortInUse, texts: ["port": String(port), "host": host])
        case .portNeedsPrivileges(let port): Message(.servePortNeedsPrivileges, texts: ["port": String(port)])
        case .notThisMachine(let host): Message(.serveNotThisMachine, texts: ["host": host])
        case let .cannotListen(host, port, reason):
            Message(.serveCannotListen, texts: ["host": host, "port": String(port), "reason": reason])
        }
    }

    public var hint: Message? {
        switch self {
        case let .draftsIntoPublished(_, preview, published):
            Message(.serveDraftsIntoPublishedHint, texts: ["preview": preview, "published": published])
        case .cannotLock(_, _, let folder): Message(.serveCannotLockHint, texts: ["folder": folder])
        case .alreadyServing: Message(.serveAlreadyServingHint)
        case .startedAlready, .stoppedWhileStarting, .cannotListen: nil
        case .notAPort, .portInUse, .portNeedsPrivileges: Message(.serveChooseAnotherPortHint)
        case .unknownHost, .notThisMachine: Message(.serveUseLoopbackHint)
        }
    }
}
