import Foundation
import PortalTestSupport
@testable import SearchIndex

/// Inputs for the search tests: the five real speeches, hostile and unusual documents, and a large synthetic
/// corpus from a fixed pseudo-random generator.
enum SearchTestCorpus {
    static let repository = Repository.root

    /// The seed speeches: the first line is the title, every other non-empty line a section; short numbered
    /// lines are headings, as an editor would mark them.
    static func seedDocuments() throws -> [SearchDocument] {
        let seeds = SeedSpeeches.shared
        // Dates of every precision, one unknown and two on the same day, and keywords by position in `keywords`.
        let dates = [20230105, 20221120, 20230000, 0, 20230105, 20240300]
        let keywordSets = [[0, 1], [2], [0, 2, 1], [], [1], [0]]
        return try seeds.names.enumerated().map { number, name in
            let text = try seeds.text(name)
            let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            let sections = lines.dropFirst().enumerated().map { index, line in
                SearchSection(anchor: "p\(index + 1)", isHeading: isHeading(line), text: line)
            }
            return SearchDocument(
                url: "speeches/\(name.dropLast(4))/index.html", title: lines.first ?? name, date: "2023年",
                dateKey: dates[number % dates.count], keywords: keywordSets[number % keywordSets.count], sections: sections)
        }
    }

    private static func isHeading(_ line: String) -> Bool {
        guard line.count < 60, let first = line.first else { return false }
        return (first == "第" && line.contains("，")) || ("一二三四五六七八九十".contains(first) && line.contains("、"))
    }

    /// A speech whose every field tries to break out of the index files or the page.
    static let hostile = SearchDocument(
        url: "speeches/hostile/index.html?a=\"b\"&c=</script>",
        title: "<script>alert(1)</script> \"引号\" </script> \u{2028}行\u{2029}段 \\ 反斜杠",
        date: "2024年</script>",
        sections: [
            SearchSection(anchor: "\"><img src=x onerror=alert(1)>", isHeading: true, text: "</script><script>alert(1)</script>"),
            SearchSection(anchor: nil, text: "工会 <!-- \u{2028} --> ${x} `模板` \u{0} \u{1F} \u{7F} 'single' \"double\" 工会"),
        ])

    /// Unusual characters: astral ideographs and emoji, full-width ASCII, mixed case, lone combining marks.
    static let unusual = SearchDocument(
        url: "speeches/unusual/index.html", title: "ＡＢＣ１２３ PortalGen 测试",
        sections: [
            SearchSection(anchor: "u1", text: "扩展字𠀀𠀁与表情😀😀出现两次，全角ＸＹＺ与半角xyz，Ｐｏｒｔａｌ。"),
            SearchSection(anchor: "u2", isHeading: true, text: "é\u{301}组合 Ελληνικά кириллица"),
            SearchSection(anchor: "u3", text: ""),
        ])

    static let keywords = [
        SearchKeyword(term: "产业工人队伍建设改革", aliases: ["产改"], url: "keywords/chanye/index.html", speechCount: 4,
                      description: "党中央部署的改革"),
        SearchKeyword(term: "两个确立", url: "keywords/liangge/index.html", speechCount: 4),
        SearchKeyword(term: "劳模精神", aliases: ["劳模工匠精神"], url: "keywords/laomo/index.html", speechCount: 4),
        SearchKeyword(term: "</script><b>", aliases: ["\u{2028}"], url: "keywords/x\"y/index.html", speechCount: 0,
                      description: "<img src=x onerror=alert(1)>"),
    ]

    /// `count` speeches of pseudo-random text over `alphabet` distinct ideographs, reproducible.
    static func synthetic(count: Int, alphabet: Int = 3000, length: Int = 800) -> [SearchDocument] {
        var random = SeededRandom(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { random.below(bound) }
        func character() -> Character {
            // Skewed towards a few hundred frequent characters, like real text.
            let rank = min(next(alphabet), next(alphabet), next(alphabet))
            return Character(Unicode.Scalar(0x4E00 + UInt32(rank))!)
        }
        return (0..<count).map { number in
            let sections = (0..<(1 + next(6))).map { index in
                SearchSection(anchor: "p\(index)", isHeading: next(4) == 0,
                              text: String((0..<(1 + next(length))).map { _ in next(30) == 0 ? " " : character() }))
            }
            let dateKey = next(5) == 0 ? 0 : (2015 + next(4)) * 10000 + next(13) * 100 + (next(2) == 0 ? 0 : 1 + next(28))
            return SearchDocument(url: "s/\(number)/index.html", title: String((0..<(2 + next(12))).map { _ in character() }),
                                  date: nil, dateKey: dateKey, keywords: (0..<3).filter { _ in next(3) == 0 }, sections: sections)
        }
    }

    /// The input as the Node test reads it (texts.json).
    static func textsJSON(_ documents: [SearchDocument], keywords: [SearchKeyword], queries: [String]) throws -> Data {
        let object: [String: Any] = [
            "documents": documents.map { document in
                [
                    "url": document.url, "title": document.title, "date": document.date as Any,
                    "dateKey": document.dateKey, "keywords": document.keywords,
                    "sections": document.sections.map { ["anchor": $0.anchor as Any, "heading": $0.isHeading, "text": $0.text] },
                ] as [String: Any]
            },
            "keywords": keywords.map { ["term": $0.term, "aliases": $0.aliases, "url": $0.url] },
            "queries": queries,
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    /// Writes files under `directory`.
    static func write(_ files: [SearchIndexFile], to directory: URL) throws {
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    /// A fresh temporary folder.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-search-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The path of an executable on `PATH`, or nil.
    static func executable(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
