import Foundation
import Testing
@testable import PortalServer

/// Nothing outside the output folder is ever served, however the path is written.
@Suite("No path traversal", .timeLimit(.minutes(1)))
struct TraversalTests {
    static let secret = "SECRET-0f8a6c-outside-the-site"

    /// Raw request targets, sent byte for byte.
    static let targets: [String] = [
        "/../secret.txt",
        "/../../../../../../etc/passwd",
        "/static/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/static/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/static%2f..%2f..%2fsecret.txt",
        "/%2fetc%2fpasswd",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/static\\..\\..\\secret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/index.html%00.txt",
        "/%00",
        "/.portalgen-manifest",
        "/static/%2e",
        "http://127.0.0.1/../secret.txt",
        "secret.txt",
        "C:\\secret.txt",
        "*",
        "/link-to-file.txt",
        "/link-to-folder/secret.txt",
        "/link-to-folder/",
        "/link-to-root/etc/passwd",
        "/link-to-namesake/secret.txt",
        "/%25%32%65%25%32%65/secret.txt",
    ]

    @Test func everyTraversalIsRefused() throws {
        try withPreview { preview in
            try Self.plantOutsideFiles(preview)
            // Absolute file-system paths of the secret, as a path and with a doubled slash.
            let absolute = [preview.site.path + "/secret.txt", "/" + preview.site.path + "/secret.txt"]
            for target in Self.targets + absolute {
                let response = try preview.http.request(target)
                #expect([400, 404].contains(response.status), "\(target) → \(response.status)")
                #expect(!response.text.contains(Self.secret), "\(target) leaked the secret")
                #expect(!response.text.contains("root:x:0:0"), "\(target) leaked /etc/passwd")
            }
            // The server is still serving.
            #expect(try preview.http.request("/").status == 200)
        }
    }

    @Test func rawControlBytesInTheRequestLineAreRefused() throws {
        try withPreview { preview in
            for raw in [Array("GET /index.html\0 HTTP/1.1\r\n\r\n".utf8), [0x47, 0x45, 0x54, 0x20, 0x2F, 0xFF, 0x20] + Array("HTTP/1.1\r\n\r\n".utf8)] {
                let response = try RawHTTP.parse(try preview.http.exchange(raw))
                #expect(response.status == 400)
            }
        }
    }

    @Test func aSymlinkInsideTheSiteThatStaysInsideIsServed() throws {
        try withPreview { preview in
            try FileManager.default.createSymbolicLink(
                atPath: preview.output.appendingPathComponent("alias.css").path, withDestinationPath: "static/style.css")
            let response = try preview.http.request("/alias.css")
            #expect(response.status == 200)
            #expect(response.fields["content-type"] == "text/css; charset=utf-8")
        }
    }

    /// A secret beside the output folder, and links from inside the output folder to outside it.
    static func plantOutsideFiles(_ preview: PreviewHarness) throws {
        try Data(secret.utf8).write(to: preview.site.appendingPathComponent("secret.txt"))
        let outside = preview.site.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(secret.utf8).write(to: outside.appendingPathComponent("secret.txt"))
        // A folder whose name starts with the output folder's: not inside it.
        let namesake = URL(fileURLWithPath: preview.output.path + "-namesake")
        try FileManager.default.createDirectory(at: namesake, withIntermediateDirectories: true)
        try Data(secret.utf8).write(to: namesake.appendingPathComponent("secret.txt"))
        let links = [
            "link-to-file.txt": preview.site.path + "/secret.txt", "link-to-folder": outside.path, "link-to-root": "/",
            "link-to-namesake": namesake.path,
        ]
        for (name, destination) in links {
            try FileManager.default.createSymbolicLink(
                atPath: preview.output.appendingPathComponent(name).path, withDestinationPath: destination)
        }
    }
}
