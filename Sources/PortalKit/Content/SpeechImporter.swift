import Foundation
import PortalSupport
import SpeechText

/// `portalgen import`: turns plain-text speeches into Markdown files with front matter that editors then
/// check and complete. Never overwrites a file unless asked to, and writes each file whole or not at all.
public struct SpeechImporter: Sendable {
    /// Where the Markdown files go.
    public var destination: String
    /// Replace files that exist.
    public var force: Bool

    public init(destination: String = "content/speeches", force: Bool = false) {
        self.destination = destination
        self.force = force
    }

    /// What became of one file.
    public struct Imported: Sendable {
        public var source: String
        public var written: String
        public var encoding: SourceEncoding
        public var title: String?
        public var date: SpeechDate?
        public var occasion: String?
        public var headings: Int
        /// What the editor should still check in the written file.
        public var checks: [Message]
    }

    /// Writes the Markdown file for the text file at `path`.
    public func importFile(_ path: String) throws(Diagnostic) -> Imported {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(WritingError.unreadableImport, at: SourceLocation(file: path))
        }
        let bytes = [UInt8](data)
        try SpeechReader.checkNotBlank(bytes, path: path)
        let decoded = try SpeechReader.decodeText(bytes, path: path)
        let converted = SpeechConverter.convert(decoded.text)
        let name = (path as NSString).lastPathComponent
        let date = SpeechReader.date(fileName: name, converted: converted)
        let target = destination + "/" + SpeechFileName.stem(of: name) + ".md"
        if FileSystem.exists(target) && !force {
            throw Diagnostic(WritingError.importedFileExists(target), at: SourceLocation(file: target))
        }

        var frontMatter = FrontMatterWriter()
        if let title = converted.title {
            frontMatter.add("title", title)
        } else {
            frontMatter.add("title", "（请填写标题）")
        }
        if let date {
            frontMatter.add("date", date.description)
        } else {
            frontMatter.comment("date: YYYY-MM-DD (or YYYY-MM, or YYYY)")
        }
        if let occasion = converted.occasion {
            frontMatter.add("occasion", occasion)
        } else {
            frontMatter.comment("occasion: 会议或场合")
        }
        frontMatter.comment("speaker, place, source, summary, keywords: optional")

        do throws(FileSystem.Failure) {
            try FileSystem.createDirectories(destination)
            try FileSystem.writeAtomically(target, Array((frontMatter.text + converted.markdown).utf8))
        } catch {
            throw Diagnostic(WritingError.cannotWrite(error), at: SourceLocation(file: target))
        }
        return Imported(
            source: path, written: target, encoding: decoded.encoding, title: converted.title, date: date,
            occasion: converted.occasion, headings: converted.outline.count,
            // The converter's checks cover the title, the date and the occasion.
            checks: converted.checks.map(\.keyedMessage))
    }
}
