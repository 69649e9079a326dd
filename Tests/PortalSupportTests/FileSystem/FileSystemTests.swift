import Foundation
import Testing
import PortalSupport

@Suite struct FileSystemTests {
    /// A tree with nested, hidden and Chinese names, an empty folder and links to a file and to a folder.
    static func tree() throws -> String {
        try temporaryTree(
            folders: ["a/b/c", "空的", "讲话/二〇二五", "outside"],
            files: ["top.html", ".hidden", "a/b/c/deep.js", "讲话/二〇二五/index.html", "outside/kept.txt"],
            links: ["a/file-link": "top.html", "a/folder-link": "outside"])
    }

    @Test func listsEveryFileSortedWithoutEnteringLinkedFolders() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(FileSystem.listFiles(under: root) == [
            ".hidden", "a/b/c/deep.js", "a/file-link", "outside/kept.txt", "top.html", "讲话/二〇二五/index.html",
        ])
        #expect(FileSystem.listFiles(under: root + "/missing").isEmpty)
    }

    @Test func removesATreeButNotWhatItsLinksPointTo() throws {
        let root = try Self.tree()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileSystem.removeTree(root + "/a")
        #expect(!FileSystem.exists(root + "/a"))
        #expect(FileSystem.exists(root + "/outside/kept.txt"))
        #expect(FileSystem.exists(root + "/top.html"))
        FileSystem.removeTree(root + "/top.html")
        #expect(!FileSystem.exists(root + "/top.html"))
        FileSystem.removeTree(root + "/missing")
        FileSystem.removeTree(root)
        #expect(!FileSystem.exists(root))
    }
}
