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
    case cannotWrite(FileSystem.Failure)
    case cannotReplace(FileSystem.Failure, output: String)
    case foreignFileKept
    /// The site was written, but `content/keywords.lock` could not be.
    case cannotRecordAddresses(FileSystem.Failure)

    var severity: Diagnostic.Severity {
        switch self {
        case .foreignFileKept, .cannotRecordAddresses: .warning
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
        case .cannotPrepare(let failure), .cannotWrite(let failure), .cannotReplace(let failure, _),
             .cannotRecordAddresses(let failure):
            failure.keyedMessage
        case .foreignFileKept: Message(.foreignFileKept)
        }
    }

    var hint: Message? {
        switch self {
        case .isSiteFolder, .containsSiteFolder, .insideSourceFolder: Message(.outputOwnFolderHint)
        case .isFile: Message(.outputIsFileHint)
        case .notMadeByPortalgen: Message(.outputNotMadeByPortalgenHint)
        case .stagingInTheWay(let path): Message(.stagingInTheWayHint, texts: ["path": path])
        case .cannotPrepare: Message(.outputCannotPrepareHint)
        case .cannotWrite: Message(.outputCannotWriteHint)
        case .cannotReplace(_, let output): Message(.outputCannotReplaceHint, texts: ["output": output])
        case .foreignFileKept: Message(.foreignFileKeptHint)
        case .cannotRecordAddresses: Message(.cannotRecordAddressesHint)
        }
    }
}
