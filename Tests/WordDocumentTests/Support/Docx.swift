import Foundation
import WordDocument
import WordDocumentTestSupport

/// Shorthands for the tests: build a `.docx`, read it back.
enum Docx {
    static func read(_ builder: DocxBuilder, limits: WordDocumentLimits = WordDocumentLimits()) throws -> WordDocument {
        try WordDocument(data: builder.data(), limits: limits)
    }

    /// A document whose body is the given paragraphs' XML.
    static func read(body: String, styles: String? = nil, numbering: String? = nil) throws -> WordDocument {
        try read(DocxBuilder(body: body, styles: styles, numbering: numbering))
    }

    /// The error reading `data` throws, or nil when it reads.
    static func error(reading data: Data, limits: WordDocumentLimits = WordDocumentLimits()) -> WordDocumentError? {
        do {
            _ = try WordDocument(data: data, limits: limits)
            return nil
        } catch {
            return error
        }
    }
}
