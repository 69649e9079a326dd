import Foundation
import Testing
import WordDocumentTestSupport

/// `portalgen import` on a folder as editors receive it: plain text, a Word document, Markdown (pasted and
/// written), and a `.doc` it cannot read. For each file it prints the title, date, occasion and speaker and
/// where each came from, then what to check; the files it writes build into a site.
@Suite struct ImportCommandTests {
    static func withImported(_ body: (URL, Portalgen.Run) throws -> Void) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let received = work.appendingPathComponent("收到的讲话")
        try FileManager.default.copyItem(
            at: DocumentFixtureTests.fixture.appendingPathComponent("content/speeches"), to: received)
        try SpeechDocx.data().write(to: received.appendingPathComponent(DocumentFixtureTests.docxName))
        // An old Word file: the compound-file signature and nothing more.
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
            .write(to: received.appendingPathComponent("旧格式讲话.doc"))
        let run = try Portalgen.run(["import", received.path, "--into", "site/content/speeches"], in: work,
                                    environment: ["NO_COLOR": "1"])
        try body(work, run)
    }

    @Test func printsEachFilesValuesAndWhereTheyCameFrom() throws {
        try Self.withImported { work, run in
            #expect(run.status == 1)
            let out = run.standardOutput
            #expect(out.contains("""
                /收到的讲话/2017-report.txt → site/content/speeches/2017-report.md (plain text, UTF-8, 2 headings)
                  title: 政府工作报告 ← line 1 (title)
                  date: 2017-03-05 ← line 2 (subtitle)
                  occasion: 江川市第十二届人民代表大会第五次会议 ← line 2 (subtitle)
                  speaker: 周明远 ← line 3 (byline)
                """))
            #expect(out.contains("""
                /收到的讲话/2024-gongzuohuiyi.docx → site/content/speeches/2024-gongzuohuiyi.md (Word document, 4 headings)
                  title: 凝心聚力谋发展　奋力开创工会工作新局面 ← lines 1–2 (title)
                  date: 2024-01-15 ← line 4 (date line)
                  occasion: 全市工会工作会议 ← line 3 (subtitle)
                  speaker: 张建华 ← line 5 (byline)
                  check: lines 1–2 read as one title of 2 lines: check the title
                """))
            #expect(out.contains("""
                  title: 政府工作报告 ← line 1 (title)
                  date: 1993 ← a year in the file name
                  occasion: (not found)
                  speaker: (not found)
                  check: no occasion found in the header: add one by hand if the speech has one
                """))
            // A pasted Markdown body is converted; its front matter values win.
            #expect(out.contains("""
                /收到的讲话/pasted-word.md → site/content/speeches/pasted-word.md (Markdown with pasted text, read as speech text, 3 headings)
                  title: 在安全生产工作会议上的讲话 ← front matter
                  date: 2022-06 ← front matter
                """))
            // The checks list the outline's uncertain decisions.
            #expect(out.contains("check: lines 11–13: the 一、 numbering starts again inside a section numbered the same way; read as a list, not headings"))
            let errors = run.standardError
            #expect(errors.contains("旧格式讲话.doc: error: “.doc” files are not read: only Word documents saved as .docx are"))
            #expect(errors.contains("hint: open the file in WPS or Word and save it as .docx (文件 → 另存为 → Word 文档 (*.docx))"))
            #expect(errors.contains("2024-gongzuohuiyi.docx: warning: the document holds 1 picture(s)"))
            #expect(errors.hasSuffix("error: 1 of 14 files were not imported\n"))
        }
    }

    @Test func theWrittenFilesHoldEveryValueAndBuild() throws {
        try Self.withImported { work, _ in
            let speeches = work.appendingPathComponent("site/content/speeches")
            let report = try String(contentsOf: speeches.appendingPathComponent("021_gwr_1993.md"), encoding: .utf8)
            #expect(report.hasPrefix("---\ntitle: 政府工作报告\ndate: \"1993\"\n# occasion: 会议或场合\n# speaker: 讲话人\n"))
            let word = try String(contentsOf: speeches.appendingPathComponent("2024-gongzuohuiyi.md"), encoding: .utf8)
            #expect(word.contains("\nspeaker: 张建华\n"))
            // The header lines after the title, the table's rows and the notes stay in the text.
            #expect(word.contains("\n——在全市工会工作会议上的讲话\n\n（2024年1月15日）\n"))
            #expect(word.contains("\n培训职工\u{3000}1.2万人次\u{3000}1.5万人次\n"))
            #expect(word.contains("\n\\[1\\] 会议于2024年1月15日在市工人文化宫召开。\n"))
            // A Markdown file that is already Markdown is copied as it is.
            let draft = "2024-05-01-draft.md"
            #expect(try Data(contentsOf: speeches.appendingPathComponent(draft))
                == Data(contentsOf: DocumentFixtureTests.fixture.appendingPathComponent("content/speeches/\(draft)")))
            let build = try Portalgen.run(["build", "--templates", Portalgen.templates], in: work.appendingPathComponent("site"))
            #expect(build.status == 0, "\(build.standardError)")
            #expect(build.standardOutput.hasPrefix("built 12 speeches"))
        }
    }

    @Test func anImportedFileIsNeverReplacedUnlessAsked() throws {
        try Self.withImported { work, _ in
            let text = work.appendingPathComponent("收到的讲话/zuotanhui.txt").path
            let again = try Portalgen.run(["import", text, "--into", "site/content/speeches"], in: work)
            #expect(again.status == 1)
            #expect(again.standardError.contains("zuotanhui.md"))
            let forced = try Portalgen.run(["import", text, "--into", "site/content/speeches", "--force"], in: work)
            #expect(forced.status == 0, "\(forced.standardError)")
        }
    }
}
