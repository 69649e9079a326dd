import Foundation
import Testing

/// The commands speak the editor's language: Chinese in a `zh` locale or with `--lang zh`, English otherwise.
@Suite struct LanguageTests {
    static let chinese = ["LANG": "zh_CN.UTF-8", "NO_COLOR": "1"]

    @Test func buildAndCheckInChinese() throws {
        try Portalgen.withFixtureCopy { site in
            let build = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site, environment: Self.chinese)
            #expect(build.status == 0, "\(build.standardError)")
            #expect(build.standardOutput.hasPrefix("已生成 3 篇讲话、"))
            let check = try Portalgen.run(["check", "--templates", Portalgen.templates], in: site, environment: Self.chinese)
            #expect(check.status == 0, "\(check.standardError)")
            #expect(check.standardOutput.contains("个链接：没有问题"))
        }
    }

    @Test func verboseStagesInChinese() throws {
        try Portalgen.withFixtureCopy { site in
            let build = try Portalgen.run(["build", "--templates", Portalgen.templates, "-v"], in: site, environment: Self.chinese)
            #expect(build.standardOutput.hasPrefix("读取文件……\n解析讲话……\n"))
            #expect(build.standardOutput.contains("\n  生成网页："))
        }
    }

    /// `--lang` beats the locale, and the locale's variables count in POSIX's order.
    @Test func theLanguageIsChosenByOptionThenLocale() throws {
        try Portalgen.withFixtureCopy { site in
            let build = ["build", "--templates", Portalgen.templates]
            // A build is `built …` or, when nothing changed since the last, `nothing changed: …`.
            func isEnglish(_ run: Portalgen.Run) -> Bool {
                run.standardOutput.hasPrefix("built 3 speeches, ") || run.standardOutput.hasPrefix("nothing changed: 3 speeches, ")
            }
            func isChinese(_ run: Portalgen.Run) -> Bool {
                run.standardOutput.hasPrefix("已生成 3 篇讲话、") || run.standardOutput.hasPrefix("没有改动：3 篇讲话、")
            }
            #expect(isEnglish(try Portalgen.run(build + ["--lang", "en"], in: site, environment: Self.chinese)))
            #expect(isChinese(try Portalgen.run(build + ["--lang", "zh"], in: site)))
            #expect(isEnglish(try Portalgen.run(build, in: site, environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"])))
            #expect(isChinese(try Portalgen.run(build, in: site, environment: ["LC_MESSAGES": "zh_CN.UTF-8"])))
            let unknown = try Portalgen.run(build + ["--lang", "fr"], in: site)
            #expect(unknown.status != 0)
            #expect(unknown.standardError.contains("--lang"))
        }
    }

    @Test func importListsWhatToCheckInChinese() throws {
        try Portalgen.withFixtureCopy { site in
            let text = site.appendingPathComponent("zuotan.txt")
            try "在职工代表座谈会上的讲话\n\n同志们：\n\n今天召开座谈会。\n".write(to: text, atomically: true, encoding: .utf8)
            let run = try Portalgen.run(["import", "zuotan.txt"], in: site, environment: Self.chinese)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("zuotan.txt → content/speeches/zuotan.md（纯文本，UTF-8，0 个标题）\n"))
            #expect(run.standardOutput.contains("\n  标题：在职工代表座谈会上的讲话 ← 第 1 行（标题）\n  日期：（没有找到）\n"))
            #expect(run.standardOutput.contains("  请核对：文中没有日期行：请按文件名或手工填写日期\n"))
            let again = try Portalgen.run(["import", "zuotan.txt"], in: site, environment: Self.chinese)
            #expect(again.status == 1)
            #expect(again.standardError.contains("content/speeches/zuotan.md: 错误：content/speeches/zuotan.md 已经有了；什么都没有写"))
            #expect(again.standardError.hasSuffix("错误：1 个文件中有 1 个没有导入\n"))
        }
    }

    @Test func newTakesAChineseDateAndAnswersInChinese() throws {
        try Portalgen.withFixtureCopy { site in
            let run = try Portalgen.run(
                ["new", "在全市劳模表彰大会上的讲话", "--date", "2024年4月28日"], in: site, environment: Self.chinese)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("content/speeches/2024-04-28-"))
            #expect(run.standardOutput.contains("请填写文件头和正文"))
            let impossible = try Portalgen.run(["new", "讲话", "--date", "2024-02-30"], in: site, environment: Self.chinese)
            #expect(impossible.status == 1)
            #expect(impossible.standardError.contains("错误：`2024-02-30` 不是有效的日期：2024年2月只有 29 天"))
        }
    }

    /// Editors' habits in the front matter of every file (Chinese field names, `：`, Chinese dates and
    /// commas) build without a warning.
    @Test func editorsHabitsBuildCleanly() throws {
        try Portalgen.withFixtureCopy("habits") { site in
            let run = try Portalgen.run(["build", "--templates", Portalgen.templates], in: site, environment: Self.chinese)
            #expect(run.status == 0)
            #expect(run.standardError.isEmpty, "\(run.standardError)")
            #expect(run.standardOutput.hasPrefix("已生成 4 篇讲话、5 个关键词："))
            let output = site.appendingPathComponent("public")
            func page(_ path: String) throws -> String {
                try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            }
            #expect(try page("index.html").contains("<title>职工学习园地</title>"))
            for (speech, date) in [
                ("2024-04-28-laomo", "2024-04-28"), ("2023-12-peixun", "2023-12-05"), ("2023-06-zuotan", "2023-06-18"),
                ("2022-03-01-jiangzhang", "2022-03-01"),
            ] {
                #expect(try page("speeches/\(speech)/index.html").contains("<time datetime=\"\(date)\">"), "\(speech)")
            }
            // `[劳模精神，工匠精神]` and `劳动精神、产业工人；职工之家` are five keywords, each with its page.
            for keyword in ["劳模精神", "工匠精神", "劳动精神", "产业工人", "职工之家"] {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("keywords/\(keyword)/index.html").path))
            }
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("keywords/劳模精神，工匠精神").path))
            #expect(try page("speeches/2024-04-28-laomo/index.html").contains("张建华"))
        }
    }
}
