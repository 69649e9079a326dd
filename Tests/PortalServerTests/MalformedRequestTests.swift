import Foundation
@testable import PortalServer
import PortalTestSupport
import Testing

/// Whatever a client sends, the server answers with an error or closes, stays up, and keeps within limits.
@Suite("Malformed and oversized requests", .timeLimit(.minutes(1)))
struct MalformedRequestTests {
    static let cases: [(name: String, bytes: [UInt8], status: Int)] = [
        ("garbage", Array("GARBAGE\r\n\r\n".utf8), 400),
        ("two words", Array("GET /\r\n\r\n".utf8), 400),
        ("HTTP/2", Array("GET / HTTP/2.0\r\n\r\n".utf8), 505),
        ("bad version", Array("GET / HTTX/1.1\r\n\r\n".utf8), 400),
        ("header without colon", Array("GET / HTTP/1.1\r\nNo colon here\r\n\r\n".utf8), 400),
        ("folded header", Array("GET / HTTP/1.1\r\nA: b\r\n  folded\r\n\r\n".utf8), 400),
        ("space before colon", Array("GET / HTTP/1.1\r\nHost : x\r\n\r\n".utf8), 400),
        ("NUL in a header", Array("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n".utf8), 400),
        ("huge header", Array(("GET / HTTP/1.1\r\nX: " + String(repeating: "a", count: 100_000) + "\r\n\r\n").utf8), 431),
        ("many headers", Array(("GET / HTTP/1.1\r\n" + (0..<200).map { "X-\($0): y\r\n" }.joined() + "\r\n").utf8), 431),
        ("long target", Array(("GET /" + String(repeating: "a", count: 20_000) + " HTTP/1.1\r\n\r\n").utf8), 414),
        ("endless request line", Array(String(repeating: "A", count: 200_000).utf8), 414),
        ("endless head", Array(("GET / HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: 50_000)).utf8), 431),
    ]

    @Test func eachIsAnsweredWithItsStatus() throws {
        try withPreview { preview in
            for (name, bytes, status) in Self.cases {
                let response = try RawHTTP.parse(try preview.http.exchange(bytes))
                #expect(response.status == status, "\(name)")
                #expect(response.fields["connection"] == "close", "\(name)")
            }
            #expect(try preview.http.request("/").status == 200)
        }
    }

    /// A well-formed request for a malformed path is answered, and the connection may serve more.
    @Test func malformedPathsAreBadRequests() throws {
        try withPreview { preview in
            for target in ["/%zz", "/%ff%fe", "/a%"] {
                let response = try preview.http.request(target)
                #expect(response.status == 400, "\(target)")
            }
        }
    }

    @Test func aRequestBodyIsAnsweredThenTheConnectionCloses() throws {
        try withPreview { preview in
            let request = "GET /robots.txt HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
            let text = String(decoding: try preview.http.exchange(Array(request.utf8)), as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(text.contains("Connection: close"))
        }
    }

    /// Random bytes, then end of input: every connection ends with an answer or a close, never a hang.
    @Test func randomBytesNeverBreakTheServer() throws {
        try withPreview { preview in
            var generator = SeededRandom(seed: 0x5EED)
            for round in 0..<60 {
                var bytes = (0..<Int(generator.next() % 600)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                if round % 2 == 0 { bytes = Array("GET /".utf8) + bytes + Array("\r\n\r\n".utf8) }
                let socket = try preview.http.connect()
                defer { close(socket) }
                try preview.http.send(socket, bytes)
                shutdown(socket, Int32(SHUT_WR))
                var received: [UInt8] = []
                let end = preview.http.read(socket, into: &received, until: { _ in false }, timeout: 5)
                #expect(end == .closed, "round \(round) ran into the timeout")
                if !received.isEmpty {
                    let status = try RawHTTP.parse(received).status
                    #expect([200, 301, 400, 404, 405, 408, 414, 431, 505].contains(status), "round \(round): \(status)")
                }
            }
            #expect(try preview.http.request("/").status == 200)
        }
    }
}
