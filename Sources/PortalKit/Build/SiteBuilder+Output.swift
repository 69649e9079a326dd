import Foundation
import PortalSupport
import SearchIndex
import TemplateEngine

extension SiteBuilder {
    /// Render and write: every page through its template, in parallel, straight to the staging folder; a page
    /// whose fingerprint the cache knows is kept instead.
    /// - Returns: each page's fingerprint, for the next build's cache, and how many pages were rendered (the
    ///   others were kept from the last build).
    func writeSite(
        _ model: SiteModel, theme: Theme, templatesHash: UInt64, cache: BuildCache?, writer: OutputWriter,
        log: DiagnosticLog
    ) throws(BuildFailure) -> (fingerprints: [String: UInt64], rendered: Int) {
        let templates = theme.templates
        let views = SiteViews(model: model, labels: theme.labels)
        let strict = options.strict
        let output = writer.output
        let outcomes = SiteRoutes.pages(of: model).parallelMap { page -> PageOutcome in
            let view = views.view(of: page)
            let path = view.path.path
            let fingerprint = PageFingerprint.of(view.context, template: view.template, templates: templatesHash)
            // Strict builds render every page: they must see every name the templates read.
            if !strict, cache?.unchangedPage(path, fingerprint: fingerprint, output: output) == true {
                writer.keep(path)
                return PageOutcome(path: path, rendered: false, fingerprint: fingerprint)
            }
            var html: [UInt8] = []
            html.reserveCapacity(48 * 1024)
            var outcome = PageOutcome(path: path, rendered: true)
            do throws(TemplateError) {
                try templates.render(
                    view.template, context: view.context, into: &html, strict: strict, unresolved: &outcome.unresolved)
            } catch {
                outcome.failure = ThemeLoader.diagnostic(for: error)
                return outcome
            }
            do throws(FileSystem.Failure) {
                try writer.write(path, html)
            } catch {
                outcome.writeFailure = error
                return outcome
            }
            outcome.fingerprint = fingerprint
            return outcome
        }
        var fingerprints: [String: UInt64] = [:]
        var reported: Set<UnresolvedName> = []
        Self.report(writeFailures: outcomes.compactMap(\.writeFailure), log: log)
        for outcome in outcomes {
            if let failure = outcome.failure { log.add(failure) }
            if let fingerprint = outcome.fingerprint { fingerprints[outcome.path] = fingerprint }
            for name in outcome.unresolved where reported.insert(name).inserted {
                log.add(
                    ThemeError.unresolvedName(name.name, page: outcome.path),
                    at: SourceLocation(file: templates.file(of: name.template) ?? name.template, line: name.line, column: name.column))
            }
        }
        let rendered = outcomes.count { $0.rendered }

        if log.hasErrors { throw BuildFailure(log.all) }
        return (fingerprints, rendered)
    }

    /// What became of one page.
    struct PageOutcome: Sendable {
        var path: String
        /// Rendered from its template, or kept from the last build.
        var rendered: Bool
        /// Set once the page is in the new site.
        var fingerprint: UInt64?
        var unresolved: [UnresolvedName] = []
        /// A template's error.
        var failure: Diagnostic?
        var writeFailure: FileSystem.Failure?
    }

    /// Files that could not be written, told once per cause with a count: a full disk fails every file after
    /// the first, and a thousand times the same line hides what matters.
    static func report(writeFailures: [FileSystem.Failure], log: DiagnosticLog) {
        let byCause = Dictionary(grouping: writeFailures, by: \.code).values.map { $0.sorted { $0.path < $1.path } }
        for failures in byCause.sorted(by: { $0[0].path < $1[0].path }) {
            log.add(OutputError.cannotWrite(failures[0], more: failures.count - 1), at: SourceLocation(file: failures[0].path))
        }
    }

    /// The files that are not pages, besides the search index: the feed, the sitemap, robots.txt and the
    /// theme's static files. They join `fingerprints` (with none: they are compared by their bytes), so the next
    /// build can tell they are still there.
    func writeFiles(
        _ model: SiteModel, writer: OutputWriter, fingerprints: inout [String: UInt64], log: DiagnosticLog
    ) throws(BuildFailure) {
        let pagePaths = SiteRoutes.sitemapPages(of: model)
        let extras: [(String, [UInt8])] = [
            (SiteRoutes.feed, Array(AtomFeed(model: model, limit: 20).render().utf8)),
            (SiteRoutes.sitemap, Array(Sitemap(model: model).render(pages: pagePaths).utf8)),
            (SiteRoutes.robots, Array(Sitemap(model: model).robots().utf8)),
        ]
        let staticFolder = options.templatesFolder + "/" + ThemeLoader.staticFolder
        let staticFiles = ThemeLoader.staticFiles(in: options.templatesFolder).map { file in
            (SiteRoutes.staticFolder + "/" + file, FileSystem.readBytes(staticFolder + "/" + file))
        }
        let files = extras + staticFiles.compactMap { file in file.1.map { (file.0, $0) } }
        let failures = files.parallelMap { file -> FileSystem.Failure? in
            do throws(FileSystem.Failure) {
                try writer.write(file.0, file.1)
                return nil
            } catch {
                return error
            }
        }
        Self.report(writeFailures: failures.compactMap { $0 }, log: log)
        if log.hasErrors { throw BuildFailure(log.all) }
        for (path, _) in files { fingerprints[path] = 0 }
    }

    /// The full-text search index of `documents` (`searchDocuments`) and `keywords` (`searchKeywords`). Each
    /// file is written as soon as the index builder makes it: thousands of files, 65 MB of stored text at
    /// 10,000 speeches, never all in memory. They join `fingerprints` like the other files.
    func writeSearchIndex(
        documents: [SearchDocument], keywords: [SearchKeyword], writer: OutputWriter,
        fingerprints: inout [String: UInt64], log: DiagnosticLog
    ) throws(BuildFailure) {
        let written = WrittenFiles()
        searchIndexBuilder.build(documents: documents, keywords: keywords) { file in
            do throws(FileSystem.Failure) {
                try writer.write(file.path, file.bytes)
                written.add(file.path)
            } catch {
                written.add(error)
            }
        }
        Self.report(writeFailures: written.failures, log: log)
        if log.hasErrors { throw BuildFailure(log.all) }
        for path in written.paths { fingerprints[path] = 0 }
    }

    /// The search index's builder, as a build sets it up.
    var searchIndexBuilder: SearchIndexBuilder {
        SearchIndexBuilder(options: .init(directory: SiteRoutes.searchIndexFolder, threads: WorkerCount.active))
    }

    /// The keyword pages for the search index, in the model's order (the positions `searchDocuments` gives).
    func searchKeywords(_ model: SiteModel) -> [SearchKeyword] {
        model.keywords.map { entry in
            let keyword = model.vocabulary[entry.id]
            return SearchKeyword(
                term: keyword.term, aliases: keyword.aliases, url: entry.path.encoded,
                speechCount: entry.uses.count, description: keyword.description)
        }
    }

    /// Each speech for the search index. Its keywords are those with a page, a former keyword's kept page
    /// among them, so the keyword filter finds every speech the keyword's page lists.
    func searchDocuments(_ model: SiteModel, labels: ThemeLabels) -> [SearchDocument] {
        model.speeches.map { speech in
            SearchDocument(
                url: speech.path.encoded, title: speech.title, date: speech.date.map(labels.date),
                dateKey: speech.date.map { $0.year * 10000 + ($0.month ?? 0) * 100 + ($0.day ?? 0) } ?? 0,
                keywords: Self.keywordPageIndices(of: speech, in: model),
                sections: speech.body.blocks.map {
                    SearchSection(anchor: $0.anchor, isHeading: $0.isHeading, text: $0.text.replacingLineBreaks)
                })
        }
    }

    /// The positions of a speech's keyword pages, its keywords' then its retired keywords', in one array made
    /// at its size (no joined list per speech: at 10,000 speeches the search stage holds every text already).
    private static func keywordPageIndices(of speech: SpeechEntry, in model: SiteModel) -> [Int] {
        var indices: [Int] = []
        indices.reserveCapacity(speech.keywords.count + speech.retiredKeywords.count)
        speech.forEachCountedKeyword { keyword in
            if let page = model.keywordPage[keyword.keyword] { indices.append(page.index) }
        }
        return indices
    }
}

/// The files written from the search index builder's threads, and those that could not be.
private final class WrittenFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var written: [String] = []
    private var failed: [FileSystem.Failure] = []

    func add(_ path: String) { lock.withLock { written.append(path) } }
    func add(_ failure: FileSystem.Failure) { lock.withLock { failed.append(failure) } }

    var paths: [String] { lock.withLock { written } }
    var failures: [FileSystem.Failure] { lock.withLock { failed } }
}
