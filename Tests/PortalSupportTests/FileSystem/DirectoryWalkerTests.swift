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
