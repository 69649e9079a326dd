import Dispatch
import Foundation
import Testing
@testable import PortalKit
import PortalSupport

@Suite struct OutputWriterTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/site/content", withIntermediateDirectories: true)
        return path
    }

    @Test func manyThreadsWritingIntoNewFoldersAtOnce() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try OutputWriter(output: root + "/public", siteRoot: root + "/site")
        let failures = (0..<400).parallelMap { number -> String? in
            do {
                try writer.write("search/t/\(number % 7)/\(number).js", Array("x\(number)".utf8))
                return nil
            } catch {
                return "\(error)"
            }
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        _ = try writer.commit()
        #expect(FileSystem.listFiles(under: root + "/public").count == 401)  // and the manifest
    }

    @Test func unchangedFilesKeepTheirInodeAndForeignFilesAreKept() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try OutputWriter(output: root + "/public", siteRoot: root + "/site")
        try first.write("index.html", Array("首页".utf8))
        try first.write("old.html", Array("旧".utf8))
        _ = try first.commit()
        let inode = FileSystem.stamp(root + "/public/index.html")?.inode
        try Data("CNAME".utf8).write(to: URL(fileURLWithPath: root + "/public/CNAME"))

        let second = try OutputWriter(output: root + "/public", siteRoot: root + "/site")
        try second.write("index.html", Array("首页".utf8))
        let summary = try second.commit()
        #expect(summary.unchanged == 1 && summary.written == 0)
        #expect(summary.keptForeign == ["CNAME"])
        #expect(FileSystem.stamp(root + "/public/index.html")?.inode == inode)
        // A page the new site no longer has is gone; the file portalgen never wrote is still there.
        #expect(!FileSystem.exists(root + "/public/old.html"))
        #expect(FileSystem.exists(root + "/public/CNAME"))
    }

    /// Files portalgen did not write stay whether the new site goes in from a journal (one page changed) or
    /// by a swap (every page changed); a CNAME is told about, a `.gitkeep` is not.
    @Test(arguments: [false, true]) func foreignFilesStayEitherWay(everyPageChanges: Bool) throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pages = (1...6).map { "p\($0).html" }
        let first = try OutputWriter(output: root + "/public", siteRoot: root + "/site")
        for page in pages { try first.write(page, Array("旧\(page)".utf8)) }
        _ = try first.commit()
        try FileManager.default.createDirectory(atPath: root + "/public/.well-known", withIntermediateDirectories: true)
        for file in ["CNAME", ".gitkeep", ".well-known/check.txt"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/public/" + file))
        }

        let second = try OutputWriter(output: root + "/public", siteRoot: root + "/site")
        for (index, page) in pages.enumerated() {
            try second.write(page, Array((everyPageChanges || index == 0 ? "新\(page)" : "旧\(page)").utf8))
        }
        let summary = try second.commit()
        #expect(summary.written == (everyPageChanges ? 6 : 1))
        #expect(summary.keptForeign == [".well-known/check.txt", "CNAME"])
        for file in ["CNAME", ".gitkeep", ".well-known/check.txt"] { #expect(FileSystem.exists(root + "/public/" + file)) }
    }

    @Test func refusesFoldersItDidNotMake() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/elsewhere", withIntermediateDirectories: true)
        try Data("笔记".utf8).write(to: URL(fileURLWithPath: root + "/elsewhere/notes.txt"))
        #expect(throws: Diagnostic.self) { try OutputWriter(output: root + "/elsewhere", siteRoot: root + "/site") }
        #expect(throws: Diagnostic.self) { try OutputWriter(output: root + "/site", siteRoot: root + "/site") }
        #expect(throws: Diagnostic.self) { try OutputWriter(output: root + "/site/content/out", siteRoot: root + "/site") }
        #expect(throws: Diagnostic.self) { try OutputWriter(output: root, siteRoot: root + "/site") }
        #expect(FileSystem.exists(root + "/elsewhere/notes.txt"))
    }

    @Test func abandonedBuildLeavesNothingBehind() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try OutputWriter(output: root + "/public", siteRoot: root + "/site")
        try writer.write("index.html", Array("半成品".utf8))
        writer.abandon()
        #expect(!FileSystem.exists(root + "/public"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["site"])
    }

    /// An edit's files go in from a journal: only they are touched, and a build killed while it moved them
    /// in (here: the journal written, one of three files moved) is finished by the next writer.
    @Test func aJournalLeftByAKilledBuildIsFinished() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/public"
        let first = try OutputWriter(output: output, siteRoot: root + "/site")
        for page in ["index.html", "a/index.html", "b/index.html", "gone/index.html"] + (0..<6).map({ "x\($0).html" }) {
            try first.write(page, Array("一 \(page)".utf8))
        }
        _ = try first.commit()
        let untouched = FileSystem.stamp(output + "/x0.html")

        // What a killed build leaves: the changed files in staging, the journal, one move done.
        let staging = root + "/.public.portalgen-staging"
        let changed = ["a/index.html", "b/index.html", "c/index.html"]
        try FileSystem.createDirectories(staging + "/a")
        try FileSystem.createDirectories(staging + "/b")
        try FileSystem.createDirectories(staging + "/c")
        try FileSystem.writeAtomically(staging + "/.portalgen-staging", [])
        for page in changed { try FileSystem.writeNew(staging + "/" + page, Array("二 \(page)".utf8)) }
        let manifest = (["a/index.html", "b/index.html", "c/index.html", "index.html"] + (0..<6).map { "x\($0).html" })
        try FileSystem.writeNew(staging + "/.portalgen-manifest", Array((manifest.joined(separator: "\n") + "\n").utf8))
        let journal = OutputJournal(moves: changed + [".portalgen-manifest"], removals: ["gone/index.html"])
        try FileSystem.writeAtomically(OutputJournal.path(output: output), journal.bytes)
        try FileSystem.move(staging + "/a/index.html", to: output + "/a/index.html")
        #expect(OutputJournal.read(output: output) == journal)

        let next = try OutputWriter(output: output, siteRoot: root + "/site")
        next.abandon()
        for page in changed {
            #expect(FileSystem.readBytes(output + "/" + page) == Array("二 \(page)".utf8), "\(page)")
        }
        #expect(!FileSystem.exists(output + "/gone"))
        #expect(FileSystem.stamp(output + "/x0.html") == untouched)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["public", "site"])
        #expect(Set(FileSystem.listFiles(under: output)) == Set(manifest + [".portalgen-manifest"]))
    }

    /// Few changes go in from a journal, touching nothing else; most of the site changed, it is swapped.
    @Test func fewChangesArePatchedManyAreSwapped() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/public"
        let pages = (0..<10).map { "p\($0)/index.html" }
        let first = try OutputWriter(output: output, siteRoot: root + "/site")
        for page in pages { try first.write(page, Array("一".utf8)) }
        _ = try first.commit()
        let folder = FileSystem.stamp(output + "/p0/index.html")

        let edit = try OutputWriter(output: output, siteRoot: root + "/site")
        for page in pages { try edit.write(page, Array((page == "p1/index.html" ? "二" : "一").utf8)) }
        let patched = try edit.commit()
        #expect(patched.written == 1 && patched.unchanged == 9)
        // Not a hard link into a new folder: the file is the same, its status-change time too.
        #expect(FileSystem.stamp(output + "/p0/index.html") == folder)

        let redo = try OutputWriter(output: output, siteRoot: root + "/site")
        for page in pages { try redo.write(page, Array("三".utf8)) }
        let swapped = try redo.commit()
        #expect(swapped.written == 10)
        #expect(FileSystem.readBytes(output + "/p9/index.html") == Array("三".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["public", "site"])
    }
}
