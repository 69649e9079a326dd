import Testing
@testable import PortalServer

@Suite("Parsing request heads and paths")
struct RequestParsingTests {
    @Test func sitePathDecodesChineseSegments() throws {
        let path = try SitePath(target: "/keywords/%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B/?q=1#top")
        #expect(path.segments == ["keywords", "两个确立"])
        #expect(path.trailingSlash)
        #expect(path.rawSegments == ["keywords", "%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B"])
        #expect(path.rawQuery == "q=1")
    }

    @Test func sitePathDropsEmptySegmentsAndAcceptsTheAbsoluteForm() throws {
        #expect(try SitePath(target: "//a///b").segments == ["a", "b"])
        #expect(try SitePath(target: "/").segments.isEmpty)
        #expect(try SitePath(target: "http://example.org/a/b/").segments == ["a", "b"])
        #expect(try SitePath(target: "HTTPS://example.org").segments.isEmpty)
        #expect(try SitePath(target: "/a..b/.well").isHidden)
        #expect(try SitePath(target: "/a..b/c").segments == ["a..b", "c"])
    }

    /// A folder's redirect keeps the segments as sent and the query, and always starts with one slash: a
    /// doubled slash would make `Location: //host/` send the browser to another site.
    @Test func folderLocationIsAlwaysALocalPath() throws {
        #expect(try SitePath(target: "/keywords").folderLocation == "/keywords/")
        #expect(try SitePath(target: "//keywords").folderLocation == "/keywords/")
        #expect(try SitePath(target: "//evil.example//a?x=1").folderLocation == "/evil.example/a/?x=1")
        #expect(try SitePath(target: "/%E4%B8%A4//b").folderLocation == "/%E4%B8%A4/b/")
        #expect(try SitePath(target: "http://host//x").folderLocation == "/x/")
    }

    @Test(arguments: ["/..", "/a/../b", "/%2e%2E", "/.", "/a%2fb", "/a%5Cb", "/a\\b", "/%00", "/%0a", "/%7f", "/%e4%b8",
                      "/%", "/%4", "/%g0", "x", "*", "ftp://host/a"])
    func sitePathRefuses(target: String) {
        #expect(throws: HTTPRejection.self) { try SitePath(target: target) }
    }

    @Test func headParsesFieldsCaseInsensitively() throws {
        let bytes = Array("GET /a HTTP/1.1\r\nHost: x\r\nCONNECTION:  Close \r\nX-Empty:\r\n\r\n".utf8)
        let end = try #require(RequestHead.end(in: bytes))
        #expect(end == bytes.count)
        let head = try RequestHead.parse(bytes[..<end])
        #expect(head.method == "GET")
        #expect(head.target == "/a")
        #expect(head.version == .http11)
        #expect(head.field("connection") == "Close")
        #expect(head.field("x-empty") == "")
        #expect(!head.keepsAlive)
        #expect(!head.announcesBody)
    }

    @Test func headAcceptsBareNewlines() throws {
        let bytes = Array("HEAD / HTTP/1.0\nHost: x\n\nrest".utf8)
        let end = try #require(RequestHead.end(in: bytes))
        let head = try RequestHead.parse(bytes[..<end])
        #expect(head.method == "HEAD")
        #expect(head.version == .http10)
        #expect(!head.keepsAlive)
        #expect(bytes[end...].elementsEqual("rest".utf8))
    }

    @Test func incompleteHeadHasNoEnd() {
        #expect(RequestHead.end(in: Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)) == nil)
        #expect(RequestHead.end(in: []) == nil)
    }

    @Test func mediaTypes() {
        #expect(MediaType.forFile(named: "index.html") == "text/html; charset=utf-8")
        #expect(MediaType.forFile(named: "A.CSS") == "text/css; charset=utf-8")
        #expect(MediaType.forFile(named: "search.json") == "application/json; charset=utf-8")
        #expect(MediaType.forFile(named: "icon.svg") == "image/svg+xml; charset=utf-8")
        #expect(MediaType.forFile(named: "f.woff2") == "font/woff2")
        #expect(MediaType.forFile(named: ".hidden") == "application/octet-stream")
        #expect(MediaType.forFile(named: "README") == "application/octet-stream")
    }

    @Test func injectionGoesBeforeTheLastBodyEndTag() {
        let page = Array("<html><head><title>t</title></head><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let result = String(decoding: PageInjector.inject(into: page, version: "v.1", failure: nil, baseAtRoot: true), as: UTF8.self)
        #expect(result.contains("<head>\n<base href=\"/\"><title>"))
        #expect(result.contains("</p>\n<script src=\"/__portalgen/reload.js\" data-version=\"v.1\" defer></script>\n</BODY>"))
        let bare = String(decoding: PageInjector.inject(into: Array("<p>hi".utf8), version: "v.2", failure: nil, baseAtRoot: false), as: UTF8.self)
        #expect(bare.hasPrefix("<p>hi\n<script"))
        let header = String(decoding: PageInjector.inject(into: Array("<header>x</header>".utf8), version: "v", failure: nil, baseAtRoot: true), as: UTF8.self)
        #expect(!header.contains("<base"))
    }
}
