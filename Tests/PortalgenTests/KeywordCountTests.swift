import Foundation
import Testing

/// On the real content (the five seed speeches), every keyword's count is what a plain count over the
/// speeches' text gives: the uses of its term and aliases, leftmost-longest among its own names only, whatever
/// other keyword covers the same characters (产业工人 inside 产业工人队伍建设改革 is a use of both).
@Suite struct KeywordCountTests {
    struct Row {
        var mentions: Int
        var speeches: Int
        var origin: String
        var names: [String]
        /// The last column: whether the keyword gets a compilation (原文摘编), and why not.
        var compilation: String
    }

    static func keywordRows() throws -> [Row] {
        let run = try Portalgen.run(["keywords"], in: Portalgen.repository)
        try #require(run.status == 0, "\(run.standardError)")
        return rows(of: run.standardOutput)
    }

    /// The rows of `portalgen keywords`' table (in English or Chinese), its heading and count left out.
    static func rows(of output: String) -> [Row] {
        output.split(separator: "\n").dropFirst().compactMap { line -> Row? in
            // The compilation column is last, after the padding: two spaces never stand inside it.
            guard let gap = line.range(of: "  ", options: .backwards) else { return nil }
            let compilation = String(line[gap.upperBound...]).trimmingCharacters(in: .whitespaces)
            let fields = line[..<gap.lowerBound].split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
            guard fields.count == 4, let mentions = Int(fields[0]), let speeches = Int(fields[1]) else { return nil }
            // "term (alias, alias)" after the origin column ("front matter" is two words).
            var rest = fields[3].trimmingCharacters(in: .whitespaces)
            var origin = String(fields[2])
            if origin == "front", rest.hasPrefix("matter") {
                origin = "front matter"
                rest = rest.dropFirst("matter".count).trimmingCharacters(in: .whitespaces)
            }
            let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
            var names = [parts[0]]
            if parts.count > 1 {
                names += parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "()"))
                    .components(separatedBy: ", ").filter { !$0.isEmpty }
            }
            return Row(mentions: mentions, speeches: speeches, origin: origin, names: names, compilation: compilation)
        }
    }

    /// The bodies of the speeches, after their front matter.
    static func bodies() throws -> [String] {
        let folder = Portalgen.repository.appendingPathComponent("content/speeches")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let parts = text.components(separatedBy: "\n---\n")
            return parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text
        }
    }

    /// Uses of one keyword: leftmost-longest among its own names, non-overlapping (党的二十大 and its alias
    /// 二十大 are one use), written as plainly as possible.
    static func uses(of names: [String], in text: String) -> Int {
        let characters = Array(text)
        var count = 0
        var position = 0
        while position < characters.count {
            let longest = names.filter { name in
                position + name.count <= characters.count && String(characters[position..<position + name.count]) == name
            }.map(\.count).max()
            if let longest {
                count += 1
                position += longest
            } else {
                position += 1
            }
        }
        return count
    }

    @Test func countsAreTheUsesOfEachKeywordsOwnNames() throws {
        let rows = try Self.keywordRows()
        let bodies = try Self.bodies()
        #expect(rows.count >= 30)
        var containedInAnother = 0
        for row in rows {
            let perSpeech = bodies.map { Self.uses(of: row.names, in: $0) }
            #expect(row.mentions == perSpeech.reduce(0, +), "\(row.names[0])")
            // Front-matter keywords count as used even where the text never says them.
            #expect(row.speeches >= perSpeech.count { $0 > 0 }, "\(row.names[0])")
            // Five speeches: every keyword a paragraph uses keeps its compilation, whatever its share.
            #expect(row.compilation == (row.mentions > 0 ? "yes" : "no: no paragraph uses it"), "\(row.names[0])")
            let isInsideAnother = rows.contains { other in
                other.names != row.names && other.names.contains { name in row.names.contains { name != $0 && name.contains($0) } }
            }
            if isInsideAnother { containedInAnother += 1 }
        }
        // Keywords inside others' terms count every use too (the old leftmost-longest counting lost them).
        #expect(containedInAnother >= 3)
        let terms = Set(rows.map(\.names[0]))
        for term in ["两个确立", "两个维护", "产业工人队伍建设改革", "劳模精神", "工匠精神", "新就业形态劳动者", "职工之家", "县级工会加强年", "国之大者", "劳动竞赛"] {
            #expect(terms.contains(term), "\(term)")
        }
    }

    @Test func keywordsAndSuggestAndPagesAgree() throws {
        let rows = try Self.keywordRows()
        let suggest = try Portalgen.run(["keywords", "--suggest", "--limit", "400"], in: Portalgen.repository)
        try #require(suggest.status == 0, "\(suggest.standardError)")
        let lines = suggest.standardOutput.split(separator: "\n").map(String.init)
        var checked = 0
        for (index, line) in lines.enumerated() where line.hasPrefix("  - term: ") && index + 1 < lines.count {
            let term = String(line.dropFirst("  - term: ".count))
            guard let row = rows.first(where: { $0.names[0] == term }), lines[index + 1].contains("has a page") else { continue }
            #expect(lines[index + 1].contains("# \(row.mentions) uses in \(row.speeches) speeches"), "\(term): \(lines[index + 1])")
            checked += 1
        }
        #expect(checked >= 5)
    }

    @Test func keywordPagesShowSentencesInContext() throws {
        let work = try Portalgen.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("public")
        let run = try Portalgen.run(["build", "--output", output.path], in: Portalgen.repository)
        try #require(run.status == 0, "\(run.standardError)")
        let page = try String(contentsOf: output.appendingPathComponent("keywords/产业工人队伍建设改革/index.html"), encoding: .utf8)
        #expect(page.contains("<mark>产业工人队伍建设改革</mark>"))
        #expect(page.contains("<mark>产改</mark>"))
        // Which form a speech used is on the page.
        #expect(page.contains("“产改”"))
        #expect(page.contains("<svg"))
        #expect(page.components(separatedBy: "<li class=\"use\">").count - 1 == 5)
    }
}
