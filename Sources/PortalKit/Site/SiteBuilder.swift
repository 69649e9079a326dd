import Foundation
import TemplateEngine

/// `portalgen build`: load → parse → keywords → Markdown → link → render → write.
///
/// Each stage takes the values the previous one made and nothing else, so each can be tested alone. Every
/// problem found in the input is collected and reported together; if there is any error, nothing is written
/// and the previous site stays as it was.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    public func build() throws(BuildFailure) -> BuildReport {
        var clock = StageClock(progress: options.progress)
        let log = DiagnosticLog()
        let cacheFile = BuildCache.path(output: options.output)
        let inputs = BuildCache.stamps(of: [options.siteRoot + "/" + ContentLoader.contentFolder, options.templatesFolder])
        let cache = BuildCache.load(from: cacheFile).flatMap { $0.settings == settingsHash ? $0 : nil }
        if let cache, cache.isUpToDate(inputs: inputs, output: FileSystem.absolute(options.output).resolvingSymlinks) {
            clock.stop()
            return BuildReport(
                speeches: cache.speeches, keywords: cache.keywords, filesWritten: 0, filesUnchanged: cache.pages.count,
                pagesRendered: 0, upToDate: true, seconds: clock.total, warnings: cache.warnings, stages: [],
                output: options.output)
        }

        let templates = loadTemplates(log)
        let writer = prepareOutput(log)
        defer { writer?.abandon() }
        var (model, _) = try analyze(log: log, clock: &clock)
        guard let templates, let writer else { throw BuildFailure(log.all) }

        clock.start("render")
        var (pages, rendered) = try writeSite(
            model, templates: templates, templatesHash: templatesHash(), cache: cache, writer: writer, log: log)
        // The pages are written: their HTML is not needed any more, and the search index is built next.
        model.dropBodyHTML()
        clock.start("search")
        try writeFiles(model, writer: writer, pages: &pages, log: log)

        clock.start("commit")
        let summary: OutputWriter.Summary
        do {
            summary = try writer.commit(siteReplaced: options.siteReplaced)
        } catch {
            log.add(error)
            throw BuildFailure(log.all)
        }
        for file in summary.keptForeign {
            log.add(.warning(
                at: SourceLocation(file: options.output + "/" + file), "this file was not made by portalgen; it was kept",
                hint: "put files the site should publish in templates/static/, so the build manages them"))
        }
        let saved = BuildCache(
            settings: settingsHash, written: Int64(Date().timeIntervalSince1970 * 1e9), inputs: inputs, pages: pages,
            speeches: model.speeches.count, keywords: model.keywords.count, warnings: log.warnings)
        // A cache that cannot be written only makes the next build slower.
        try? saved.save(to: cacheFile)
        clock.stop()
        return BuildReport(
            speeches: model.speeches.count, keywords: model.keywords.count, filesWritten: summary.written,
            filesUnchanged: summary.unchanged, pagesRendered: rendered, upToDate: false, seconds: clock.total,
            warnings: log.warnings,
            stages: clock.stages, output: writer.output)
    }

    /// load → parse → keywords → Markdown → link: the site model, without templates or output.
    func analyze(
        log: DiagnosticLog, clock: inout StageClock, discovery: ((inout KeywordDiscovery.Options) -> Void)? = nil
    ) throws(BuildFailure) -> (SiteModel, KeywordStage.Output) {
        clock.start("load")
        let content = ContentLoader(siteRoot: options.siteRoot).load()
        log.add(contentsOf: content.diagnostics)
        let glossary = content.glossary.map { Glossary.read(yaml: $0.text, file: $0.path) } ?? (.empty, [])
        log.add(contentsOf: glossary.1)

        clock.start("parse")
        var speeches = parseSpeeches(content.speechFiles, log: log)

        clock.start("keywords")
        var stage = KeywordStage(glossary: glossary.0, log: log)
        stage.adjustDiscovery = discovery
        let keywords = stage.run(speeches)

        clock.start("markdown")
        let rendered = renderBodies(&speeches, keywords: keywords, log: log)
        guard !log.hasErrors else { throw BuildFailure(log.all) }

        clock.start("link")
        let linker = SiteLinker(config: content.config, vocabulary: keywords.vocabulary, glossary: glossary.0)
        return (linker.link(rendered), keywords)
    }

    /// What makes a build's output differ besides its inputs: the options and this version of portalgen.
    private var settingsHash: UInt64 {
        var hasher = StableHasher()
        hasher.combine(PortalgenVersion.current)
        hasher.combine(options.includeDrafts)
        hasher.combine(options.strict)
        hasher.combine(FileSystem.absolute(options.templatesFolder))
        hasher.combine(FileSystem.absolute(options.output))
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

    private func loadTemplates(_ log: DiagnosticLog) -> TemplateLibrary? {
        do {
            return try TemplateLoader.load(directory: options.templatesFolder, displayRoot: options.templatesDisplayRoot)
        } catch {
            log.add(error)
            return nil
        }
    }

    private func prepareOutput(_ log: DiagnosticLog) -> OutputWriter? {
        do {
            return try OutputWriter(output: options.output, siteRoot: options.siteRoot)
        } catch {
            log.add(error)
            return nil
        }
    }
}

/// Times the stages of a build and announces each one.
struct StageClock {
    let progress: (@Sendable (String) -> Void)?
    private let begin = DispatchTime.now().uptimeNanoseconds
    private var current: (name: String, start: UInt64)?
    private(set) var stages: [BuildReport.Stage] = []

    init(progress: (@Sendable (String) -> Void)?) {
        self.progress = progress
    }

    mutating func start(_ stage: String) {
        stop()
        progress?(stage)
        current = (stage, DispatchTime.now().uptimeNanoseconds)
    }

    mutating func stop() {
        guard let current else { return }
        stages.append(BuildReport.Stage(
            name: current.name, seconds: Double(DispatchTime.now().uptimeNanoseconds - current.start) / 1e9,
            peakMiB: ProcessMemory.peakMiB))
        self.current = nil
    }

    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9 }
}
