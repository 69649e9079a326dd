import Testing
import WordDocument

/// Errors have stable keys, English texts with hints, and room for another language.
struct MessageTests {
    @Test func oldWordAndWPSFilesAreToldToSaveAsDocx() {
        let error = WordDocument.unsupportedFileType(forFileNamed: "2023年工作报告.DOC")
        #expect(error == .unsupportedFileType(fileExtension: "doc"))
        #expect(error?.message == "“.doc” files are not read: only Word documents saved as .docx are")
        #expect(error?.hint == "open the file in WPS or Word and save it as .docx (文件 → 另存为 → Word 文档 (*.docx)), "
            + "then use the .docx file")
        #expect(WordDocument.unsupportedFileType(forFileNamed: "讲话.wps") == .unsupportedFileType(fileExtension: "wps"))
        #expect(WordDocument.unsupportedFileType(forFileNamed: "讲话.docx") == nil)
        #expect(WordDocument.unsupportedFileType(forFileNamed: "讲话.txt") == nil)
        #expect(WordDocument.unsupportedFileType(forFileNamed: ".doc") == nil)
        #expect(WordDocument.unsupportedFileType(forFileNamed: "doc") == nil)
        #expect(WordDocument.fileExtensions == ["docx"])
    }

    @Test func everyErrorHasAKeyAMessageAndAHint() {
        let errors: [WordDocumentError] = [
            .unsupportedFileType(fileExtension: "wps"), .compoundFile, .notZipArchive(looksLike: nil),
            .notZipArchive(looksLike: .rtf), .notZipArchive(looksLike: .pdf), .notZipArchive(looksLike: .html),
            .notZipArchive(looksLike: .plainText), .damagedArchive(part: nil, problem: .truncated),
            .damagedArchive(part: "word/document.xml", problem: .corruptEntry),
            .damagedArchive(part: "word/styles.xml", problem: .unsupportedCompression),
            .damagedArchive(part: nil, problem: .unreadable), .notWordDocument(looksLike: nil),
            .notWordDocument(looksLike: .spreadsheet), .notWordDocument(looksLike: .presentation),
            .notWordDocument(looksLike: .openDocumentText),
            .damagedPart(part: "word/document.xml", line: 2, column: 5, problem: .invalidCharacter),
            .partTooLarge(part: "word/document.xml", limitBytes: 200_000_000), .tooManyEntries(limit: 10_000),
        ]
        for error in errors {
            #expect(!error.message.contains("{") && !error.message.hasPrefix("docx."), "\(error.key)")
            #expect(!error.hint.contains("{") && !error.hint.hasPrefix("docx."), "\(error.key)")
            #expect(error.description == "\(error.message) (\(error.hint))")
        }
        #expect(Set(errors.map(\.key)).count == 15)
        #expect(WordDocumentError.damagedArchive(part: "word/document.xml", problem: .corruptEntry).message
            == "the .docx file is damaged: the content of word/document.xml is damaged")
        #expect(WordDocumentError.notZipArchive(looksLike: .pdf).hint.contains("PDF 转 Word"))
    }

    @Test func anotherCatalogueFillsTheSameArguments() {
        let chinese = WordDocumentMessages(templates: [
            "docx.damaged-part": "{part} 第 {line} 行第 {column} 列：{problem}",
            "docx.damaged-part.hint": "请用 Word 或 WPS 打开后重新保存为 .docx",
            "docx.xml-problem.ends-early": "XML 不完整",
        ])
        let error = WordDocumentError.damagedPart(part: "word/document.xml", line: 3, column: 7, problem: .endsEarly)
        #expect(error.key == "docx.damaged-part")
        #expect(error.arguments["problem"] == "docx.xml-problem.ends-early")
        #expect(chinese.message(for: error) == "word/document.xml 第 3 行第 7 列：XML 不完整")
        #expect(chinese.hint(for: error) == "请用 Word 或 WPS 打开后重新保存为 .docx")
        // A key the catalogue lacks shows as the key, so a missing translation is visible.
        #expect(chinese.message(for: .compoundFile) == "docx.compound-file")
    }
}
