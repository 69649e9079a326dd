import Foundation
import PortalSupport
import Testing

@Suite struct DirectoryWalkerTests {
    /// `b/`, `a.md`, `.hidden/x.md`, `c~`, `b/deep/z.md`, a link to `outside/` and a link to a file.
    static func tree() throws -> String {
        try temporaryTree(
            folders: ["site/b/deep", "site/.hidden", "outside"],
            files: ["site/a.md", "site/c~", "site/.hidden/x.md", "site/b/deep/z.md", "site/b/y.md", "outside/o.md"],
            links: ["site/linked": "outside", "site/file-link.md": "site/a.md"])
    }

    @Test func walksFolderByFolderInNameOrder() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(DirectoryWalker().files(under: root + "/site") == [
            ".hidden/x.md", "a.md", "b/deep/z.md", "b/y.md", "c~", "file-link.md",
        ])
    }

    @Test func skipsNamesAndWhatIsInsideSkippedFolders() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walker = DirectoryWalker()
        walker.skips = { $0.hasPrefix(".") || $0.hasSuffix("~") }
        #expect(walker.files(under: root + "/site") == ["a.md", "b/deep/z.md", "b/y.md", "file-link.md"])
    }

    @Test func entersLinkedFoldersOnlyWhenAsked() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walker = DirectoryWalker()
        #expect(!walker.files(under: root + "/site").contains("linked/o.md"))
        walker.followsLinkedFolders = true
        #expect(walker.files(under: root + "/site").contains("linked/o.md"))
    }

    @Test func stopsAtTheDepthAndFileLimits() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walker = DirectoryWalker()
        walker.maxDepth = 1
        #expect(walker.files(under: root + "/site") == [".hidden/x.md", "a.md", "b/y.md", "c~", "file-link.md"])
        walker.maxDepth = .max
        walker.maxFiles = 3
        #expect(walker.files(under: root + "/site") == [".hidden/x.md", "a.md", "b/deep/z.md"])
        #expect(walker.files(under: root + "/missing").isEmpty)
    }
}

/// What the walk leaves out is told, never dropped silently: names that are not UTF-8, links to nothing,
/// link loops, and links that leave the folder the walk is confined to.
@Suite struct DirectoryWalkerListingTests {
    static func tree() throws -> String {
        let root = try temporaryTree(
            folders: ["site/speeches/sub", "site/elsewhere", "outside"],
            files: ["site/speeches/a.md", "site/speeches/sub/b.md", "site/elsewhere/c.md", "outside/o.md"],
            links: [
                "site/speeches/inside": "site/elsewhere", "site/speeches/away": "outside",
                "site/speeches/away.md": "outside/o.md", "site/speeches/dangling.md": "site/nothing.md",
                "site/speeches/up": "site",
            ])
        try FileManager.default.createSymbolicLink(atPath: root + "/site/speeches/loop.md", withDestinationPath: "loop.md")
        // A name with a byte that is not UTF-8, made through the C library (Foundation would not take it).
        let name = Array((root + "/site/speeches/bad").utf8) + [0xFF] + Array(".md".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        return root
    }

    @Test func tellsWhatItLeavesOutAndWhy() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walker = DirectoryWalker()
        walker.followsLinkedFolders = true
        walker.reportsUndecodableNames = true
        walker.confinedTo = root + "/site"
        let listing = walker.listing(under: root + "/site/speeches")
        #expect(listing.files == ["a.md", "inside/c.md", "sub/b.md"])
        let reasons = Dictionary(uniqueKeysWithValues: listing.skipped.map { ($0.path, $0.reason) })
        #expect(reasons["bad\u{FFFD}.md"] == .undecodableName)
        #expect(reasons["dangling.md"] == .danglingLink)
        #expect(reasons["loop.md"] == .linkLoop)
        #expect(reasons["up"] == .linkLoop)
        for (link, target) in [("away", "/outside"), ("away.md", "/outside/o.md")] {
            guard case .outside(let resolved) = reasons[link] else {
                Issue.record("\(link): \(String(describing: reasons[link]))")
                continue
            }
            #expect(resolved.hasPrefix("/") && resolved.hasSuffix(target))
        }
        #expect(listing.skipped.count == 6)
    }

    @Test func followsLinksAnywhereWhenNotConfined() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walker = DirectoryWalker()
        walker.followsLinkedFolders = true
        let listing = walker.listing(under: root + "/site/speeches")
        // Without `reportsUndecodableNames`, a name that is not UTF-8 is listed as before, for its reader to fail on.
        #expect(listing.files == ["a.md", "away/o.md", "away.md", "bad\u{FFFD}.md", "inside/c.md", "sub/b.md"])
        #expect(Set(listing.skipped.map(\.path)) == ["dangling.md", "loop.md", "up"])
    }

    @Test func aLinkedRootIsReadWhereItStaysInside() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var walker = DirectoryWalker()
        walker.confinedTo = root + "/site"
        #expect(walker.listing(under: root + "/site/speeches/inside").files == ["c.md"])
        let away = walker.listing(under: root + "/site/speeches/away")
        #expect(away.files.isEmpty)
        #expect(away.skipped.map(\.path) == [""])
    }
}
