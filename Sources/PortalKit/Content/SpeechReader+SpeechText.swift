import Foundation
import PortalSupport
import SpeechText
import WordDocument

/// Speeches read as speech text: plain text (`.txt`), Word documents (`.docx`) and Markdown files whose body
/// was pasted as plain text. The document's own header fills the title, date, occasion and speaker where
/// the front matter, if any, does not: the front matter always wins.
extension SpeechReader {
    // MARK: - Plain text

    static func readPlainText(_ decoded: DecodedText, path: String, fileName: String) -> Result {
        var diagnostics: [Diagnostic] = []
        guard let slug = validatedSlug(SpeechFileName.stem(of: fileName), path: path, into: &diagnostics) else {
            return Result(speech: nil, diagnostics: diagnostics)
        }
        var speech = speechText(SpeechConverter.convert(decoded.text), path: path, slug: slug, fileName: fileName,
                                format: .plainText(decoded.encoding), diagnostics: &diagnostics)
        speech.placeholder = Placeholder.find(in: decoded.text, file: path)
        return Result(speech: speech, diagnostics: diagnostics)
    }

    // MARK: - Word documents

    static func readWordDocument(_ bytes: [UInt8], path: String, fileName: String) -> Result {
        let place = SourceLocation(file: path)
        let read: WordReading
        do {
            read = try wordDocument(bytes, path: path, notesInText: false)
        } catch {
            return Result(speech: nil, diagnostics: [error])
        }
        let word = read.text
        var diagnostics = read.warnings
        guard let slug = validatedSlug(SpeechFileName.stem(of: fileName), path: path, into: &diagnostics) else {
            return Result(speech: nil, diagnostics: diagnostics)
        }
        var speech = speechText(SpeechConverter.convert(word.text, hints: word.hints), path: path, slug: slug,
                                fileName: fileName, propertiesTitle: read.propertiesTitle, format: .wordDocument,
                                diagnostics: &diagnostics)
        speech.notes = word.notes
        // A line of the converter's text is no line of the .docx: the place is the file.
        speech.placeholder = Placeholder.find(in: word.text, file: path).map { Placeholder.Found(text: $0.text, location: place) }
        return Result(speech: speech, diagnostics: diagnostics)
    }

    /// A Word document as speech text, its title property, and the warnings about it (pictures left out).
    struct WordReading {
        var text: WordSpeechText
        var propertiesTitle: String?
        var warnings: [Diagnostic]
    }

    /// Reads a `.docx` for the site (`notesInText` false: notes kept apart and linked) or for `import`.
    static func wordDocument(_ bytes: [UInt8], path: String, notesInText: Bool) throws(Diagnostic) -> WordReading {
        let place = SourceLocation(file: path)
        let document: WordDocument
        do {
            document = try WordDocument(data: Data(bytes))
        } catch {
            throw Diagnostic(ContentError.unreadableWordDocument(error), at: place)
        }
        let text = WordSpeechText(document, notesInText: notesInText)
        guard !text.text.isEmpty else { throw Diagnostic(ContentError.emptyFile, at: place) }
        var warnings: [Diagnostic] = []
        if document.omissions.images + document.omissions.embeddedObjects > 0 {
            warnings.append(Diagnostic(ContentError.wordOmissions(
                pictures: document.omissions.images, objects: document.omissions.embeddedObjects), at: place))
        }
        return WordReading(text: text, propertiesTitle: document.properties.title?.trimmingWhitespace().nilIfEmpty,
                           warnings: warnings)
    }

    // MARK: - Values from the text

    /// The speech whose body is `converted`: the front matter's values where it gives them, else the
    /// header's, else (for the title) the document's properties or the file name, with a warning.
    static func speechText(
        _ converted: ConvertedSpeech, path: String, slug: String, fileName: String, frontMatter: SpeechMetadata? = nil,
        propertiesTitle: String? = nil, format: SpeechSource.Format, diagnostics: inout [Diagnostic]
    ) -> SpeechSource {
        var metadata = frontMatter ?? SpeechMetadata(title: "")
        var origins = frontMatter.map(ValueOrigins.frontMatter) ?? ValueOrigins()
        if frontMatter == nil {
            if let title = converted.title {
                (metadata.title, origins.title) = (title, converted.titleSource.map(ValueOrigin.text))
            } else if let propertiesTitle {
                (metadata.title, origins.title) = (propertiesTitle, .documentProperties)
            } else {
                (metadata.title, origins.title) = (SpeechFileName.stem(of: fileName), .fileName)
                diagnostics.append(Diagnostic(ContentError.noTitleLine(path: path), at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
        if metadata.date == nil, let (date, origin) = date(fileName: fileName, converted: converted) {
            (metadata.date, origins.date) = (date, origin)
        }
        if metadata.occasion == nil, let occasion = converted.occasion {
            (metadata.occasion, origins.occasion) = (occasion, converted.occasionSource.map(ValueOrigin.text))
        }
        if metadata.speaker == nil, let speaker = converted.speaker {
            (metadata.speaker, origins.speaker) = (speaker, converted.speakerSource.map(ValueOrigin.text))
        }
        return SpeechSource(
            path: path, slug: slug, metadata: metadata, markdown: converted.bodyMarkdown, bodyFirstLine: 1, format: format,
            documentHeader: converted.header, origins: origins)
    }

    /// A speech's date when the front matter gives none: the date at the start of the file name
    /// (`2023-10-23-peixunban.txt`), or the text's when it is more precise and agrees with it; else the
    /// text's date (header or date line); else a year written anywhere in the file name (`021_gwr_1993.txt`).
    static func date(fileName: String, converted: ConvertedSpeech) -> (SpeechDate, ValueOrigin)? {
        let fromText: (SpeechDate, ValueOrigin)? =
            if let date = converted.date.flatMap({ SpeechDate(year: $0.year, month: $0.month, day: $0.day) }),
               let source = converted.dateSource { (date, .text(source)) } else { nil }
        if let named = SpeechFileName.date(in: fileName) {
            if let fromText, fromText.0.refines(named) { return fromText }
            return (named, .fileNameDate)
        }
        if let fromText { return fromText }
        return SpeechFileName.year(in: fileName).map { ($0, .fileNameYear) }
    }
}

extension SpeechDate {
    /// Whether this date is more precise than `other` and within it (2019-01-16 refines 2019 and 2019-01).
    func refines(_ other: SpeechDate) -> Bool {
        guard year == other.year else { return false }
        guard let otherMonth = other.month else { return month != nil }
        return month == otherMonth && other.day == nil && day != nil
    }
}
