import Foundation
import Keywords
import PortalSupport
import TemplateEngine

/// `portalgen build`: load → parse → keywords → Markdown → link → render → write.
///
/// Each stage takes the values the previous one made and nothing else, so each can be tested alone. What
/// needs no content (the folders, the theme, the output folder) is checked first, and a build stops there
/// when it is wrong; every problem found in the content is then collected and reported together. If there
/// is any error, nothing is written and the previous site stays as it was. One build at a time writes an
/// output folder: each holds a lock on the folder it is in (where its staging folder and journal go too)
/// from before it reads the cache until the cache is saved.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site; every error found is in the failure, and then nothing was written.
    public func build() throws(BuildFailure) -> BuildReport {
        ProcessMemory.returnLargeBlocksWhenFreed()
        var clock = StageClock(progress: options.progress)
        let log = DiagnosticLog()
        try checkFolders()
        let outputLock = try lockOutput()
        defer { outputLock.release() }
        let cacheFile = BuildCache.path(output: options.output)
        BuildCache.removeLeftovers(of: cacheFile)
        let inputFolders = [options.siteRoot + "/" + ContentLoader.contentFolder, options.templatesFolder]
        let inputs = BuildCache.inputs(of: inputFolders)
        let (stored, refusal) = BuildCache.read(from: cacheFile)
        if let refusal { log.add(OutputError.cacheIgnored(path: cacheFile, refusal), at: SourceLocation(file: cacheFile)) }
        let cache = stored.flatMap { $0.settings == settingsHash ? $0 : nil }
        let resolvedOutput = FilePath.resolvingLinks(FilePath.absolute(options.output))
        let hasManifest = FileSystem.exists(resolvedOutput + "/" + OutputWriter.manifestName)
        if let cache, hasManifest, cache.isUpToDate(inputs: inputs, output: resolvedOutput) {
            clock.stop()
            return BuildReport(
                speeches: cache.speeches, keywords: cache.keywords, filesWritten: 0, filesUnchanged: cache.pages.count,
                pagesRendered: 0, upToDate: true, seconds: clock.total, warnings: cache.warnings, stages: [],
                output: options.output)
        }

        let (theme, themeDiagnostics) = ThemeLoader.load(
            directory: options.templatesFolder, displayRoot: options.templatesDisplayRoot)
        log.add(contentsOf: themeDiagnostics)
        let writer = prepareOutput(log, formerFiles: hasManifest ? nil : stored?.filesWritten(into: resolvedOutput))
        defer { writer?.abandon() }
        guard let theme, let writer else { throw BuildFailure(log.all) }
        var (model, _, keywordLock) = try analyze(log: log, clock: &clock, labels: theme.labels)
        try refuseEmptySite(model, log: log)

        clock.start(.render)
        var (fingerprints, rendered) = try writeSite(
            model, theme: theme, templatesHash: templatesHash(), cache: cache, writer: writer, log: log)
        clock.start(.search)
        try writeFiles(model, writer: writer, fingerprints: &fingerprints, log: log)
        model.dropBodyHTML()
        // The search index's documents and keywords read the speeches' keywords and the pages' uses: taken
        // before those are dropped, once every page and listing is written.
        let (documents, keywords) = (searchDocuments(model, labels: theme.labels), searchKeywords(model))
        model.dropPageData()
        try writeSearchIndex(
            documents: documents, keywords: keywords, writer: writer, fingerprints: &fingerprints, log: log)

        clock.start(.commit)
        let summary: OutputWriter.Summary
        do {
            summary = try writer.commit(siteReplaced: options.siteReplaced)
        } catch {
            log.add(error)
            throw BuildFailure(log.all)
        }
        for file in summary.keptForeign {
            log.add(OutputError.foreignFileKept, at: SourceLocation(file: options.output + "/" + file))
        }
        var cachedInputs = inputs
        var ownInputs: Set<String> = []
        if options.recordsPublishedKeywords, let lockPath = recordPublishedKeywords(model, lock: keywordLock, log: log) {
            // The build changed one of its inputs: the cache keeps the new stamp, unless something else changed
            // meanwhile (then the next build must look again).
            let now = BuildCache.inputs(of: inputFolders)
            if now.filter({ $0.path != lockPath }) == inputs.filter({ $0.path != lockPath }) {
                cachedInputs = now
                ownInputs = [lockPath]
            }
        }
        let saved = BuildCache(
            settings: settingsHash, written: Int64(Date().timeIntervalSince1970 * 1e9), inputs: cachedInputs,
            ownInputs: ownInputs, pages: Self.stamped(fingerprints, in: writer),
            speeches: model.speeches.count, keywords: model.keywords.count,
            // Changed addresses are news of this build only, not shown again when nothing changes.
            warnings: log.warnings.filter { !KeywordsError.addressChangeKeys.contains($0.message.key) })
        // A cache that cannot be written only makes the next build slower.
        try? saved.save(to: cacheFile)
        clock.stop()
        return BuildReport(
            speeches: model.speeches.count, keywords: model.keywords.count, filesWritten: summary.written,
            filesUnchanged: summary.unchanged, pagesRendered: rendered, upToDate: false, seconds: clock.total,
            warnings: log.warnings, stages: clock.stages, output: writer.output,
            valuesFromDocuments: model.speeches.map(\.source).filter(\.origins.anyFromDocument).map(SpeechValues.init))
    }

    /// load → parse → keywords → Markdown → link: the site model, without templates or output, and the lock
    /// file as it was read.
    /// - Parameters:
    ///   - labels: the theme's, for the tooltips of keyword links in speeches; nil when no page is written.
    ///   - suggest: also assess every candidate over the whole corpus (`portalgen keywords --suggest`).
    func analyze(
        log: DiagnosticLog, clock: inout StageClock, labels: ThemeLabels?, suggest: Bool = false
    ) throws(BuildFailure) -> (SiteModel, KeywordStage.Output, KeywordLockFile) {
        clock.start(.load)
        let content = ContentLoader(siteRoot: options.siteRoot, strict: options.strict).load()
        log.add(contentsOf: content.diagnostics)
        let glossary = content.glossary.map { GlossaryReader.read(yaml: $0.text, file: $0.path) } ?? (.empty, [])
        log.add(contentsOf: glossary.1)
        let lock = KeywordLockFile(read: content.lock?.text)
        for problem in lock.problems {
            log.add(problem.error, at: SourceLocation(file: ContentLoader.lockFile, line: problem.line, column: problem.column))
        }

        clock.start(.parse)
        var speeches = parseSpeeches(content.speechFiles, log: log)

        clock.start(.duplicates)
        reportDuplicates(speeches, log: log)

        clock.start(.keywords)
        let keywords = KeywordStage(glossary: glossary.0, published: lock.published, suggest: suggest)
            .run(markdown: speeches.map(\.markdown), years: speeches.map(\.metadata.date?.year),
                 frontMatterKeywords: speeches.flatMap(\.metadata.keywords))
        for (warning, place) in keywords.warnings { log.add(warning, at: place) }

        clock.start(.markdown)
        let rendered = renderBodies(&speeches, keywords: keywords, labels: labels, log: log)
        guard !log.hasErrors else { throw BuildFailure(log.all) }

        clock.start(.link)
        let linker = SiteLinker(
            config: content.config, vocabulary: keywords.vocabulary, glossary: glossary.0, published: lock.published,
            keptPageMinSpeeches: keywords.keptPageMinSpeeches)
        let model = linker.link(rendered)
        for change in model.addressChanges { log.add(change, at: SourceLocation(file: ContentLoader.lockFile)) }
        return (model, keywords, lock)
    }

    /// What makes a build's output differ besides its inputs: the options and this version of portalgen.
    private var settingsHash: UInt64 {
        var hasher = StableHasher()
        hasher.combine(PortalgenVersion.current)
        hasher.combine(options.includeDrafts)
        hasher.combine(options.strict)
        hasher.combine(options.placeholdersAreErrors)
        hasher.combine(FilePath.absolute(options.templatesFolder))
        hasher.combine(FilePath.absolute(options.output))
        return hasher.finalize()
    }

    /// The templates' sources, for page fingerprints.
    private func templatesHash() -> UInt64 {
        var hasher = StableHasher()
        for file in FileSystem.listFiles(under: options.templatesFolder) where file.hasSuffix(".mustache") {
            hasher.combine(file)
            hasher.combine(StableHasher.hash(bytes: FileSystem.readBytes(options.templatesFolder + "/" + file) ?? []))
        }
        return hasher.finalize()
    }

    private func prepareOutput(_ log: DiagnosticLog, formerFiles: Set<String>?) -> OutputWriter? {
        do {
            return try OutputWriter(output: options.output, siteRoot: options.siteRoot, formerFiles: formerFiles)
        } catch {
            log.add(error)
            return nil
        }
    }

    /// Takes the build lock, a lock on the folder the output folder is in (no lock file: a refused build
    /// leaves nothing behind), waiting `options.lockTimeout` for another build to finish with it.
    private func lockOutput() throws(BuildFailure) -> FileLock {
        let path = FilePath.parent(of: FilePath.resolvingLinks(FilePath.absolute(options.output)))
        let lock: FileLock?
        do throws(FileSystem.Failure) {
            try FileSystem.createDirectories(path)
            lock = try FileLock.acquire(path, timeout: options.lockTimeout)
        } catch {
            throw BuildFailure([Diagnostic(OutputError.cannotPrepare(error), at: SourceLocation(file: error.path))])
        }
        guard let lock else {
            let busy = OutputError.busy(output: options.output, seconds: Int(options.lockTimeout.rounded()))
            throw BuildFailure([Diagnostic(busy, at: SourceLocation(file: options.output))])
        }
        return lock
    }

    /// Each written file's fingerprint with its stamp in the output folder, for the next build's cache.
    private static func stamped(_ fingerprints: [String: UInt64], in writer: OutputWriter) -> [String: BuildCache.Page] {
        let paths = Array(fingerprints.keys)
        let stamps = paths.parallelMap { writer.stamp(of: $0) }
        var pages: [String: BuildCache.Page] = [:]
        for (path, stamp) in zip(paths, stamps) {
            if let stamp, let fingerprint = fingerprints[path] { pages[path] = BuildCache.Page(fingerprint: fingerprint, stamp: stamp) }
        }
        return pages
    }
}
