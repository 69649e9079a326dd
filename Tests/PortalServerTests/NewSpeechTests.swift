import Foundation
import PortalKit
import Testing

/// `portalgen new`: the file-name rule, the refusal to overwrite, and a file the build accepts as it is.
@Suite("New speeches", .timeLimit(.minutes(1)))
struct NewSpeechTests {
    static let date = SpeechDate(year: 2024, month: 5, day: 1)!

    @Test func chineseTitleGetsTheDateAndAStableShortHash() {
        let slug = NewSpeech.slug(title: "在工会干部培训班上的讲话", date: Self.date)
        #expect(slug.hasPrefix("2024-05-01-"))
        let hash = slug.dropFirst("2024-05-01-".count)
        #expect(hash.count == 6)
        #expect(hash.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        // The same title gives the same name, every run; another title another name.
        #expect(NewSpeech.slug(title: "在工会干部培训班上的讲话", date: Self.date) == slug)
        #expect(NewSpeech.slug(title: "在全委会议上的讲话", date: Self.date) != slug)
        // Decomposed and composed forms of a title are one title.
        #expect(NewSpeech.slug(title: "Cafe\u{301} 讲话讲话讲话", date: Self.date)
            == NewSpeech.slug(title: "Caf\u{E9} 讲话讲话讲话", date: Self.date))
    }

    @Test func theHashIsFixedAcrossVersions() {
        // A published address must not move when portalgen is updated: pin one value.
        #expect(NewSpeech.slug(title: "讲话", date: SpeechDate(year: 2023)!) == "2023-7a0367")
        #expect(NewSpeech.slug(title: "在工会干部培训班上的讲话", date: Self.date) == "2024-05-01-c43abe")
        #expect(NewSpeech.slug(title: "讲话", date: SpeechDate(year: 2023)!) == "2023-\(Self.fnv("讲话"))")
    }

    @Test(arguments: [
        ("Annual Report 2024", "2024-05-01-annual-report-2024"),
        ("  Trade-Union   Work: A Review! ", "2024-05-01-trade-union-work-a-review"),
        ("G20 峰会", "2024-05-01-g20"),
        ("A very long English title that goes on and on past the forty character limit", "2024-05-01-a-very-long-english-title-that-goes-on"),
    ])
    func latinTitleGivesItsWords(title: String, slug: String) {
        #expect(NewSpeech.slug(title: title, date: Self.date) == slug)
    }

    @Test func partialDatesStayPartial() {
        #expect(NewSpeech.slug(title: "Plan", date: SpeechDate(year: 2023, month: 10)!) == "2023-10-plan")
        #expect(NewSpeech.slug(title: "Plan", date: SpeechDate(year: 2023)!) == "2023-plan")
    }

    @Test func todayIsTheEditorsLocalDate() {
        // 2024-04-30 20:00 UTC is already 1 May in Beijing, still 30 April in New York.
        let instant = Date(timeIntervalSince1970: 1_714_507_200)
        #expect(NewSpeech.today(now: instant, timeZone: TimeZone(identifier: "Asia/Shanghai")!).description == "2024-05-01")
        #expect(NewSpeech.today(now: instant, timeZone: TimeZone(identifier: "America/New_York")!).description == "2024-04-30")
    }

    @Test func theFileHasFrontMatterAndAPlaceholder() throws {
        let text = NewSpeech(title: "在工会干部培训班上的讲话", date: Self.date, occasion: "工会干部培训班").text
        #expect(text.hasPrefix("---\ntitle: 在工会干部培训班上的讲话\n"))
        #expect(text.contains("\noccasion: 工会干部培训班\n"))
        #expect(text.contains("2024-05-01"))
        #expect(text.contains("\n# speaker:"))
        #expect(text.contains("\n# keywords:"))
        #expect(text.contains("\ndraft: true\n"))
        #expect(!text.contains("# occasion:"))
        #expect(NewSpeech(title: "讲话", date: Self.date).text.contains("\n# occasion:"))
    }

    @Test func writtenFileIsADraftWhosePlaceholderNeverReachesAPublishedPage() throws {
        let site = try Self.emptySite()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let titles = ["在工会干部培训班上的讲话", "Title: with a colon", "#1 \"quoted\" 'title'", "true"]
        var written: [String] = []
        for (index, title) in titles.enumerated() {
            let speech = NewSpeech(title: title, date: SpeechDate(year: 2024, month: 5, day: index + 1)!, occasion: "座谈会")
            written.append(try speech.write(siteRoot: site))
        }
        #expect(written.first == site + "/content/speeches/" + NewSpeech.slug(title: titles[0], date: Self.date) + ".md")
        let templates = PreviewHarness.repository.appendingPathComponent("templates").path
        // A draft is left out of a build, without a word.
        let published = try SiteBuilder(options: BuildOptions(siteRoot: site, templates: templates)).build()
        #expect(published.speeches == 0)
        #expect(published.warnings.isEmpty, "\(published.warnings)")
        // Built with the drafts, every placeholder is an error at its place.
        let withDrafts = #expect(throws: BuildFailure.self) {
            try SiteBuilder(options: BuildOptions(siteRoot: site, templates: templates, includeDrafts: true)).build()
        }
        #expect(withDrafts?.diagnostics.map(\.message.key) == Array(repeating: .placeholder, count: titles.count))
        #expect(withDrafts?.diagnostics.first?.location?.line == 13)
        // The preview shows them, with a warning each.
        var preview = BuildOptions(siteRoot: site, output: site + "/preview", templates: templates, includeDrafts: true)
        preview.placeholdersAreErrors = false
        let report = try SiteBuilder(options: preview).build()
        #expect(report.speeches == titles.count)
        #expect(report.warnings.map(\.message.key) == Array(repeating: .placeholder, count: titles.count))
        for title in titles {
            let slug = NewSpeech.slug(title: title, date: SpeechDate(year: 2024, month: 5, day: titles.firstIndex(of: title)! + 1)!)
            let page = try String(contentsOfFile: site + "/preview/speeches/\(slug)/index.html", encoding: .utf8)
            #expect(page.contains(title.replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")))
        }
    }

    @Test func anExistingFileIsNeverReplaced() throws {
        let site = try Self.emptySite()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let speech = NewSpeech(title: "在全委会议上的讲话", date: Self.date)
        let path = try speech.write(siteRoot: site)
        try Data("编辑写的内容".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: Diagnostic.self) { try speech.write(siteRoot: site) }
        #expect(error?.location?.file == path)
        #expect(error?.message.key == .newFileExists)
        #expect(error?.description.contains("nothing was written") == true)
        #expect(error?.description.contains("rename") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "编辑写的内容")
        // A plain-text speech with the same name would clash too.
        let other = NewSpeech(title: "另一篇", date: Self.date)
        try Data("x".utf8).write(to: URL(fileURLWithPath: site + "/content/speeches/\(other.slug).txt"))
        #expect(throws: Diagnostic.self) { try other.write(siteRoot: site) }
        // No temporary file is left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: site + "/content/speeches")
        #expect(names.allSatisfy { !$0.contains(".portalgen-") })
    }

    @Test func refusedWithoutAContentFolderOrATitle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-new-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let noContent = #expect(throws: Diagnostic.self) { try NewSpeech(title: "讲话", date: Self.date).write(siteRoot: folder) }
        #expect(noContent?.message.key == .siteWithoutContentFolder)
        #expect(noContent?.description.contains("--source") == true)
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        #expect(throws: Diagnostic.self) { try NewSpeech(title: "   ", date: Self.date).write(siteRoot: folder) }
        #expect(throws: Diagnostic.self) { try NewSpeech(title: "一行\n两行", date: Self.date).write(siteRoot: folder) }
        // The speeches folder is made when missing.
        let path = try NewSpeech(title: "讲话", date: Self.date).write(siteRoot: folder)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    static func emptySite() throws -> String {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-new-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: site + "/content/speeches", withIntermediateDirectories: true)
        return site
    }

    /// The documented rule, computed independently: FNV-1a 32 of the UTF-8 bytes, top 24 bits in hex.
    static func fnv(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash >> 8, radix: 16)
        return String(repeating: "0", count: 6 - hex.count) + hex
    }
}
