import Foundation
import Testing
@testable import PortalKit
import PortalSupport
import TemplateEngine

@Suite struct BuildCacheTests {
    static let sample = BuildCache(
        settings: 42, written: 1_700_000_000_000_000_000,
        inputs: [.init(path: "content/speeches/甲.md", stamp: FileStamp(size: 120, modified: 1_600_000_000_000_000_000, inode: 7))],
        pages: ["index.html": .init(fingerprint: 0xDEAD_BEEF, size: 10, modified: 5)], speeches: 3, keywords: 9,
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
        #expect(BuildCache.load(from: path) == Self.sample)
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
            #expect(BuildCache.load(from: path) == nil, "byte \(index)")
        }
        try FileSystem.writeAtomically(path, Array(good.prefix(good.count / 2)))
        #expect(BuildCache.load(from: path) == nil)
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
