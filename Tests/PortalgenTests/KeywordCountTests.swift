import Foundation
import Testing

/// On the real content (the five seed speeches), every keyword's count is what a plain substring count over
/// the speeches' text gives: for terms no other keyword contains, the count of the term and its aliases;
/// for the others, leftmost-longest (产业工人 inside 产业工人队伍建设改革 is not a mention of 产业工人).
@Suite struct KeywordCountTests {
    struct Row {
        var mentions: Int
        var speeches: Int
        var names: [String]
    }

    static func keywordRows() throws -> [Row] {
        let run = try Portalgen.run(["keywords"], in: Portalgen.repository)
        try #require(run.status == 0, "\(run.standardError)")
        return run.standardOutput.split(separator: "\n").dropFirst().compactMap { line -> Row? in
            let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
            guard fields.count == 4, let mentions = Int(fields[0]), let speeches = Int(fields[1]) else { return nil }
            // "term (alias, alias)" after the origin column.
            let rest = fields[3].split(separator: " ", maxSplits: 1).map(String.init)
            var names = [rest[0]]
            if rest.count > 1 {
                names += rest[1].trimmingCharacters(in: CharacterSet(charactersIn: "()"))
                    .components(separatedBy: ", ").filter { !$0.isEmpty }
            }
            return Row(mentions: mentions, speeches: speeches, names: names)
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

    static func substringCount(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Leftmost-longest, non-overlapping: the reference for terms inside other terms.
    static func leftmostLongest(_ names: [(String, Int)], in text: String) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        let characters = Array(text)
        var position = 0
        while position < characters.count {
            var best: (length: Int, keyword: Int)?
            for (name, keyword) in names where name.count > (best?.length ?? 0) && position + name.count <= characters.count {
                if String(characters[position..<position + name.count]) == name { best = (name.count, keyword) }
            }
            if let best {
                counts[best.keyword, default: 0] += 1
                position += best.length
            } else {
                position += 1
            }
        }
        return counts
    }

    @Test func countsMatchTheText() throws {
        let rows = try Self.keywordRows()
        let bodies = try Self.bodies()
        #expect(rows.count >= 30)
        let allNames = rows.enumerated().flatMap { index, row in row.names.map { ($0, index) } }
        var totals: [Int: Int] = [:]
        var speechCounts: [Int: Int] = [:]
        for body in bodies {
            for (keyword, count) in Self.leftmostLongest(allNames, in: body) where count > 0 {
                totals[keyword, default: 0] += count
                speechCounts[keyword, default: 0] += 1
            }
        }
        var plain = 0
        for (index, row) in rows.enumerated() {
            #expect(row.mentions == totals[index, default: 0], "\(row.names[0])")
            // Another name (of this keyword too: 党的二十大 contains its alias 二十大) would hide mentions.
            let contained = allNames.contains { name, _ in row.names.contains { name != $0 && name.contains($0) } }
            if !contained {
                plain += 1
                let substring = bodies.reduce(0) { sum, body in sum + row.names.reduce(0) { $0 + Self.substringCount($1, in: body) } }
                #expect(row.mentions == substring, "\(row.names[0]): plain substring count \(substring)")
            }
            // Front-matter keywords count as used even where the text never says them.
            #expect(row.speeches >= speechCounts[index, default: 0], "\(row.names[0])")
        }
        #expect(plain >= 20)
        // The terms the issue names, with pages.
        let terms = Set(rows.map(\.names[0]))
        for term in ["两个确立", "两个维护", "产业工人队伍建设改革", "劳模精神", "工匠精神", "新就业形态劳动者", "职工之家", "县级工会加强年", "国之大者"] {
            #expect(terms.contains(term), "\(term)")
        }
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
        #expect(page.contains("<svg"))
        #expect(page.components(separatedBy: "<li class=\"use\">").count - 1 == 5)
    }
}
