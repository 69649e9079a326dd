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
}
