import Foundation
@testable import PortalServer
import Testing

@Suite("Range requests", .timeLimit(.minutes(1)))
struct RangeRequestTests {
    @Test(arguments: [
        ("bytes=0-4", ByteRange.part(0..<5)),
        ("bytes=5-", .part(5..<100)),
        ("bytes=-10", .part(90..<100)),
        ("bytes=-500", .part(0..<100)),
        ("bytes=90-1000", .part(90..<100)),
        ("BYTES = 1-1", .whole),
        ("Bytes=1-1", .part(1..<2)),
        ("bytes=100-", .unsatisfiable),
        ("bytes=100-200", .unsatisfiable),
        ("bytes=-0", .unsatisfiable),
        ("bytes=99999999999999999999999-", .unsatisfiable),
        ("bytes=0-99999999999999999999999", .part(0..<100)),
        ("bytes=5-1", .whole),
        ("bytes=0-1,5-6", .whole),
        ("bytes=", .whole),
        ("bytes=-", .whole),
        ("bytes=a-b", .whole),
        ("items=0-1", .whole),
    ])
    func fieldIsRead(field: String, expected: ByteRange) {
        #expect(ByteRange(field: field, ifRange: nil, size: 100) == expected, "\(field)")
    }

    @Test func ifRangeAndEmptyBodiesAreHandled() {
        #expect(ByteRange(field: "bytes=0-1", ifRange: "\"x\"", size: 100) == .whole)
        #expect(ByteRange(field: nil, ifRange: nil, size: 100) == .whole)
        #expect(ByteRange(field: "bytes=-5", ifRange: nil, size: 0) == .unsatisfiable)
        #expect(ByteRange(field: "bytes=0-", ifRange: nil, size: 0) == .unsatisfiable)
    }

    /// Against the running server: a file and a page (with the reload script in it), each range checked
    /// against the whole body.
    @Test func partsOfFilesAndPagesAreServed() throws {
        try withPreview { preview in
            for target in ["/robots.txt", "/"] {
                let whole = try preview.http.request(target)
                #expect(whole.status == 200)
                #expect(whole.fields["accept-ranges"] == "bytes")
                let size = whole.body.count
                let cases: [(String, Range<Int>)] = [
                    ("bytes=0-9", 0..<10), ("bytes=10-", 10..<size), ("bytes=-7", (size - 7)..<size),
                    ("bytes=3-\(size * 2)", 3..<size),
                ]
                for (field, range) in cases {
                    let part = try preview.http.request(target, fields: ["Range: \(field)"])
                    #expect(part.status == 206, "\(target) \(field)")
                    #expect(part.body == Array(whole.body[range]), "\(target) \(field)")
                    #expect(part.fields["content-length"] == String(range.count))
                    #expect(part.fields["content-range"] == "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(size)")
                }
                let beyond = try preview.http.request(target, fields: ["Range: bytes=\(size)-"])
                #expect(beyond.status == 416)
                #expect(beyond.fields["content-range"] == "bytes */\(size)")
                let several = try preview.http.request(target, fields: ["Range: bytes=0-1,4-5"])
                #expect(several.status == 200)
                #expect(several.body == whole.body)
                let head = try preview.http.request(target, method: "HEAD", fields: ["Range: bytes=0-1"])
                #expect(head.status == 200)
                #expect(head.fields["content-length"] == String(size))
            }
        }
    }

    /// Errors and redirects are never cut into parts.
    @Test func onlySuccessfulAnswersHaveParts() throws {
        try withPreview { preview in
            let missing = try preview.http.request("/no-such-page", fields: ["Range: bytes=0-1"])
            #expect(missing.status == 404)
            #expect(missing.fields["content-range"] == nil)
            let folder = try preview.http.request("/keywords", fields: ["Range: bytes=0-1"])
            #expect(folder.status == 301)
        }
    }
}
