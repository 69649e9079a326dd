import PortalSupport

/// What keeps the site from being written where it was asked to go, or from being written at all.
enum OutputError: Reportable, Equatable {
    case isSiteFolder
    case containsSiteFolder
    /// Inside `content/` or `templates/`.
    case insideSourceFolder(String)
    case isFile
    /// A folder with files and no manifest: `files` names the first few.
    case notMadeByPortalgen(files: String)
    case stagingInTheWay(String)
    case cannotPrepare(FileSystem.Failure)
    /// A file of the new site could not be written; `more` other files failed for the same reason (a full
    /// disk fails every file after the first: they are told once, with a count).
    case cannotWrite(FileSystem.Failure, more: Int = 0)
    case cannotReplace(FileSystem.Failure, output: String)
    /// What an earlier build left (its staging folder, or the site it replaced) cannot be removed: an
    /// immutable file, a read-only folder. `output` is the output folder, which holds a complete site.
    case cannotRemoveLeftover(FileSystem.Failure, leftover: String, output: String)
    case foreignFileKept
    /// Another build writes the same output folder and did not finish within `seconds`.
    case busy(output: String, seconds: Int)
    /// The build cache was not read: a FIFO, a device or a folder in its place, or a file far larger than any
    /// cache portalgen writes.
    case cacheIgnored(path: String, FileSystem.ReadRefusal)

    var severity: Diagnostic.Severity {
        switch self {
        case .foreignFileKept, .cacheIgnored: .warning
        default: .error
        }
    }

    var message: Message {
        switch self {
        case .isSiteFolder: Message(.outputIsSiteFolder)
        case .containsSiteFolder: Message(.outputContainsSite)
        case .insideSourceFolder(let folder): Message(.outputInsideSourceFolder, texts: ["folder": folder])
        case .isFile: Message(.outputIsFile)
        case .notMadeByPortalgen(let files): Message(.outputNotMadeByPortalgen, texts: ["files": files])
        case .stagingInTheWay: Message(.stagingInTheWay)
        case .cannotWrite(let failure, let more) where more > 0:
            Message(.outputWriteFailedMany, ["first": .message(failure.keyedMessage), "count": .text(String(more))])
        case .cannotPrepare(let failure), .cannotWrite(let failure, _), .cannotReplace(let failure, _),
             .cannotRemoveLeftover(let failure, _, _):
            failure.keyedMessage
        case .foreignFileKept: Message(.foreignFileKept)
        case .busy(let output, let seconds): Message(.outputBusy, texts: ["output": output, "seconds": String(seconds)])
        case .cacheIgnored(let path, .notRegularFile): Message(.cacheNotAFile, texts: ["path": path])
        case .cacheIgnored(let path, .tooLarge(let size)):
            Message(.cacheTooLarge, texts: ["path": path, "megabytes": String(size >> 20)])
        case .cacheIgnored(let path, .unreadable(let reason)):
            Message(.cacheUnreadable, texts: ["path": path, "reason": reason])
        }
    }

    var hint: Message? {
        switch self {
        case .isSiteFolder, .containsSiteFolder, .insideSourceFolder: Message(.outputOwnFolderHint)
        case .isFile: Message(.outputIsFileHint)
        case .notMadeByPortalgen: Message(.outputNotMadeByPortalgenHint)
        case .stagingInTheWay(let path): Message(.stagingInTheWayHint, texts: ["path": path])
        case .cannotPrepare: Message(.outputCannotPrepareHint)
        case .cannotWrite(let failure, _) where failure.isNoSpace: Message(.outputNoSpaceHint)
        case .cannotWrite(let failure, _) where failure.isNotPermitted:
            Message(.outputNotPermittedHint, texts: ["path": failure.path])
        case .cannotWrite: Message(.outputCannotWriteHint)
        case .cannotReplace(_, let output): Message(.outputCannotReplaceHint, texts: ["output": output])
        case .cannotRemoveLeftover(let failure, let leftover, let output):
            Message(.outputCannotRemoveLeftoverHint, texts: ["path": failure.path, "leftover": leftover, "output": output])
        case .foreignFileKept: Message(.foreignFileKeptHint)
        case .busy: Message(.outputBusyHint)
        case .cacheIgnored(let path, _): Message(.cacheIgnoredHint, texts: ["path": path])
        }
    }
}
