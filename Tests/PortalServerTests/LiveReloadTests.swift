import Foundation
import PortalKit
import Testing
@testable import PortalServer

/// Edits are rebuilt and served; failed builds are shown over the last good site until they are fixed.
@Suite("Watching, rebuilding and reloading", .timeLimit(.minutes(1)))
struct LiveReloadTests {
    static let speech = "content/speeches/2024-second.md"
    static let page = "/speeches/2024-second/"

    static func speechText(date: String = "2024", line: String = "坚决拥护“两个确立”。") -> String {
        "---\ntitle: 在全委会议上的讲话\ndate: \(date)\noccasion: 全委会议\n---\n同志们：\n\n\(line)\n"
    }

    /// With inotify, and with the polling watcher that replaces it where inotify is not available.
    @Test(arguments: [false, true])
    func anEditedSpeechIsRebuiltAndServed(polling: Bool) throws {
        try withPreview(polling: polling) { preview in
            #expect(preview.server.watchMethod == (polling ? .polling(interval: 0.05, reason: nil) : .inotify))
            let before = try preview.http.request(Self.page)
            #expect(before.status == 200)
            let version = preview.server.version
            try preview.write(Self.speech, Self.speechText(line: "这是编辑刚刚加上的一句话。"))
            // The swap of the output folder and the new version are a moment apart; a page served in that
            // moment carries the old version, so the browser reloads it once more. Wait for both.
            let after = try preview.poll(Self.page) { response in
                let current = preview.server.version
                return current != version && response.text.contains("这是编辑刚刚加上的一句话。")
                    && response.text.contains("data-version=\"\(current)\"")
            }
            #expect(after.text.contains("这是编辑刚刚加上的一句话。"))
            #expect(preview.server.version != version)
            #expect(after.text.contains("data-version=\"\(preview.server.version)\""))
        }
    }

    @Test func theEventStreamAnnouncesEachBuild() throws {
        try withPreview { preview in
            let socket = try preview.http.connect()
            defer { close(socket) }
            try preview.http.send(socket, Array("GET /__portalgen/events HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
            let first = "data: \(preview.server.version)\n\n"
            var received: [UInt8] = []
            let opened = preview.http.read(socket, into: &received, until: { String(decoding: $0, as: UTF8.self).contains(first) }, timeout: 10)
            #expect(opened == .satisfied)
            let text = String(decoding: received, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 200 OK"))
            #expect(text.contains("Content-Type: text/event-stream"))

            try preview.write(Self.speech, Self.speechText(line: "再改一次。"))
            let announced = preview.http.read(socket, into: &received, until: { bytes in
                let events = String(decoding: bytes, as: UTF8.self).components(separatedBy: "data: ").dropFirst(2)
                return !events.isEmpty
            }, timeout: 20)
            #expect(announced == .satisfied)
        }
    }

    @Test func aBrokenFileShowsTheErrorsOverTheLastGoodSiteUntilFixed() throws {
        try withPreview { preview in
            try preview.write(Self.speech, Self.speechText(date: "<b>2024</b>"))
            let broken = try preview.poll(Self.page) { $0.text.contains("portalgen-build-errors") }
            #expect(broken.status == 200)
            // The last good page is still there, under the banner.
            #expect(broken.text.contains("坚决拥护"))
            // In the site's language (site.yml has none: zh-CN).
            #expect(broken.text.contains("content/speeches/2024-second.md:3:7: 错误：`&lt;b&gt;2024&lt;/b&gt;` 不是日期"))
            #expect(broken.text.contains("个错误。下面是上一次成功生成的网站</summary>"))
            // Diagnostics are escaped: the editor's `<b>` is text, not markup.
            #expect(broken.text.contains("&lt;b&gt;2024&lt;/b&gt;"))
            #expect(!broken.text.contains("<b>2024</b>"))
            #expect(broken.text.contains(#"<link rel="stylesheet" href="/__portalgen/overlay.css">"#))
            #expect(!preview.events.failures.isEmpty)

            try preview.write(Self.speech, Self.speechText(line: "修好了。"))
            let fixed = try preview.poll(Self.page) { $0.text.contains("修好了。") && !$0.text.contains("portalgen-build-errors") }
            #expect(fixed.text.contains("修好了。"))
            #expect(!fixed.text.contains("portalgen-build-errors"))
        }
    }

    /// The errors are shown in the language site.yml gives, and follow an edit of it.
    @Test func theErrorsFollowTheLanguageOfSiteYml() throws {
        try withPreview { preview in
            try preview.write(Self.speech, Self.speechText(date: "<b>2024</b>"))
            let chinese = try preview.poll(Self.page) { $0.text.contains("portalgen-build-errors") }
            #expect(chinese.text.contains("错误：`&lt;b&gt;2024&lt;/b&gt;` 不是日期"))
            let settings = try String(contentsOf: preview.site.appendingPathComponent("content/site.yml"), encoding: .utf8)
            try preview.write("content/site.yml", settings + "language: en\n")
            let english = try preview.poll(Self.page) { $0.text.contains("error: `&lt;b&gt;2024&lt;/b&gt;` is not a date") }
            #expect(english.text.contains("error: `&lt;b&gt;2024&lt;/b&gt;` is not a date"))
            try preview.write("content/site.yml", settings)
            let again = try preview.poll(Self.page) { $0.text.contains("错误：`&lt;b&gt;2024&lt;/b&gt;` 不是日期") }
            #expect(again.text.contains("错误：`&lt;b&gt;2024&lt;/b&gt;` 不是日期"))
        }
    }

    @Test func aPlaceholderIsAWarningInThePreview() throws {
        try withPreview(drafts: true) { preview in
            // A speech `portalgen new` wrote, not yet written: a build refuses it, the preview shows it.
            let new = NewSpeech(title: "在职代会上的讲话", date: SpeechDate(year: 2024, month: 6)!)
            try preview.write("content/speeches/\(new.slug).md", new.text)
            let page = try preview.poll("/speeches/\(new.slug)/index.html") { $0.status == 200 }
            #expect(page.text.contains("在此输入讲话正文"))
            #expect(preview.events.failures.isEmpty)
            // The page is served as soon as the site is swapped in; the build's report follows.
            let deadline = Date().addingTimeInterval(20)
            func warned() -> Bool {
                preview.events.all.contains { event in
                    if case .built(let report) = event { return report.warnings.contains { $0.message.key == .placeholder } }
                    return false
                }
            }
            while !warned(), Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            #expect(warned())
        }
    }

    @Test func aTemplateEditIsRebuiltToo() throws {
        try withPreview(ownTemplates: true) { preview in
            let footer = "templates/partials/footer.mustache"
            let original = try String(contentsOf: preview.site.appendingPathComponent(footer), encoding: .utf8)
            try preview.write(footer, original + "\n<p>模板改过了</p>\n")
            let after = try preview.poll("/") { $0.text.contains("模板改过了") }
            #expect(after.text.contains("模板改过了"))
        }
    }

    @Test func stoppingEndsOpenEventStreams() throws {
        let preview = try PreviewHarness()
        let socket = try preview.http.connect()
        defer { close(socket) }
        try preview.http.send(socket, Array("GET /__portalgen/events HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        var received: [UInt8] = []
        preview.http.read(socket, into: &received, until: { String(decoding: $0, as: UTF8.self).contains("data: ") }, timeout: 10)
        let started = Date()
        preview.stop()
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(preview.http.read(socket, into: &received, until: { _ in false }, timeout: 5) == .closed)
        #expect(throws: (any Error).self) { try preview.http.request("/") }
    }
}
