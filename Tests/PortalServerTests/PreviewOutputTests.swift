import Foundation
import PortalKit
import Testing
@testable import PortalServer

/// The preview builds into its own folder: `public/` only ever holds what `portalgen build` made, and drafts
/// never reach it.
@Suite("The preview's own folder", .timeLimit(.minutes(1)))
struct PreviewOutputTests {
    static let draftPage = "/speeches/2022-03-draft/"

    @Test func thePreviewFolderIsInTheSitesCacheFolder() {
        #expect(PreviewConfiguration.previewFolder(siteRoot: ".") == ".portalgen-cache/preview")
        #expect(PreviewConfiguration.previewFolder(siteRoot: "/srv/site") == "/srv/site/.portalgen-cache/preview")
    }

    /// With a site built into public/ and with none: public/ is byte for byte what it was, while the
    /// preview serves the draft, in its pages, sitemap and feed, and follows edits to it.
    @Test(arguments: [true, false])
    func draftsArePreviewedButNeverPublished(builtBefore: Bool) throws {
        try withPreview(drafts: true) { preview in
            let published = preview.site.appendingPathComponent("public")
            if builtBefore {
                _ = try SiteBuilder(options: BuildOptions(
                    siteRoot: preview.site.path, templates: PreviewHarness.repository.path + "/templates")).build()
            }
            let before = Self.snapshot(published)
            #expect(before.isEmpty != builtBefore)

            let draft = try preview.http.request(Self.draftPage)
            #expect(draft.status == 200)
            #expect(draft.text.contains("这是一篇草稿。"))
            #expect(try preview.http.request("/sitemap.xml").text.contains("2022-03-draft"))
            #expect(try preview.http.request("/feed.xml").text.contains("未发布的草稿"))
            try preview.write("content/speeches/2022-03-draft.md", "---\ntitle: 未发布的草稿\ndate: 2022-03\ndraft: true\n---\n草稿改过了。\n")
            let edited = try preview.poll(Self.draftPage) { $0.text.contains("草稿改过了。") }
            #expect(edited.text.contains("草稿改过了。"))

            #expect(Self.snapshot(published) == before)
            #expect(preview.output.path.hasPrefix(preview.site.path + "/.portalgen-cache/preview"))
            // The preview's build cache sits beside it, not in a cache folder of its own.
            #expect(FileManager.default.fileExists(atPath: preview.site.path + "/.portalgen-cache/preview.cache"))
        }
    }

    /// `serve --output public --drafts`, however the folder is named, is refused before anything is built.
    @Test(arguments: ["public", "public/", "./public", "published-link"])
    func draftsIntoThePublishedFolderAreRefused(output: String) throws {
        let site = try Self.copyOfBasicSite()
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(atPath: site.path + "/public", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: site.path + "/published-link", withDestinationPath: "public")
        let options = BuildOptions(
            siteRoot: site.path, output: site.path + "/" + output, templates: PreviewHarness.repository.path + "/templates",
            includeDrafts: true)
        let server = PreviewServer(configuration: PreviewConfiguration(build: options, port: 0))
        let failure = #expect(throws: BuildFailure.self) { try server.start() }
        let printed = failure?.description ?? ""
        #expect(printed.contains("the folder `portalgen build` publishes"))
        #expect(printed.contains("hint: leave out `--output`"))
        server.stop()
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path + "/public").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.path + "/.portalgen-cache"))
    }

    /// Without drafts the preview may build into public/: it then holds what `portalgen build` makes.
    @Test func withoutDraftsThePublishedFolderMayBeUsed() throws {
        let preview = try PreviewHarness(output: "public")
        defer { preview.stop() }
        #expect(try preview.http.request("/").status == 200)
        #expect(try preview.http.request(Self.draftPage).status == 404)
    }

    @Test func twoPreviewsCannotShareAFolder() throws {
        try withPreview { first in
            let second = PreviewServer(configuration: first.server.configuration)
            let failure = #expect(throws: BuildFailure.self) { try second.start() }
            #expect(failure?.diagnostics.map(\.message) == [PreviewError.alreadyServing(output: second.configuration.build.output).message])
            second.stop()
            // The first one is still serving.
            #expect(try first.http.request("/").status == 200)
            // Once it stops, the folder is free again.
            first.server.stop()
            let third = PreviewServer(configuration: first.server.configuration)
            _ = try third.start()
            third.stop()
        }
    }

    /// A folder without `content/` (a mistyped `--source`) gets the build's errors, and nothing is written
    /// into it: no preview folder, no lock file.
    @Test func aFolderThatIsNotASiteIsRefusedBeforeAnythingIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = BuildOptions(
            siteRoot: folder.path, output: PreviewConfiguration.previewFolder(siteRoot: folder.path),
            templates: PreviewHarness.repository.path + "/templates")
        let server = PreviewServer(configuration: PreviewConfiguration(build: options, port: 0))
        let failure = #expect(throws: BuildFailure.self) { try server.start() }
        #expect(failure?.diagnostics.map(\.message.key) == [.siteWithoutContentFolder])
        server.stop()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    static func copyOfBasicSite() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-serve-\(UUID().uuidString)")
        try FileManager.default.copyItem(
            at: PreviewHarness.repository.appendingPathComponent("Tests/Fixtures/valid/basic"), to: site)
        return site
    }

    /// Every file below `folder` with its bytes (empty when there is no folder).
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder.path + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
