import Foundation
import Testing

/// Whatever an incremental build skips, its site is byte for byte the one a build from nothing makes: after
/// each kind of edit an editor makes, the site built on top of the last one (its cache, its files) is
/// compared with a fresh build of the edited site into an empty folder.
@Suite struct IncrementalEquivalenceTests {
    /// An edit of the site in `site` (with its templates in `site/templates`).
    struct Edit: Sendable, CustomTestStringConvertible {
        var name: String
        var apply: @Sendable (URL) throws -> Void
        var testDescription: String { name }
    }

    static func replace(_ old: String, with new: String, in file: String) -> @Sendable (URL) throws -> Void {
        { site in
            let url = site.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        }
    }

    static let speeches = "content/speeches/"

    static let edits: [Edit] = [
        Edit(name: "body text", apply: replace("各级工会要学习劳模精神。", with: "各级工会要学习劳模精神，弘扬工匠精神。", in: speeches + "2024-03-12-b.md")),
        Edit(name: "title", apply: replace("title: 在三月第二次会议上的讲话", with: "title: 在三月第二次全体会议上的讲话", in: speeches + "2024-03-12-b.md")),
        // Moves it to another year: its neighbours, the archive's years and months, home and the feed change.
        Edit(name: "date", apply: replace("date: 2024-03-12", with: "date: 2022-12-30", in: speeches + "2024-03-12-b.md")),
        Edit(name: "keywords", apply: replace("date: 2024-03-12\n", with: "date: 2024-03-12\nkeywords: [产改]\n", in: speeches + "2024-03-12-b.md")),
        Edit(name: "add", apply: { site in
            try Data("---\ntitle: 在新增会议上的讲话\ndate: 2024-03-20\n---\n\n推进产业工人队伍建设改革，弘扬劳模精神。\n".utf8)
                .write(to: site.appendingPathComponent(speeches + "2024-03-20-new.md"))
        }),
        Edit(name: "delete", apply: { site in
            try FileManager.default.removeItem(at: site.appendingPathComponent(speeches + "2024-03-19-c.md"))
        }),
        Edit(name: "rename", apply: { site in
            try FileManager.default.moveItem(
                at: site.appendingPathComponent(speeches + "2024-03-19-c.md"),
                to: site.appendingPathComponent(speeches + "2024-03-19-renamed.md"))
        }),
        Edit(name: "template", apply: replace("</footer>", with: "<!-- 改过的页脚 --></footer>", in: "templates/partials/footer.mustache")),
        Edit(name: "labels", apply: replace("archive: 讲话归档", with: "archive: 讲话档案", in: "templates/labels.yml")),
        // Saved again unchanged: a new modification time, the same site.
        Edit(name: "touch", apply: { site in
            let url = site.appendingPathComponent(speeches + "2024-03-12-b.md")
            try Data(contentsOf: url).write(to: url)
        }),
        Edit(name: "config", apply: replace("latest_count: 3", with: "latest_count: 4", in: "content/site.yml")),
        Edit(name: "glossary", apply: replace("    description: 以爱岗敬业、争创一流为内涵的精神。", with: "    description: 爱岗敬业、争创一流。", in: "content/keywords.yml")),
    ]

    @Test(arguments: edits) func anIncrementalBuildIsAFreshBuild(_ edit: Edit) throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: Portalgen.fixtures.appendingPathComponent("valid/paginated"), to: site)
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: Portalgen.templates), to: site.appendingPathComponent("templates"))
        let public_ = work.appendingPathComponent("public")
        let first = try Portalgen.run(["build", "--output", public_.path], in: site, timeout: 120)
        try #require(first.status == 0, "\(first.standardError)")
        let before = Portalgen.snapshot(public_)

        try edit.apply(site)
        let incremental = try Portalgen.run(["build", "--output", public_.path], in: site, timeout: 120)
        try #require(incremental.status == 0, "\(incremental.standardError)")
        let fresh = work.appendingPathComponent("fresh")
        let full = try Portalgen.run(["build", "--output", fresh.path], in: site, timeout: 120)
        try #require(full.status == 0, "\(full.standardError)")

        let built = Portalgen.snapshot(public_)
        let expected = Portalgen.snapshot(fresh)
        #expect(Set(built.keys) == Set(expected.keys), "\(Set(built.keys).symmetricDifference(expected.keys).sorted())")
        let differing = expected.keys.filter { built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "differ from a fresh build: \(differing)")
        if edit.name != "touch" {
            #expect(built != before, "the edit changed nothing")
        }
    }
}
