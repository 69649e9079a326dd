import Foundation
import Testing

/// Every command that reads or edits a site, given a folder without `content/` (a mistyped `--source`), says
/// so in the build's words and writes nothing into it; `import` asks for `--into` there.
@Suite(.timeLimit(.minutes(2)))
struct NotASiteTests {
    static let commands: [[String]] = [
        ["build"], ["check"], ["serve", "--port", "0"], ["keywords"], ["keywords", "--suggest"],
        ["keywords", "--accept", "劳模精神"], ["keywords", "--deny", "同志们"], ["new", "在全委会议上的讲话"],
    ]

    @Test(arguments: commands)
    func refusedInEnglishAndChineseWithNothingWritten(command: [String]) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let folder = work.appendingPathComponent("not-a-site")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let arguments = command + ["--source", "not-a-site"]
        for (language, words) in [
            ("en", "content: error: `not-a-site` has no `content/` folder: it does not look like a site folder"),
            ("zh", "content: 错误：`not-a-site` 里没有 `content/` 文件夹，它不像是网站文件夹"),
        ] {
            let (status, output) = try Self.run(arguments + ["--lang", language], in: work)
            #expect(status == 1)
            #expect(output.contains(words), "\(output)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }

    /// `import` into the site's own `content/speeches` from a folder that is no site: refused in the editor's
    /// language, nothing made; with `--into` the folder named is made.
    @Test func importOutsideASiteNeedsItsDestination() throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Data("在职工代表座谈会上的讲话\n\n同志们：\n\n今天召开座谈会。\n".utf8).write(to: work.appendingPathComponent("zuotan.txt"))
        for (language, words) in [
            ("en", "content: error: there is no `content/` folder here: this does not look like a site folder; nothing was written"),
            ("zh", "content: 错误：这里没有 `content/` 文件夹，不像是网站文件夹；什么都没有写"),
        ] {
            let run = try Portalgen.run(["import", "zuotan.txt", "--lang", language], in: work, environment: ["NO_COLOR": "1"])
            #expect(run.status == 1)
            #expect(run.standardError.contains(words), "\(run.standardError)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == ["zuotan.txt"])
        }
        let named = try Portalgen.run(["import", "zuotan.txt", "--into", "imported"], in: work)
        #expect(named.status == 0, "\(named.standardError)")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("imported/zuotan.md").path))
    }

    /// The exit status and everything printed; a server that did start (the refusal is missing) is stopped,
    /// so the test fails instead of hanging.
    static func run(_ arguments: [String], in directory: URL) throws -> (Int32, String) {
        guard arguments.first == "serve" else {
            let run = try Portalgen.run(arguments, in: directory, environment: ["NO_COLOR": "1"], timeout: 60)
            return (run.status, run.standardOutput + run.standardError)
        }
        let serve = try ServeProcess(arguments, in: directory, environment: ["NO_COLOR": "1"])
        let status = serve.waitForExit(seconds: 30) ?? serve.interrupt()
        return (status, serve.output)
    }
}
