/// The texts of `WordDocumentError`, by key. A message is `templates[key]`, its hint
/// `templates[key + ".hint"]` (falling back to the key without its last `.suffix`); `{name}`
/// is replaced by the error's argument `name`, and `{problem}` by the phrase its key names.
/// Another language is another value of this type with the same keys.
public struct WordDocumentMessages: Sendable {
    /// Texts by key.
    public var templates: [String: String]

    /// Creates a catalogue from texts by key.
    public init(templates: [String: String]) {
        self.templates = templates
    }

    /// The message of `error` in this catalogue.
    public func message(for error: WordDocumentError) -> String {
        fill(lookup(error.key), error.arguments)
    }

    /// The hint of `error` in this catalogue.
    public func hint(for error: WordDocumentError) -> String {
        fill(lookup(error.key, suffix: ".hint"), error.arguments)
    }

    private func lookup(_ key: String, suffix: String = "") -> String {
        var key = key
        while true {
            if let text = templates[key + suffix] { return text }
            guard let dot = key.lastIndex(of: "."), key[..<dot].contains(".") else { return key + suffix }
            key = String(key[..<dot])
        }
    }

    private func fill(_ template: String, _ arguments: [String: String]) -> String {
        var text = template
        for (name, value) in arguments {
            let replacement = name == "problem"
                ? fill(templates[value] ?? value, arguments.filter { $0.key != "problem" }) : value
            text = text.replacingOccurrences(of: "{\(name)}", with: replacement)
        }
        return text
    }

    private static let saveAsDocx = "文件 → 另存为 → Word 文档 (*.docx)"

    /// The English texts.
    public static let english = WordDocumentMessages(templates: [
        "docx.unsupported-file-type": "“.{extension}” files are not read: only Word documents saved as .docx are",
        "docx.unsupported-file-type.hint":
            "open the file in WPS or Word and save it as .docx (\(saveAsDocx)), then use the .docx file",
        "docx.compound-file":
            "not a .docx file: this is an old-format Word 97–2003 (.doc) or WPS (.wps) document, or a password-protected .docx",
        "docx.compound-file.hint":
            "open it in WPS or Word (type the password if asked), remove the password if there is one "
            + "(Word: 文件 → 信息 → 保护文档 → 用密码进行加密, clear it; WPS: 文件 → 文档加密 → 密码加密, clear it) "
            + "and save it as .docx: \(saveAsDocx)",
        "docx.not-zip": "not a Word .docx file: a .docx is a ZIP archive and this file is not one",
        "docx.not-zip.hint": "open the file in WPS or Word and save it again as .docx: \(saveAsDocx)",
        "docx.not-zip.rtf": "not a .docx file: it is an RTF document with a .docx name",
        "docx.not-zip.pdf": "not a .docx file: it is a PDF",
        "docx.not-zip.pdf.hint":
            "copy the text into a .txt file, or convert the PDF to Word in WPS (PDF 转 Word) and check the result",
        "docx.not-zip.html": "not a .docx file: it is a web page (HTML), perhaps saved from Word as 网页",
        "docx.not-zip.plain-text": "not a .docx file: it is plain text",
        "docx.not-zip.plain-text.hint": "rename it to .txt",
        "docx.damaged-archive": "the .docx file is damaged: {problem}",
        "docx.damaged-archive.hint":
            "get the complete file again, or open it in Word or WPS (they can often repair it) and save it again as .docx",
        "docx.archive-problem.truncated": "its ZIP archive is incomplete (the file was cut off)",
        "docx.archive-problem.corrupt-entry": "the content of {part} is damaged",
        "docx.archive-problem.unsupported-compression": "{part} is encrypted or compressed in a way .docx files are not",
        "docx.archive-problem.unreadable": "its ZIP structure cannot be read",
        "docx.not-word": "not a Word document: the ZIP archive has no word/document.xml",
        "docx.not-word.hint": "save the document from Word or WPS as .docx: \(saveAsDocx)",
        "docx.not-word.spreadsheet": "not a Word document: it is an Excel workbook (.xlsx)",
        "docx.not-word.spreadsheet.hint": "copy the text into a Word document and save that as .docx",
        "docx.not-word.presentation": "not a Word document: it is a PowerPoint presentation (.pptx)",
        "docx.not-word.presentation.hint": "copy the text into a Word document and save that as .docx",
        "docx.not-word.odt": "not a Word document: it is an OpenDocument text (.odt)",
        "docx.not-word.odt.hint": "open it in WPS, Word or LibreOffice and save it as .docx: \(saveAsDocx)",
        "docx.damaged-part": "the document's XML is damaged in {part}, line {line}, column {column}: {problem}",
        "docx.damaged-part.hint": "open the file in Word or WPS (they can often repair it) and save it again as .docx",
        "docx.xml-problem.empty": "the part is empty",
        "docx.xml-problem.ends-early": "the XML ends too early",
        "docx.xml-problem.invalid-character": "it contains a character that XML does not allow",
        "docx.xml-problem.entity": "it contains an unknown or malformed entity (&…;)",
        "docx.xml-problem.attribute": "an attribute is malformed",
        "docx.xml-problem.tag-mismatch": "a tag is not closed or closes the wrong element",
        "docx.xml-problem.too-deep": "the XML is nested too deeply",
        "docx.xml-problem.document-type": "it declares a document type (<!DOCTYPE>), which Word never writes",
        "docx.xml-problem.not-well-formed": "the XML is not well-formed",
        "docx.part-too-large": "{part} unpacks to more than {limit} MB: refused as a possible ZIP bomb",
        "docx.part-too-large.hint":
            "a speech is far smaller than that; if the file is genuine, remove embedded content and save it again",
        "docx.too-many-entries": "the .docx archive has more than {limit} entries: refused as a possible ZIP bomb",
        "docx.too-many-entries.hint":
            "a Word document has far fewer parts; open it in Word or WPS and save it again as .docx",
    ])
}
