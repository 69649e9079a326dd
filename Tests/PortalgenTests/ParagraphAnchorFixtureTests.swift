import Foundation
import Testing

/// Paragraph ids end to end: the fixture site built, a paragraph inserted before the others, built again; every
/// paragraph keeps its id, and the pages that link to paragraphs follow.
@Suite struct ParagraphAnchorFixtureTests {
    /// Each paragraph of a speech page's body: its id and its text without markup, in order.
    static func paragraphs(_ output: URL, _ path: String) throws -> [(anchor: String, text: String)] {
        let page = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"<(?:p|span) id="(p-[0-9a-z-]+)">(.*?)</(?:p|span)>"#, options: [.dotMatchesLineSeparators])
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
            let anchor = String(page[Range(match.range(at: 1), in: page)!])
            let html = String(page[Range(match.range(at: 2), in: page)!])
            let text = html.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            return (anchor, text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func aParagraphKeepsItsIdWhenAnotherIsInsertedBeforeIt() throws {
        let (work, site, output, arguments) = try IncrementalBuildTests.builtSite()
        defer { try? FileManager.default.removeItem(at: work) }
        let page = "speeches/2024-second/index.html"
        let before = try Self.paragraphs(output, page)
        #expect(before.map(\.text) == ["同志们：", "坚决拥护“两个确立”，深化产业工人队伍建设改革。", "加快建设中国式现代化新**磅礴伟力，X同志，x元。"])
        // Fixed by the scheme, not by this build: a published link must find its paragraph after any release.
        #expect(before[1].anchor == "p-9nt769")
        let keywordPage = try String(contentsOf: output.appendingPathComponent("keywords/两个确立/index.html"), encoding: .utf8)
        #expect(keywordPage.contains("2024-second/index.html#\(before[1].anchor)\""))

        let speech = site.appendingPathComponent("content/speeches/2024-second.md")
        let text = try String(contentsOf: speech, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "同志们：\n", with: "同志们：\n\n今天我们召开全委会议，先讲一个新的开头。\n").utf8).write(to: speech)
        let run = try Portalgen.run(arguments, in: site)
        try #require(run.status == 0, "\(run.standardError)")

        let after = try Self.paragraphs(output, page)
        #expect(after.count == 4)
        #expect(after[1].text == "今天我们召开全委会议，先讲一个新的开头。")
        // Every old paragraph has its old id; only the new one is new.
        let oldIDs = Dictionary(uniqueKeysWithValues: before.map { ($0.text, $0.anchor) })
        for paragraph in after where paragraph.text != after[1].text {
            #expect(oldIDs[paragraph.text] == paragraph.anchor, "\(paragraph.text)")
        }
        #expect(!before.map(\.anchor).contains(after[1].anchor))
        let keywordAfter = try String(contentsOf: output.appendingPathComponent("keywords/两个确立/index.html"), encoding: .utf8)
        #expect(keywordAfter.contains("2024-second/index.html#\(before[1].anchor)\""))
        // The search index links the paragraph's text to the same id.
        let index = Portalgen.snapshot(output.appendingPathComponent("search")).values.map { String(decoding: $0, as: UTF8.self) }
        #expect(index.contains { $0.contains("\"\(before[1].anchor)\"") })
        // The body's old-style link (`2024-second.md#p2`) stays as written, and the checker accepts it.
        let check = try Portalgen.run(["check", "--site", output.path], in: site)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    /// The citation's words come from the template, filled with the speech's fields: speaker and date, or the
    /// date alone; the address is the public one from base_url.
    @Test func citationsNameTitleSpeakerAndDateAndThePublicAddress() throws {
        try ValidFixtureTests.withBuiltSite { output, _ in
            let first = try ValidFixtureTests.page(output, "speeches/2023-10-first/index.html")
            #expect(first.contains(#"data-address="https://example.org/portal/speeches/2023-10-first/index.html""#))
            #expect(first.contains(#"data-citation="《在工会干部培训班上的讲话》（张三，2023年10月23日）第 {n} 段&#10;{address}""#))
            #expect(first.contains(#"<script src="../../static/passage.js" defer"#))
            let second = try ValidFixtureTests.page(output, "speeches/2024-second/index.html")
            #expect(second.contains(#"data-citation="《在全委会议上的讲话》（2024年）第 {n} 段&#10;{address}""#))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("static/passage.js").path))
        }
    }
}
