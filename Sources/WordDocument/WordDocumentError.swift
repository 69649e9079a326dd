/// Why a file could not be read as a Word document. Errors never name the file (the caller
/// knows it and writes `FILE: message`); they name the part inside the `.docx` where that helps.
///
/// Each error has a stable `key` and `arguments`, so a catalogue in another language can be
/// added (`WordDocumentMessages`); `message` and `hint` are the English texts.
public enum WordDocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name says it is in a format this reader does not read (`.doc`, `.wps`, …).
    case unsupportedFileType(fileExtension: String)
    /// An OLE compound file (`D0 CF 11 E0`): a Word 97–2003 `.doc` or WPS `.wps` file, or a
    /// password-protected `.docx` (Word encrypts a `.docx` into such a container).
    case compoundFile
    /// Not a ZIP archive, so not a `.docx`; `looksLike` names what the bytes seem to be.
    case notZipArchive(looksLike: WordForeignFormat?)
    /// A ZIP archive that cannot be read; `part` names the entry when one is at fault.
    case damagedArchive(part: String?, problem: ArchiveProblem)
    /// A readable ZIP archive without a Word main document (`word/document.xml`).
    case notWordDocument(looksLike: WordForeignFormat?)
    /// A part whose XML is not well-formed, with the 1-based line and column of the fault.
    case damagedPart(part: String, line: Int, column: Int, problem: XMLProblem)
    /// A part that unpacks to more than the limit: refused as a possible ZIP bomb.
    case partTooLarge(part: String, limitBytes: Int)
    /// An archive with more entries than the limit: refused as a possible ZIP bomb.
    case tooManyEntries(limit: Int)

    /// What is wrong with a ZIP archive.
    public enum ArchiveProblem: String, Sendable, Equatable {
        /// The end-of-archive record is missing: the file was cut off.
        case truncated
        /// An entry's compressed data is damaged or does not match its checksum.
        case corruptEntry = "corrupt-entry"
        /// An entry is compressed with a method other than deflate, or encrypted.
        case unsupportedCompression = "unsupported-compression"
        /// The archive's structure cannot be read.
        case unreadable
    }

    /// What is wrong with a part's XML.
    public enum XMLProblem: String, Sendable, Equatable {
        /// The part has no XML at all.
        case empty
        /// The XML stops before its elements are closed.
        case endsEarly = "ends-early"
        /// A character that XML does not allow.
        case invalidCharacter = "invalid-character"
        /// An unknown or malformed entity (`&…;`).
        case entity
        /// A malformed attribute.
        case attribute
        /// A tag that is not closed or closes the wrong element.
        case tagMismatch = "tag-mismatch"
        /// Elements nested deeper than the parser allows.
        case tooDeep = "too-deep"
        /// A document type declaration, which no Office part has.
        case documentType = "document-type"
        /// Any other XML error.
        case notWellFormed = "not-well-formed"
    }

    /// A stable identifier of the message, e.g. `docx.compound-file` or `docx.not-zip.pdf`.
    public var key: String {
        switch self {
        case .unsupportedFileType: "docx.unsupported-file-type"
        case .compoundFile: "docx.compound-file"
        case .notZipArchive(let format): "docx.not-zip" + (format.map { "." + $0.rawValue } ?? "")
        case .damagedArchive: "docx.damaged-archive"
        case .notWordDocument(let format): "docx.not-word" + (format.map { "." + $0.rawValue } ?? "")
        case .damagedPart: "docx.damaged-part"
        case .partTooLarge: "docx.part-too-large"
        case .tooManyEntries: "docx.too-many-entries"
        }
    }

    /// The values the message refers to by name (`{part}`, `{line}` …). `problem` holds the
    /// key of a phrase in the catalogue.
    public var arguments: [String: String] {
        switch self {
        case .unsupportedFileType(let fileExtension): ["extension": fileExtension]
        case .compoundFile, .notZipArchive, .notWordDocument: [:]
        case .damagedArchive(let part, let problem):
            ["part": part ?? "", "problem": "docx.archive-problem." + problem.rawValue]
        case .damagedPart(let part, let line, let column, let problem):
            ["part": part, "line": String(line), "column": String(column),
             "problem": "docx.xml-problem." + problem.rawValue]
        case .partTooLarge(let part, let limit): ["part": part, "limit": String(limit / 1_000_000)]
        case .tooManyEntries(let limit): ["limit": String(limit)]
        }
    }

    /// One sentence saying what is wrong, in English.
    public var message: String { WordDocumentMessages.english.message(for: self) }

    /// What the editor can do about it, in English.
    public var hint: String { WordDocumentMessages.english.hint(for: self) }

    /// `message` followed by `hint`.
    public var description: String { "\(message) (\(hint))" }
}

/// Formats that editors' files turn out to be when they are not a `.docx`.
public enum WordForeignFormat: String, Sendable, Equatable {
    /// Rich Text Format (`{\rtf`).
    case rtf
    /// A PDF file.
    case pdf
    /// A web page, or Word's single-file web page (MHT).
    case html
    /// Plain text.
    case plainText = "plain-text"
    /// An Excel workbook (.xlsx).
    case spreadsheet
    /// A PowerPoint presentation (.pptx).
    case presentation
    /// An OpenDocument text (.odt).
    case openDocumentText = "odt"
}
