import Foundation
import Testing
@testable import PortalKit
import PortalSupport
import TemplateEngine

@Suite struct BuildCacheTests {
    static let sample = BuildCache(
        settings: 42, written: 1_700_000_000_000_000_000,
        inputs: [.init(path: "content/speeches/甲.md", stamp: FileStamp(size: 120, modified: 1_600_000_000_000_000_000, inode: 7, changed: 8))],
        pages: ["index.html": .init(fingerprint: 0xDEAD_BEEF, stamp: FileStamp(size: 10, modified: 5, inode: 11, changed: 6))],
        speeches: 3, keywords: 9,
        warnings: [
            Diagnostic(ContentError.unknownField("作者", suggestion: "speaker"), at: SourceLocation(file: "content/speeches/甲.md", line: 2, column: 1)),
            // A message with messages inside: what a field must be and what it is.
            Diagnostic(
                severity: .warning, location: SourceLocation(file: "content/speeches/乙.md", line: 3, column: 7),
                message: ContentError.wrongType(field: "keywords", expected: .textList, found: .listContaining(.group)).message,
                hint: nil, excerpt: "  3 | x\n    | ^"),
        ])

    @Test func roundTrips() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.sample.save(to: path)
        #expect(BuildCache.read(from: path).cache == Self.sample)
    }

    @Test func anyDamageMakesItUnreadable() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.sample.save(to: path)
        let good = try #require(FileSystem.readBytes(path))
        for index in stride(from: 0, to: good.count, by: 3) {
            var bad = good
            bad[index] ^= 0x5A
            try FileSystem.writeAtomically(path, bad)
            #expect(BuildCache.read(from: path).cache == nil, "byte \(index)")
        }
        try FileSystem.writeAtomically(path, Array(good.prefix(good.count / 2)))
        #expect(BuildCache.read(from: path).cache == nil)
    }

    /// A FIFO in the cache's place is not opened for reading in a way that waits for a writer (the test would
    /// hang), and a file far larger than any cache is not read into memory: both are told, then ignored.
    @Test(.timeLimit(.minutes(1))) func whatIsNoCacheIsNotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/fifo.cache"
        #expect(mkfifo(fifo, 0o644) == 0)
        let read = BuildCache.read(from: fifo)
        #expect(read.cache == nil && read.refusal == .notRegularFile)

        // Sparse: a gigabyte on paper, nothing on disk.
        let huge = folder + "/huge.cache"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 1 << 30) == 0)
        let big = BuildCache.read(from: huge)
        #expect(big.cache == nil && big.refusal == .tooLarge(1 << 30))
        #expect(BuildCache.read(from: folder + "/missing.cache").refusal == nil)
    }

    @Test func leftoversOfAKilledBuildAreRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["public.cache", "public.cache.portalgen-4242", "preview.cache.portalgen-17", "public.html"] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("x".utf8)))
        }
        BuildCache.removeLeftovers(of: folder + "/public.cache")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            == ["preview.cache.portalgen-17", "public.cache", "public.html"])
    }

    @Test func fingerprintsIgnoreMapOrderButNotContent() {
        let one: [String: TemplateValue] = ["a": "1", "b": ["x", "y"], "c": .int(3)]
        var two: [String: TemplateValue] = [:]
        for key in ["c", "b", "a"] { two[key] = one[key] }
        #expect(PageFingerprint.hash(.map(one)) == PageFingerprint.hash(.map(two)))
        two["b"] = ["y", "x"]
        #expect(PageFingerprint.hash(.map(one)) != PageFingerprint.hash(.map(two)))
        #expect(PageFingerprint.hash(.string("ab")) != PageFingerprint.hash(.list(["a", "b"])))
        #expect(PageFingerprint.of(.map(one), template: "speech", templates: 1)
            != PageFingerprint.of(.map(one), template: "speech", templates: 2))
    }
}
