import Foundation
import PortalSupport
import SpeechText
import WordDocument

/// `portalgen import`: turns the speeches editors receive — plain text (`.txt`), Word documents (`.docx`),
/// Markdown whose body was pasted as plain text — into Markdown files with front matter that editors then
/// check and complete. The values are found as the build finds them (the document's header, the file
/// name), each with where it came from. Never overwrites a file unless asked to, and writes each file whole
/// or not at all.
public struct SpeechImporter: Sendable {
    /// Where the Markdown files go.
    public var destination: String
    /// Replace files that exist.
    public var force: Bool

    public init(destination: String = "content/speeches", force: Bool = false) {
        self.destination = destination
        self.force = force
    }

    /// Refuses the default destination, `content/speeches` of the current folder, when the current folder has no
    /// `content/` (it is not the site folder, and importing would make a site there); a folder named with
    /// `--into` is made as needed.
    public func checkDestination() throws(Diagnostic) {
        guard destination == ContentLoader.speechesFolder, !FileSystem.isDirectory(ContentLoader.contentFolder) else { return }
        throw Diagnostic(WritingError.importOutsideSite, at: SourceLocation(file: ContentLoader.contentFolder))
    }

    /// What became of one file.
    public struct Imported: Sendable {
        public var source: String
        public var written: String
        /// How the file was read.
        public var format: SpeechSource.Format
        /// The values written into the front matter (a missing title is written as a placeholder).
        public var metadata: SpeechMetadata
        /// Where each value came from.
        public var origins: ValueOrigins
        /// Headings found in the text; nil for a Markdown file kept as it is.
        public var headings: Int?
        /// What the editor should still check in the written file.
        public var checks: [Message]
        /// What the reader found worth a warning (pictures left out, pasted text).
        public var warnings: [Diagnostic]
    }

    /// The files `import` reads in `folder`: every file below it that is not hidden or a backup, sorted;
    /// files of other types are refused one by one with their reason.
    public static func files(in folder: String) -> [String] {
        var walker = DirectoryWalker()
        walker.skips = ContentLoader.isSkipped
        return walker.files(under: folder).sorted().map { folder + "/" + $0 }
    }

    /// Writes the Markdown file for the speech file at `path`.
    public func importFile(_ path: String) throws(Diagnostic) -> Imported {
        let name = FilePath.lastComponent(of: path)
        if let refusal = WordDocument.unsupportedFileType(forFileNamed: name) {
            throw Diagnostic(ContentError.unreadableWordDocument(refusal), at: SourceLocation(file: path))
        }
        let fileExtension = SpeechFileName.fileExtension(of: name)
        guard SpeechFileName.speechExtensions.contains(fileExtension) else {
            throw Diagnostic(ContentError.unsupportedFile(name), at: SourceLocation(file: path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(WritingError.unreadableImport, at: SourceLocation(file: path))
        }
        let bytes = [UInt8](data)
        try SpeechReader.checkNotBlank(bytes, path: path)
        let read = try fileExtension == "docx" ? readWordDocument(bytes, path: path, name: name) : readText(bytes, path: path, name: name)
        let target = destination + "/" + SpeechFileName.stem(of: name) + ".md"
        if FileSystem.exists(target) && !force {
            throw Diagnostic(WritingError.importedFileExists(target), at: SourceLocation(file: target))
        }
        do throws(FileSystem.Failure) {
            try FileSystem.createDirectories(destination)
            try FileSystem.writeAtomically(target, read.bytes)
        } catch {
            throw Diagnostic(WritingError.cannotWrite(error), at: SourceLocation(file: target))
        }
        var imported = read.imported
        imported.source = path
        imported.written = target
        return imported
    }

    /// A file's Markdown and what is reported about it.
    private struct Reading {
        var bytes: [UInt8]
        var imported: Imported
    }

    private func readWordDocument(_ bytes: [UInt8], path: String, name: String) throws(Diagnostic) -> Reading {
        let read = try SpeechReader.wordDocument(bytes, path: path, notesInText: true)
        return converted(SpeechConverter.convert(read.text.text, hints: read.text.hints), path: path, name: name,
                         propertiesTitle: read.propertiesTitle, format: .wordDocument, warnings: read.warnings)
    }

    /// Plain text, or Markdown: a Markdown file with front matter is kept as it is unless its body was pasted
    /// as plain text; one without front matter is read as plain text.
    private func readText(_ bytes: [UInt8], path: String, name: String) throws(Diagnostic) -> Reading {
        let decoded = try SpeechReader.decodeText(bytes, path: path)
        let plainText = { converted(SpeechConverter.convert(decoded.text), path: path, name: name, format: .plainText(decoded.encoding)) }
        guard SpeechFileName.fileExtension(of: name) != "txt" else { return plainText() }
        let split: FrontMatter
        do {
            split = try FrontMatter.split(decoded.text)
        } catch {
            if case .missingFrontMatter = error { return plainText() }
            throw Diagnostic(error, at: SourceLocation(file: path, line: 1, column: 1))
        }
        let result = SpeechReader.read(bytes, path: path, fileName: name)
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        guard let speech = result.speech else { throw result.diagnostics.first { $0.severity == .error } ?? result.diagnostics[0] }
        guard speech.format == .pastedText else {
            return Reading(bytes: bytes, imported: Imported(
                source: path, written: "", format: speech.format, metadata: speech.metadata, origins: speech.origins,
                headings: nil, checks: [], warnings: warnings))
        }
        var reading = converted(SpeechConverter.convert(split.body), path: path, name: name, frontMatter: speech.metadata,
                                format: .pastedText, warnings: warnings)
        // The metadata already holds the header's values where the front matter had none: say where they came from.
        reading.imported.origins = speech.origins
        return reading
    }

    /// The Markdown file for a converted text: front matter with the values found, then the text.
    private func converted(
        _ converted: ConvertedSpeech, path: String, name: String, frontMatter: SpeechMetadata? = nil,
        propertiesTitle: String? = nil, format: SpeechSource.Format, warnings: [Diagnostic] = []
    ) -> Reading {
        var ignored: [Diagnostic] = []
        let speech = SpeechReader.speechText(converted, path: path, slug: "", fileName: name, frontMatter: frontMatter,
                                             propertiesTitle: propertiesTitle, format: format, diagnostics: &ignored)
        var metadata = speech.metadata
        var origins = speech.origins
        // A title guessed from the file name is left for the editor to write: the build refuses the placeholder.
        if origins.title == .fileName {
            metadata.title = Placeholder.title
            origins.title = nil
        }
        var writer = FrontMatterWriter()
        writer.add("title", metadata.title)
        if let date = metadata.date { writer.add("date", date.description) } else { writer.comment("date: YYYY-MM-DD (or YYYY-MM, or YYYY)") }
        if let occasion = metadata.occasion { writer.add("occasion", occasion) } else { writer.comment("occasion: 会议或场合") }
        if let speaker = metadata.speaker { writer.add("speaker", speaker) } else { writer.comment("speaker: 讲话人") }
        writer.add("place", metadata.place)
        writer.add("source", metadata.source)
        writer.add("summary", metadata.summary)
        writer.add("keywords", list: metadata.keywords)
        if metadata.draft { writer.add("draft", true) }
        writer.add("slug", metadata.slug)
        if frontMatter == nil { writer.comment("place, source, summary, keywords: optional") }
        let imported = Imported(
            source: path, written: "", format: format, metadata: metadata, origins: origins,
            headings: converted.outline.count, checks: converted.checks.map(\.keyedMessage), warnings: warnings)
        return Reading(bytes: Array((writer.text + converted.markdown).utf8), imported: imported)
    }
}
