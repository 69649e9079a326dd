import Foundation
import PortalSupport

/// `portalgen new`: starts a speech file that an editor then fills in.
///
/// The file is `content/speeches/<slug>.md`, and the slug (the file name) becomes the page's address, so it
/// is chosen to be stable and safe in a URL:
///
/// - it starts with the date as the editor gave it (`2024-05-01`, `2024-05` or `2024`), so files sort by date;
/// - a title written mostly in Latin letters and digits adds its words, lower-cased and joined by `-`
///   (`Annual Report 2024` → `2024-05-01-annual-report-2024`), at most 40 characters;
/// - any other title, which for this portal means a Chinese one, adds six hexadecimal digits computed from the
///   title (`在工会干部培训班上的讲话` → `2024-05-01-c43abe`): there is no pinyin table here, and a hash needs
///   none, is the same on every machine and every run, and keeps addresses ASCII. Editors who want a readable
///   address rename the file (`2024-05-01-peixunban.md`) before the site is published.
public struct NewSpeech: Sendable {
    /// The title, trimmed; it must be one line.
    public var title: String
    /// The date as precise as the editor knows it; it starts the file name.
    public var date: SpeechDate
    /// The meeting or occasion; a commented placeholder when nil.
    public var occasion: String?

    /// - Parameters:
    ///   - title: the speech's title, one line.
    ///   - date: the date as precise as known; `NewSpeech.today()` when the editor gave none.
    ///   - occasion: the meeting or occasion, when known.
    public init(title: String, date: SpeechDate, occasion: String? = nil) {
        self.title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        self.date = date
        let occasion = occasion?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.occasion = occasion?.isEmpty == false ? occasion : nil
    }

    /// Today's date in `timeZone` (the editor's own by default): a speech written today carries today's date
    /// where the editor is, not where UTC is.
    public static func today(now: Date = Date(), timeZone: TimeZone = .current) -> SpeechDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        // The Gregorian calendar always yields a valid year, month and day.
        return SpeechDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// The file name without `.md`, following the rule in the type's documentation.
    public var slug: String { Self.slug(title: title, date: date) }

    /// The file name (without `.md`) for a speech with `title` given on `date`.
    public static func slug(title: String, date: SpeechDate) -> String {
        date.description + "-" + (latinWords(in: title) ?? shortHash(of: title))
    }

    /// The words of a title written mostly in Latin letters and digits, or nil for any other title.
    static func latinWords(in title: String) -> String? {
        let visible = title.unicodeScalars.filter { !$0.properties.isWhitespace }
        let latin = visible.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard !latin.isEmpty, latin.count * 2 >= visible.count else { return nil }
        var words: [String] = []
        var word = ""
        for scalar in title.unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        var result = ""
        for word in words {
            let next = result.isEmpty ? word : result + "-" + word
            if next.count > 40 { break }
            result = next
        }
        // A single word longer than the limit is cut rather than dropped.
        return result.isEmpty ? String(words.first?.prefix(40) ?? "") : result
    }

    /// Six hexadecimal digits of the 32-bit FNV-1a hash of the title's UTF-8 bytes in Unicode NFC.
    ///
    /// FNV rather than `Hasher`, whose seed changes from run to run; NFC so that the same title typed on two
    /// systems gives the same name.
    static func shortHash(of title: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in title.precomposedStringWithCanonicalMapping.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash >> 8, radix: 16)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The file's text: front matter with what is known filled in, the other fields as comments to fill in
    /// and `draft: true` (a new speech is not published until the editor removes it), then a placeholder to
    /// replace with the speech, which `portalgen build` refuses to publish.
    public var text: String {
        var frontMatter = FrontMatterWriter()
        frontMatter.add("title", title)
        frontMatter.add("date", date.description)
        if let occasion {
            frontMatter.add("occasion", occasion)
        } else {
            frontMatter.comment("occasion: 会议或场合")
        }
        frontMatter.comment("speaker: 讲话人")
        frontMatter.comment("place: 地点")
        frontMatter.comment("source: 来源，如“根据录音整理”")
        frontMatter.comment("keywords: [关键词一, 关键词二]")
        frontMatter.comment("summary: 一两句话的摘要；不填则用正文第一段")
        frontMatter.comment("写完之前是草稿，不发布（portalgen serve --drafts 可预览）；写完后删去下面一行")
        frontMatter.add("draft", true)
        return frontMatter.text + Placeholder.body + "\n"
    }

    /// Writes the file into `<siteRoot>/content/speeches/` and returns its path.
    ///
    /// Never replaces a file: an existing speech with the same slug, whatever its extension, is refused with
    /// its name. The file appears whole or not at all.
    public func write(siteRoot: String = ".") throws(Diagnostic) -> String {
        if let problem = problem { throw problem }
        if let notASite = ContentLoader.missingContentFolder(siteRoot: siteRoot) { throw notASite }
        let folder = siteRoot == "." ? ContentLoader.speechesFolder : siteRoot + "/" + ContentLoader.speechesFolder
        let target = folder + "/" + slug + ".md"
        try refuseExisting(in: folder)
        do throws(FileSystem.Failure) {
            try FileSystem.createDirectories(folder)
            try FileSystem.writeExclusively(target, Array(text.utf8))
        } catch let failure where failure.isFileExists {
            throw existing(target)
        } catch {
            throw Diagnostic(WritingError.cannotWrite(error), at: SourceLocation(file: target))
        }
        return target
    }

    /// Why this speech cannot be written, before anything is touched.
    private var problem: Diagnostic? {
        if title.isEmpty { return Diagnostic(WritingError.emptyTitle, at: nil) }
        if title.contains(where: \.isNewline) { return Diagnostic(WritingError.multilineTitle, at: nil) }
        if let problem = SpeechFileName.problem(with: slug) { return Diagnostic(WritingError.badFileName(slug, problem), at: nil) }
        return nil
    }

    /// The date an editor gave with `--date`, in any form a date field takes (`2024-05-01`, `2024年5月1日`…).
    public static func date(option text: String) throws(Diagnostic) -> SpeechDate {
        do {
            return try SpeechDate.reading(field: text)
        } catch .badDate {
            throw Diagnostic(WritingError.badDateOption(text), at: nil)
        } catch {
            throw Diagnostic(error, at: nil)
        }
    }

    private func refuseExisting(in folder: String) throws(Diagnostic) {
        for ext in SpeechFileName.speechExtensions.sorted() {
            let path = folder + "/" + slug + "." + ext
            if FileSystem.exists(path) { throw existing(path) }
        }
    }

    private func existing(_ path: String) -> Diagnostic {
        Diagnostic(WritingError.fileExists, at: SourceLocation(file: path))
    }
}
