#if os(Linux)
import Foundation
import Testing
@testable import PortalServer

/// What the inotify watcher reports for the ways editors and tools change files.
@Suite("Watching with inotify", .timeLimit(.minutes(1)))
final class InotifyWatcherTests {
    let root: String
    let watcher: InotifyWatcher

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/content/speeches", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
        try Self.write(root + "/content/speeches/a.md", "一")
        watcher = try InotifyWatcher(folders: [root + "/content", root + "/templates"], quietPeriod: 0.05, maxSettle: 2)
    }

    deinit {
        watcher.stop()
        try? FileManager.default.removeItem(atPath: root)
    }

    @Test func aFileWrittenAndClosedIsReported() throws {
        try Self.write(root + "/content/speeches/a.md", "二")
        #expect(try next() == [root + "/content/speeches/a.md"])
    }

    /// As vim, gedit and LibreOffice save: a temporary file, then a rename over the old one.
    @Test func aSaveByRenameIsReportedUnderTheFilesName() throws {
        try Self.write(root + "/content/speeches/.a.md.swp", "临时")
        try Self.write(root + "/content/speeches/a.md.tmp~", "三")
        #expect(rename(root + "/content/speeches/a.md.tmp~", root + "/content/speeches/a.md") == 0)
        #expect(try next() == [root + "/content/speeches/a.md"])
    }

    @Test func deletingAndRenamingAreReported() throws {
        try FileManager.default.moveItem(atPath: root + "/content/speeches/a.md", toPath: root + "/content/speeches/b.md")
        #expect(try next() == [root + "/content/speeches/a.md", root + "/content/speeches/b.md"])
        try FileManager.default.removeItem(atPath: root + "/content/speeches/b.md")
        #expect(try next() == [root + "/content/speeches/b.md"])
    }

    /// Every save queued before the watcher looks is one change set.
    @Test func aBurstOfSavesIsOneChange() throws {
        let names = (1...20).map { root + "/content/speeches/\($0).md" }
        for name in names { try Self.write(name, "讲话") }
        try Self.write(root + "/templates/home.mustache", "{{title}}")
        #expect(try next() == (names + [root + "/templates/home.mustache"]).sorted())
    }

    @Test func aNewFolderIsReportedAndWatched() throws {
        try FileManager.default.createDirectory(atPath: root + "/content/speeches/2024", withIntermediateDirectories: false)
        #expect(try next() == [root + "/content/speeches/2024"])
        try Self.write(root + "/content/speeches/2024/c.md", "四")
        #expect(try next() == [root + "/content/speeches/2024/c.md"])
    }

    /// A folder renamed within the tree is watched at its new place.
    @Test func aRenamedFolderIsWatchedWhereItWentTo() throws {
        try FileManager.default.moveItem(atPath: root + "/content/speeches", toPath: root + "/content/texts")
        #expect(try next() == [root + "/content/speeches", root + "/content/texts"])
        try Self.write(root + "/content/texts/a.md", "五")
        #expect(try next() == [root + "/content/texts/a.md"])
    }

    /// `content/` deleted and made again (a checkout, a restored backup): it is watched again.
    @Test func aReplacedRootIsWatchedAgain() throws {
        try FileManager.default.removeItem(atPath: root + "/content")
        #expect(try next().contains(root + "/content"))
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: false)
        #expect(try next() == [root + "/content"])
        try Self.write(root + "/content/site.yml", "title: 新")
        #expect(try next() == [root + "/content/site.yml"])
    }

    @Test func stoppingEndsTheWait() throws {
        watcher.stop()
        #expect(try waitForChanges() == nil)
        #expect(try waitForChanges() == nil)
    }

    /// The next change set; fails rather than hang when none comes.
    private func next() throws -> [String] {
        try #require(try waitForChanges())
    }

    /// What `nextChanges()` returns, within 10 s.
    private func waitForChanges() throws -> [String]? {
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        let watcher = self.watcher
        DispatchQueue.global().async {
            box.changes = watcher.nextChanges()
            done.signal()
        }
        guard done.wait(timeout: .now() + 10) == .success else {
            watcher.stop()
            _ = done.wait(timeout: .now() + 10)
            throw Timeout()
        }
        return box.changes
    }

    private final class Box: @unchecked Sendable {
        var changes: [String]?
    }

    private struct Timeout: Error {}

    private static func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
#endif
