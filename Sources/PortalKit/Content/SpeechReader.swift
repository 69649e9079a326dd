import Foundation
import PortalSupport
import SpeechText
import WordDocument

/// Turns the bytes of one speech file into a `SpeechSource`, or into diagnostics that say what is wrong
/// and where. Warnings (an unknown field, a guessed title) come back with a usable speech.
public enum SpeechReader {
    /// A speech, or none, and what the reader found wrong with the file.
    public struct Result: Sendable {
        public var speech: SpeechSource?
        public var diagnostics: [Diagnostic]
    }

    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - path: the file as printed in messages (`content/speeches/x.md`).
    ///   - fileName: the file's name, which gives the slug and, for plain text, maybe the date.
    public static func read(_ bytes: [UInt8], path: String, fileName: String) -> Result {
        do {
            try checkNotBlank(bytes, path: path)
            switch SpeechFileName.fileExtension(of: fileName) {
            case "docx":
                return readWordDocument(bytes, path: path, fileName: fileName)
            case "txt":
                return readPlainText(try decodeText(bytes, path: path), path: path, fileName: fileName)
            default:
                return readMarkdown(try decodeText(bytes, path: path).text, path: path, fileName: fileName)
            }
        } catch {
            return Result(speech: nil, diagnostics: [error])
        }
    }

    /// A speech file with nothing but white space is a mistake (an emptied or truncated file).
    static func checkNotBlank(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard bytes.allSatisfy(isBlank) else { return }
        throw Diagnostic(ContentError.emptyFile, at: SourceLocation(file: path, line: 1, column: 1))
    }

    /// An editor's file as text, in whichever encoding it was saved (UTF-8, UTF-16 with BOM, GB18030);
    /// anything else is refused at the place where decoding failed.
    static func decodeText(_ bytes: [UInt8], path: String) throws(Diagnostic) -> DecodedText {
        do {
            return try SpeechTextDecoder.decode(bytes)
        } catch {
            throw Diagnostic(ContentError.undecodable(error), at: bytes.location(ofByte: error.byteOffset, file: path))
        }
    }

    // MARK: - Markdown with front matter

    private static func readMarkdown(_ text: String, path: String, fileName: String) -> Result {
        let split: FrontMatter
        do {
            split = try FrontMatter.split(text)
        } catch {
            return Result(speech: nil, diagnostics: [Diagnostic(error, at: SourceLocation(file: path, line: 1, column: 1))])
        }
        var diagnostics: [Diagnostic] = []
        let metadata: SpeechMetadata
        do {
            let fields = try YAMLFields(yaml: split.yaml, file: path, firstLine: split.yamlFirstLine, names: .speech)
            metadata = try readMetadata(fields, diagnostics: &diagnostics)
        } catch {
            diagnostics.append(error)
            return Result(speech: nil, diagnostics: diagnostics)
        }
        guard let slug = validatedSlug(metadata.slug ?? SpeechFileName.stem(of: fileName), path: path, into: &diagnostics)
        else { return Result(speech: nil, diagnostics: diagnostics) }
        let pasted = PastedText.assess(split.body)
        var speech: SpeechSource
        if pasted.looksPasted {
            diagnostics.append(Diagnostic(ContentError.pastedText(pasted), at: SourceLocation(file: path, line: split.bodyFirstLine, column: 1)))
            speech = speechText(SpeechConverter.convert(split.body), path: path, slug: slug, fileName: fileName,
                                frontMatter: metadata, format: .pastedText, diagnostics: &diagnostics)
            speech.bodyFirstLine = split.bodyFirstLine
        } else {
            speech = SpeechSource(
                path: path, slug: slug, metadata: metadata, markdown: split.body, bodyFirstLine: split.bodyFirstLine,
                format: .markdown, origins: .frontMatter(metadata))
        }
        speech.placeholder = Placeholder.find(in: text, file: path)
        return Result(speech: speech, diagnostics: diagnostics)
    }

    /// Reads every field (named in English or Chinese); a wrong field is an error with its place, an unknown
    /// one a warning with the nearest name.
    static func readMetadata(_ fields: YAMLFields, diagnostics: inout [Diagnostic]) throws(Diagnostic) -> SpeechMetadata {
        var metadata = SpeechMetadata(title: "")
        var errors: [Diagnostic] = []
        var sawTitle = false
        var misspeltTitle: (field: String, suggestion: String, place: SourceLocation)?
        for (key, keyNode, value) in fields.entries {
            let field = YAMLFields.written(keyNode)
            do throws(Diagnostic) {
                switch key {
                case "title":
                    sawTitle = true
                    metadata.title = try fields.nonEmptyString(value, field: field)
                case "date":
                    let text = try fields.string(value, field: field)
                    guard !text.isEmpty else { break }
                    do {
                        metadata.date = try SpeechDate.reading(field: text)
                    } catch {
                        throw fields.diagnostic(error, at: value)
                    }
                case "occasion": metadata.occasion = try fields.string(value, field: field).nilIfEmpty
                case "speaker": metadata.speaker = try fields.string(value, field: field).nilIfEmpty
                case "place": metadata.place = try fields.string(value, field: field).nilIfEmpty
                case "source": metadata.source = try fields.string(value, field: field).nilIfEmpty
                case "summary": metadata.summary = try fields.string(value, field: field).nilIfEmpty
                case "keywords": metadata.keywords = uniqued(try fields.stringList(value, field: field))
                case "draft": metadata.draft = try fields.bool(value, field: field)
                case "slug":
                    let slug = try fields.nonEmptyString(value, field: field)
                    if let problem = SpeechFileName.problem(with: slug) {
                        throw fields.diagnostic(ContentError.invalidSlug(slug, problem), at: value)
                    }
                    metadata.slug = slug
                default:
                    let suggestion = FieldNames.speech.suggestion(for: field)
                    if let suggestion, FieldNames.speech.field(suggestion) == "title", misspeltTitle == nil {
                        misspeltTitle = (field, suggestion, fields.location(of: keyNode))
                    } else {
                        diagnostics.append(fields.diagnostic(ContentError.unknownField(field, suggestion: suggestion), at: keyNode))
                    }
                }
            } catch {
                errors.append(error)
            }
        }
        if !sawTitle {
            // `titel: …` is the title misspelt: the error says so where it is.
            errors.append(misspeltTitle.map { Diagnostic(ContentError.misspeltTitle($0.field, suggestion: $0.suggestion), at: $0.place) }
                ?? Diagnostic(ContentError.missingTitle, at: fields.startLocation()))
        } else if let misspeltTitle {
            diagnostics.append(Diagnostic(
                ContentError.unknownField(misspeltTitle.field, suggestion: misspeltTitle.suggestion), at: misspeltTitle.place))
        }
        if let first = errors.first {
            diagnostics.append(contentsOf: errors.dropFirst())
            throw first
        }
        return metadata
    }

    static func validatedSlug(_ slug: String, path: String, into diagnostics: inout [Diagnostic]) -> String? {
        guard let problem = SpeechFileName.problem(with: slug) else { return slug }
        diagnostics.append(Diagnostic(ContentError.invalidSlug(slug, problem), at: SourceLocation(file: path, line: 1, column: 1)))
        return nil
    }

    private static func uniqued(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

extension Array where Element == UInt8 {
    /// The line and character column of a byte offset, counting only the bytes before it that decode cleanly.
    func location(ofByte offset: Int, file: String) -> SourceLocation {
        let end = Swift.min(Swift.max(offset, 0), count)
        let lineStart = self[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = self[..<end].count(where: { $0 == 0x0A }) + 1
        let column = String(decoding: self[lineStart..<end], as: UTF8.self).count + 1
        return SourceLocation(file: file, line: line, column: column)
    }
}
