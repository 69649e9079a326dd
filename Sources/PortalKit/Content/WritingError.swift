import PortalSupport

/// What keeps `portalgen new` or `portalgen import` from writing an editor's file.
enum WritingError: Reportable, Equatable {
    case emptyTitle
    case multilineTitle
    case badFileName(String, SlugProblem)
    case noContentFolder
    case fileExists
    /// `--date` that is not a date.
    case badDateOption(String)
    case cannotWrite(FileSystem.Failure)
    case unreadableImport
    case importedFileExists(String)

    var message: Message {
        switch self {
        case .emptyTitle: Message(.emptyTitle)
        case .multilineTitle: Message(.multilineTitle)
        case let .badFileName(name, problem): Message(.badFileName, ["name": .text(name), "problem": .message(problem.message)])
        case .noContentFolder: Message(.noContentFolder)
        case .fileExists: Message(.newFileExists)
        case .badDateOption(let text): Message(.badDateOption, texts: ["text": text])
        case .cannotWrite(let failure): failure.keyedMessage
        case .unreadableImport: Message(.cannotRead)
        case .importedFileExists(let path): Message(.importedFileExists, texts: ["path": path])
        }
    }

    var hint: Message? {
        switch self {
        case .emptyTitle: Message(.emptyTitleHint)
        case .multilineTitle: Message(.multilineTitleHint)
        case .badFileName: Message(.badFileNameHint)
        case .noContentFolder: Message(.noContentFolderHint)
        case .fileExists: Message(.newFileExistsHint)
        case .badDateOption: Message(.badDateOptionHint)
        case .cannotWrite: Message(.folderNotWritableHint)
        case .unreadableImport: Message(.cannotReadImportHint)
        case .importedFileExists: Message(.importedFileExistsHint)
        }
    }
}
