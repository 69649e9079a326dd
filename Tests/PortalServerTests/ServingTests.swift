import Foundation
import Testing
@testable import PortalServer
import PortalSupport

@Suite("Serving the site", .timeLimit(.minutes(1)))
struct ServingTests {
    @Test func homePageIsUTF8HTMLWithTheReloadScript() throws {
        try withPreview { preview in
            #expect(preview.address.isLoopback)
            #expect(preview.address.host == "127.0.0.1")
            let response = try preview.http.request("/")
            #expect(response.status == 200)
            #expect(response.fields["content-type"] == "text/html; charset=utf-8")
            #expect(response.fields["cache-control"] == "no-cache")
            #expect(response.fields["content-length"] == String(response.body.count))
            #expect(response.text.contains("测试园地"))
            #expect(response.text.contains(#"<script src="/__portalgen/reload.js" data-version=""#))
            // The script goes into the response only, never into the site on disk.
            let onDisk = try String(contentsOf: preview.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!onDisk.contains("__portalgen"))
        }
    }

    @Test func chinesePathPercentEncoded() throws {
        try withPreview { preview in
            let response = try preview.http.request("/keywords/%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B/")
            #expect(response.status == 200)
            #expect(response.text.contains("两个确立"))
            // Lower-case hex is the same path.
            let lower = try preview.http.request("/keywords/%e4%b8%a4%e4%b8%aa%e7%a1%ae%e7%ab%8b/index.html")
            #expect(lower.status == 200)
            #expect(lower.body == response.body)
        }
    }

    @Test func folderWithoutSlashIsRedirected() throws {
        try withPreview { preview in
            let response = try preview.http.request("/keywords/%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B?from=test")
            #expect(response.status == 301)
            #expect(response.fields["location"] == "/keywords/%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B/?from=test")
        }
    }

    /// `GET //keywords` once answered `Location: //keywords/`, which a browser reads as the site `keywords`:
    /// an open redirect. However many slashes lead, the redirect stays on this server.
    @Test func redirectsNeverLeaveTheSite() throws {
        try withPreview { preview in
            for target in ["//keywords", "///keywords", "//keywords?a=1", "http://other.example//keywords"] {
                let response = try preview.http.request(target)
                #expect(response.status == 301, "\(target)")
                let location = try #require(response.fields["location"])
                #expect(location.hasPrefix("/keywords/"), "\(target): \(location)")
                #expect(!location.hasPrefix("//"), "\(target): \(location)")
            }
        }
    }

    @Test func headHasTheFieldsOfGetButNoBody() throws {
        try withPreview { preview in
            let get = try preview.http.request("/speeches/2023-10-first/")
            let head = try preview.http.request("/speeches/2023-10-first/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.fields["content-length"] == String(get.body.count))
            #expect(head.fields["content-type"] == get.fields["content-type"])
        }
    }

    @Test func missingPageGetsTheSite404WithStatus404() throws {
        try withPreview { preview in
            let response = try preview.http.request("/speeches/no-such-speech/")
            #expect(response.status == 404)
            #expect(response.fields["content-type"] == "text/html; charset=utf-8")
            #expect(response.text.contains("页面不存在"))
            // Its links are written for the root; the base makes them work at any depth.
            #expect(response.text.contains(#"<base href="/">"#))
            #expect(response.fields["content-length"] == String(response.body.count))
        }
    }

    @Test func contentTypesOfTheSiteFiles() throws {
        try withPreview { preview in
            let expected = [
                "/static/style.css": "text/css; charset=utf-8",
                "/feed.xml": "application/xml; charset=utf-8",
                "/sitemap.xml": "application/xml; charset=utf-8",
                "/robots.txt": "text/plain; charset=utf-8",
                "/__portalgen/reload.js": "text/javascript; charset=utf-8",
                "/__portalgen/overlay.css": "text/css; charset=utf-8",
            ]
            for (target, type) in expected {
                let response = try preview.http.request(target)
                #expect(response.status == 200, "\(target)")
                #expect(response.fields["content-type"] == type, "\(target)")
            }
            // Files are sent as they are on disk.
            let css = try preview.http.request("/static/style.css")
            #expect(css.body == Array(try Data(contentsOf: preview.output.appendingPathComponent("static/style.css"))))
        }
    }

    @Test func filesOfOtherKindsInTheOutput() throws {
        try withPreview { preview in
            let files = ["data.json": "application/json; charset=utf-8", "logo.svg": "image/svg+xml; charset=utf-8",
                         "photo.png": "image/png", "photo.JPG": "image/jpeg", "font.woff2": "font/woff2",
                         "app.js": "text/javascript; charset=utf-8", "notes.unknown": "application/octet-stream"]
            for (name, _) in files {
                try Data([0x7B, 0x7D]).write(to: preview.output.appendingPathComponent(name))
            }
            for (name, type) in files {
                let response = try preview.http.request("/" + name)
                #expect(response.status == 200, "\(name)")
                #expect(response.fields["content-type"] == type, "\(name)")
                #expect(response.body == [0x7B, 0x7D], "\(name)")
            }
        }
    }

    /// The head goes out with the first 64 KiB of a file: an empty file, one of exactly one chunk, and one of
    /// several chunks arrive whole.
    @Test(arguments: [0, 64 * 1024, 200_000])
    func filesOfAnySizeArriveWhole(size: Int) throws {
        try withPreview { preview in
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
            try Data(bytes).write(to: preview.output.appendingPathComponent("data.bin"))
            let response = try preview.http.request("/data.bin")
            #expect(response.status == 200)
            #expect(response.fields["content-length"] == String(size))
            #expect(response.body == bytes)
        }
    }

    /// Nagle's algorithm is off on every connection: a response is never held back waiting for the client's
    /// acknowledgement of the previous one.
    @Test func acceptedConnectionsSendWithoutDelay() throws {
        let listening = try ListeningSocket.bind(host: "127.0.0.1", port: 0)
        defer { close(listening.descriptor) }
        let client = try RawHTTP(port: listening.port).connect()
        defer { close(client) }
        let accepted = accept(listening.descriptor, nil, nil)
        try #require(accepted >= 0)
        defer { close(accepted) }
        Sockets.configureConnection(accepted, timeout: 5)
        var noDelay: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        #expect(getsockopt(accepted, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, &size) == 0)
        #expect(noDelay != 0)
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"])
    func otherMethodsAreNotAllowed(method: String) throws {
        try withPreview { preview in
            let response = try preview.http.request("/", method: method, fields: ["Content-Length: 0"])
            #expect(response.status == 405)
            #expect(response.fields["allow"] == "GET, HEAD")
        }
    }

    @Test func keepAliveServesRequestsInTurn() throws {
        try withPreview { preview in
            let requests = "GET /robots.txt HTTP/1.1\r\nHost: x\r\n\r\nGET /static/style.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            let text = String(decoding: try preview.http.exchange(Array(requests.utf8)), as: UTF8.self)
            #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
            #expect(text.contains("text/css"))
        }
    }

    @Test func noSiteYetShowsTheErrorsWith503() throws {
        try withPreview(fixture: "invalid/bad-date") { preview in
            let response = try preview.http.request("/")
            #expect(response.status == 503)
            #expect(response.text.contains("<html lang=\"zh\">"))
            #expect(response.text.contains("`2023年10月下旬` 不是日期"))
            #expect(response.text.contains("/__portalgen/reload.js"))
            #expect(preview.events.failures.count == 1)
        }
    }

    /// The errors are shown in the language of the site's pages, whatever the terminal's.
    @Test func theErrorsAreInTheSitesLanguage() throws {
        try withPreview(fixture: "invalid/bad-date") { preview in
            try preview.write("content/site.yml", "title: Union Study\nlanguage: en\n")
            try preview.write("content/speeches/speech.md", "---\ntitle: A speech\ndate: next week\n---\nText.\n")
            let response = try preview.poll("/") { $0.text.contains("next week") }
            #expect(response.text.contains("<html lang=\"en\">"))
            #expect(response.text.contains("content/speeches/speech.md:3:7: error: `next week` is not a date"))
            #expect(response.text.contains("the build failed with 1 error"))
        }
    }
}
