import Foundation
import PortalTestSupport
import Testing
import WordDocument
import WordDocumentTestSupport

/// Tests/Fixtures/valid/documents: speeches as editors receive them — plain text with each form of header
/// block and each outline situation, a Word document (made here from XML), Markdown pasted from Word and
/// from a PDF, a near-duplicate, a draft `portalgen new` wrote — built end to end: the page shows each
/// document's title, date, occasion and speaker and its own header lines, its outline is a tree, and
/// nothing of any document is lost on its page.
@Suite struct DocumentFixtureTests {
    static let fixture = Portalgen.fixtures.appendingPathComponent("valid/documents")
    static let docxName = "2024-gongzuohuiyi.docx"

    /// A copy of the fixture with the Word document added, built into `public/`; `body` gets the site
    /// folder, the output folder and the build's run.
    static func withBuiltSite(_ body: (URL, URL, Portalgen.Run) throws -> Void) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixture, to: site)
        try SpeechDocx.data().write(to: site.appendingPathComponent("content/speeches/\(docxName)"))
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "-v", "--templates", Portalgen.templates, "--output", output.path],
                                    in: site, environment: ["NO_COLOR": "1"])
        try #require(run.status == 0, "\(run.standardError)")
        try body(site, output, run)
    }

    /// slug: title, datetime, occasion, speaker, the document's header lines shown under the title.
    static let expected: [String: (String, String?, String?, String?, [String])] = [
        "021_gwr_1993": ("政府工作报告", "1993", nil, nil, []),
        "1993-报告": ("关于进一步加强\u{3000}基层工会组织建设的报告", "1993", nil, "张建华", ["byline 张\u{3000}建\u{3000}华"]),
        "2017-report": ("政府工作报告", "2017-03-05", "江川市第十二届人民代表大会第五次会议", "周明远",
                        ["subtitle ——2017年3月5日在江川市第十二届人民代表大会第五次会议上", "byline 江川市市长\u{3000}周明远"]),
        "resolution": ("江川市总工会第十五届委员会第三次全体会议决议", "2024-01-15", "江川市总工会第十五届委员会第三次全体会议", nil,
                       ["date （2024年1月15日江川市总工会第十五届委员会第三次全体会议通过）"]),
        "zuotanhui": ("在全市劳模工匠座谈会上的讲话", "2024-04-26", "全市劳模工匠座谈会", "李明",
                      ["date 二〇二四年四月二十六日", "byline 市总工会主席李明"]),
        "peixunban": ("在工会干部培训班开班式上的动员讲话", "2024-05-15", "工会干部培训班开班式", "王勇",
                      ["date ２０２４年５月１５日", "byline 王\u{3000}\u{3000}勇"]),
        "outline": ("在全市工会工作会议上的讲话", "2024-01-15", "全市工会工作会议", nil, ["date （2024年1月15日）"]),
        "report-1955": ("关于发展国民经济的第一个五年计划的报告", "1955-07-05", "第一届全国人民代表大会第二次会议", nil,
                        ["date （一九五五年七月五日在第一届全国人民代表大会第二次会议上）"]),
        "pasted-word": ("在安全生产工作会议上的讲话", "2022-06", nil, nil, []),
        "pdf-wrapped": ("在全市职工职业技能大赛闭幕式上的致辞", "2021", "全市职工职业技能大赛闭幕式", nil, []),
        "2024-gongzuohuiyi": (SpeechDocx.title, "2024-01-15", "全市工会工作会议", "张建华",
                              ["subtitle ——在全市工会工作会议上的讲话", "date （2024年1月15日）", "byline 市总工会党组书记、主席\u{3000}张建华"]),
    ]

    @Test func everyPageShowsItsDocumentsHeader() throws {
        try Self.withBuiltSite { _, output, _ in
            for (slug, (title, datetime, occasion, speaker, header)) in Self.expected {
                let page = try SpeechPage(output, slug: slug)
                #expect(page.title == title, "\(slug)")
                #expect(page.datetime == datetime, "\(slug)")
                #expect(page.occasion == occasion, "\(slug)")
                #expect(page.speaker == speaker, "\(slug)")
                #expect(page.documentHeader == header, "\(slug)")
            }
        }
    }

    @Test func theOutlineIsATreeWithListsKeptAsLists() throws {
        try Self.withBuiltSite { _, output, _ in
            #expect(try SpeechPage(output, slug: "outline").headings == [
                "2 一、认清形势", "3 一是加强宣传引导。", "3 二是强化服务保障。", "3 三是深化改革创新。", "2 二、明确任务",
                "3 （一）抓好思想政治引领", "4 1.加强理论学习", "4 2.开展主题宣讲", "3 （二）抓好建功立业", "2 三、加强组织保障",
                "2 结束语",
            ])
            #expect(try SpeechPage(output, slug: "report-1955").headings == ["2 一", "2 二"])
            #expect(try SpeechPage(output, slug: "pasted-word").headings == ["2 一、提高思想认识", "2 二、压实工作责任", "2 三、强化监督检查"])
            #expect(try SpeechPage(output, slug: Self.docxName.replacingOccurrences(of: ".docx", with: "")).headings == [
                "2 一、2023年工作回顾", "3 （一）思想政治引领持续加强", "2 二、2024年重点任务", "2 结束语",
            ])
            for slug in Self.expected.keys {
                var previous = 1
                for heading in try SpeechPage(output, slug: slug).headings {
                    let level = Int(heading.prefix(1))!
                    #expect(level <= previous + 1, "\(slug): \(heading) skips a level")
                    previous = level
                }
            }
        }
    }

    @Test func wrappedLinesAreJoinedAndPastedLinesStayParagraphs() throws {
        try Self.withBuiltSite { _, output, _ in
            let wrapped = try SpeechPage(output, slug: "pdf-wrapped").speechHTML
            // The greeting, two paragraphs of five and two wrapped lines, and the closing formula on its own.
            #expect(wrapped.components(separatedBy: "<p id=").count - 1 == 4)
            let text = RenderedText.text(ofHTML: wrapped)
            #expect(text.contains("任务，今天就要闭幕了。"))
            #expect(text.contains("\n谢谢大家！\n"))
            let pasted = try SpeechPage(output, slug: "pasted-word").speechHTML
            #expect(pasted.components(separatedBy: "<p id=").count - 1 == 5)
        }
    }

    @Test func nothingOfAnyDocumentIsLostOnItsPage() throws {
        try Self.withBuiltSite { site, output, _ in
            let folder = site.appendingPathComponent("content/speeches")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix("2024-05-01-draft") {
                let file = folder.appendingPathComponent(name)
                let slug = String(name[..<name.lastIndex(of: ".")!])
                let source: String
                if name.hasSuffix(".docx") {
                    source = try WordDocument(data: Data(contentsOf: file)).plainText
                } else if name.hasSuffix(".md") {
                    source = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n---\n")[1]
                } else {
                    source = try String(contentsOf: file, encoding: .utf8)
                }
                let difference = try SpeechPage(output, slug: slug).differenceFrom(source: source)
                #expect(difference == nil, "\(name): \(difference ?? "")")
            }
        }
    }

    @Test func notesAreShownAndLinked() throws {
        try Self.withBuiltSite { _, output, _ in
            let page = try SpeechPage(output, slug: "2024-gongzuohuiyi").html
            #expect(page.contains("<a href=\"#note_1\">[1]</a>"))
            #expect(page.contains("<li id=\"note_1\"><span class=\"note-mark\">[1]</span> 会议于2024年1月15日在市工人文化宫召开。</li>"))
            #expect(page.contains("<li id=\"note_2\"><span class=\"note-mark\">[i]</span> 见《关于深化产业工人队伍建设改革的实施意见》。</li>"))
            let check = try Portalgen.run(["check", "--site", output.path], in: Self.fixture)
            #expect(check.status == 0, "\(check.standardError)")
        }
    }

    @Test func theBuildSaysWhatItNoticedAndWhereValuesCameFrom() throws {
        try Self.withBuiltSite { _, _, run in
            let warnings = run.standardError.split(separator: "\n").filter { $0.contains(": warning: ") }.map(String.init)
            #expect(warnings.count == 5, "\(warnings)")
            // The fixture's site.yml keeps the documentation host of the examples.
            #expect(warnings.contains { $0.hasPrefix("content/site.yml:2:11: warning: `base_url` is still an example address (example.org)") })
            #expect(warnings.contains { $0.hasPrefix("content/speeches/pasted-word.md:5:1: warning: the text looks pasted") })
            #expect(warnings.contains { $0.hasPrefix("content/speeches/pdf-wrapped.md:6:1: warning: the text looks pasted") })
            #expect(warnings.contains("content/speeches/zuotanhui.txt: warning: the text of this speech is nearly identical to "
                + "that of content/speeches/zuotanhui-chaoben.txt (99% the same, in the same order)"))
            #expect(warnings.contains("content/speeches/\(Self.docxName): warning: the document holds 1 picture(s) and "
                + "0 embedded object(s), which are not shown on the page"))
            // The draft `portalgen new` wrote is left out, placeholder and all.
            #expect(!run.standardError.contains("placeholder"))
            #expect(run.standardOutput.contains("values read from the speeches' text and file names:\n"))
            #expect(run.standardOutput.contains("""
                content/speeches/021_gwr_1993.txt
                  title: 政府工作报告 ← line 1 (title)
                  date: 1993 ← a year in the file name
                  occasion: (not found)
                  speaker: (not found)
                """))
            #expect(run.standardOutput.contains("  date: 1993 ← file name\n"))
            #expect(run.standardOutput.contains("  speaker: 周明远 ← line 3 (byline)\n"))
        }
    }
}
