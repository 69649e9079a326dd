import Foundation
import PortalSupport
import PortalTestSupport
import Testing
@testable import PortalKit

/// What a build needs besides content is checked before any speech is read.
@Suite struct SiteBuilderPreconditionTests {
    /// A site folder with speeches (one of them wrong) and, when asked, the repository's templates.
    static func site(templates: Bool) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preconditions-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/content/speeches", withIntermediateDirectories: true)
        try Data(TestSite.speech("在全委会议上的讲话", date: "2024-01-05", "同志们：").utf8)
            .write(to: URL(fileURLWithPath: root + "/content/speeches/2024-a.md"))
        try Data("---\ntitel: 无题\n---\n正文\n".utf8).write(to: URL(fileURLWithPath: root + "/content/speeches/2024-b.md"))
        if templates {
            try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent("templates").path, toPath: root + "/templates")
        }
        return root
    }

    /// The stages a build started and the messages it failed with.
    static func failedBuild(_ options: BuildOptions) -> (stages: [BuildStage], keys: [MessageKey]) {
        let stages = StageRecorder()
        var options = options
        options.progress = { stages.append($0) }
        do {
            _ = try SiteBuilder(options: options).build()
            return (stages.all, [])
        } catch {
            return (stages.all, error.diagnostics.map(\.message.key))
        }
    }

    /// No templates folder: the build says so without reading a speech (the wrong speech is not reported).
    @Test func missingTemplatesFolderStopsBeforeTheContent() throws {
        let root = try Self.site(templates: false)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (stages, keys) = Self.failedBuild(BuildOptions(siteRoot: root))
        #expect(keys == [.noTemplatesFolder])
        #expect(stages.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root + "/public"))
    }

    /// A template that does not parse stops the build before the content too.
    @Test func brokenTemplateStopsBeforeTheContent() throws {
        let root = try Self.site(templates: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("{{#speeches}}\n".utf8).write(to: URL(fileURLWithPath: root + "/templates/home.mustache"))
        let (stages, keys) = Self.failedBuild(BuildOptions(siteRoot: root))
        #expect(keys.count == 1)
        #expect(keys.allSatisfy { $0 != .missingTitle })
        #expect(stages.isEmpty)
    }

    /// With the theme in order, every content problem is reported.
    @Test func contentProblemsAreReportedOnceTheThemeIsSound() throws {
        let root = try Self.site(templates: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (stages, keys) = Self.failedBuild(BuildOptions(siteRoot: root))
        #expect(keys.contains(.missingTitle))
        #expect(stages.first == .load)
    }

    /// A site folder without `content/` (a mistyped `--source`) is an error, and the folder is not created.
    @Test func missingContentFolderIsAnErrorAndCreatesNothing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preconditions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let templates = Repository.root.appendingPathComponent("templates").path
        let (stages, keys) = Self.failedBuild(BuildOptions(siteRoot: root, templates: templates))
        #expect(keys == [.siteWithoutContentFolder])
        #expect(stages.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root))
        let both = Self.failedBuild(BuildOptions(siteRoot: root))
        #expect(both.keys == [.siteWithoutContentFolder, .noTemplatesFolder])
    }

    /// A `content/` folder without `content/speeches/` is a new site: built, with a warning.
    @Test func contentWithoutSpeechesFolderBuildsWithAWarning() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preconditions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        let templates = Repository.root.appendingPathComponent("templates").path
        let report = try SiteBuilder(options: BuildOptions(siteRoot: root, templates: templates)).build()
        #expect(report.warnings.map(\.message.key) == [.noSpeechesFolder])
    }
}

/// The stages a build reports, from whichever thread it reports them on.
private final class StageRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var stages: [BuildStage] = []

    func append(_ stage: BuildStage) {
        lock.withLock { stages.append(stage) }
    }

    var all: [BuildStage] { lock.withLock { stages } }
}
