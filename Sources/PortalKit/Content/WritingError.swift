import PortalSupport

/// What keeps `portalgen new` or `portalgen import` from writing an editor's file.
enum WritingError: Reportable, Equatable {
    case emptyTitle
    case multilineTitle
    case badFileName(String, SlugProblem)
    case fileExists
    /// `--date` that is not a date.
    case badDateOption(String)
    case cannotWrite(FileSystem.Failure)
    case unreadableImport
    case importedFileExists(String)
    /// `import` without `--into` in a folder without `content/`: not in the site folder.
    case importOutsideSite
    /// `keywords --accept/--deny`: the term is already a glossary `term`, an `alias` or in `deny`.
    case alreadyInGlossary(String, String)
    /// The list to add to is not a block list (or a one-line `deny: [...]`).
    case glossaryListNotEditable(String)
    /// The edited file would not read back as the glossary plus the term.
    case glossaryEditFailed(String)

    var message: Message {
        switch self {
        case .emptyTitle: Message(.emptyTitle)
        case .multilineTitle: Message(.multilineTitle)
        case let .badFileName(name, problem): Message(.badFileName, ["name": .text(name), "problem": .message(problem.message)])
        case .fileExists: Message(.newFileExists)
        case .badDateOption(let text): Message(.badDateOption, texts: ["text": text])
        case .cannotWrite(let failure): failure.keyedMessage
        case .unreadableImport: Message(.cannotRead)
        case .importedFileExists(let path): Message(.importedFileExists, texts: ["path": path])
        case .importOutsideSite: Message(.importOutsideSite)
        case let .alreadyInGlossary(term, place): Message(.alreadyInGlossary, texts: ["term": term, "place": place])
        case .glossaryListNotEditable(let key): Message(.glossaryListNotEditable, texts: ["key": key])
        case .glossaryEditFailed(let term): Message(.glossaryEditFailed, texts: ["term": term])
        }
    }

    var hint: Message? {
        switch self {
        case .emptyTitle: Message(.emptyTitleHint)
        case .multilineTitle: Message(.multilineTitleHint)
        case .badFileName: Message(.badFileNameHint)
        case .fileExists: Message(.newFileExistsHint)
        case .badDateOption: Message(.badDateOptionHint)
        case .cannotWrite: Message(.folderNotWritableHint)
        case .unreadableImport: Message(.cannotReadImportHint)
        case .importedFileExists: Message(.importedFileExistsHint)
        case .importOutsideSite: Message(.importOutsideSiteHint)
        case .alreadyInGlossary: Message(.alreadyInGlossaryHint)
        case .glossaryListNotEditable(let key): Message(.glossaryListNotEditableHint, texts: ["key": key])
        case .glossaryEditFailed: Message(.glossaryEditFailedHint)
        }
    }
}
