import WordDocument

// A Word document that cannot be read, as messages: keyed by what is wrong (and what the file is instead),
// with the reader's own English words (`{text}`) and the values another language needs.

extension WordDocumentError {
    var keyedMessage: Message {
        Message(messageKey, texts: arguments.filter { $0.key != "problem" }.merging(["text": message]) { $1 })
    }

    var keyedHint: Message {
        Message(hintKey, texts: ["text": hint])
    }

    private var messageKey: MessageKey {
        switch self {
        case .unsupportedFileType: .docxUnsupportedFileType
        case .compoundFile: .docxCompoundFile
        case .notZipArchive(let format):
            switch format {
            case .rtf: .docxNotZipRTF
            case .pdf: .docxNotZipPDF
            case .html: .docxNotZipHTML
            case .plainText: .docxNotZipPlainText
            case .spreadsheet, .presentation, .openDocumentText, nil: .docxNotZip
            }
        case .damagedArchive(_, let problem):
            switch problem {
            case .truncated: .docxArchiveTruncated
            case .corruptEntry: .docxArchiveCorruptEntry
            case .unsupportedCompression: .docxArchiveUnsupportedCompression
            case .unreadable: .docxArchiveUnreadable
            }
        case .notWordDocument(let format):
            switch format {
            case .spreadsheet: .docxNotWordSpreadsheet
            case .presentation: .docxNotWordPresentation
            case .openDocumentText: .docxNotWordODT
            case .rtf, .pdf, .html, .plainText, nil: .docxNotWord
            }
        case .damagedPart(_, _, _, let problem):
            switch problem {
            case .empty: .docxPartEmpty
            case .endsEarly: .docxPartEndsEarly
            case .invalidCharacter: .docxPartInvalidCharacter
            case .entity: .docxPartEntity
            case .attribute: .docxPartAttribute
            case .tagMismatch: .docxPartTagMismatch
            case .tooDeep: .docxPartTooDeep
            case .documentType: .docxPartDocumentType
            case .notWellFormed: .docxPartNotWellFormed
            }
        case .partTooLarge: .docxPartTooLarge
        case .tooManyEntries: .docxTooManyEntries
        }
    }

    private var hintKey: MessageKey {
        switch self {
        case .unsupportedFileType: .docxSaveAsDocxHint
        case .compoundFile: .docxCompoundFileHint
        case .notZipArchive(.pdf): .docxNotZipPDFHint
        case .notZipArchive(.plainText): .docxNotZipPlainTextHint
        case .notZipArchive: .docxSaveAgainHint
        case .damagedArchive: .docxDamagedArchiveHint
        case .notWordDocument(.spreadsheet), .notWordDocument(.presentation): .docxCopyIntoWordHint
        case .notWordDocument(.openDocumentText): .docxNotWordODTHint
        case .notWordDocument: .docxSaveAgainHint
        case .damagedPart: .docxDamagedPartHint
        case .partTooLarge: .docxPartTooLargeHint
        case .tooManyEntries: .docxTooManyEntriesHint
        }
    }
}
