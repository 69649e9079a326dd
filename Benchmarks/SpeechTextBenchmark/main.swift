// SpeechText benchmark (not a test): converts long speech texts and reports characters per second.
//
//     python3 ../shared/bench/make-corpus.py --count 200 --length 20000-60000 --out /tmp/long
//     swift run -c release speechtext-bench /tmp/long [--runs 5] [--write /tmp/long-texts]
//     swift run -c release speechtext-bench --worst      # the worst cases found: millions of one-line headings
//
// make-corpus.py writes Markdown with front matter; each file is turned back into the plain text an editor
// would receive: the title line, the date line (（2015年3月2日）), then one line per paragraph, heading marks and
// backslash escapes removed. `--write DIR` also saves those texts (the test fixtures under
// Tests/SpeechTextTests/Fixtures/documents/corpus-*.txt were made this way).
import Foundation
import SpeechText

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let corpus = URL(fileURLWithPath: arguments.first { !$0.hasPrefix("--") } ?? "/tmp/long")
let runs = max(1, Int(option("--runs") ?? "") ?? 5)

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now()
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

if arguments.contains("--worst") {
    // Every line a heading that starts its numbering again (one series per line), or two families alternating.
    let cases = [("2,900,000 lines 一、甲", String(repeating: "一、甲\n", count: 2_900_000)),
                 ("2,800,000 lines 一、甲 / （一）乙", String(repeating: "一、甲\n（一）乙\n", count: 1_400_000)),
                 ("2,000,000 list items 1.加强领导；", String(repeating: "1.加强领导；\n", count: 2_000_000))]
    for (name, text) in cases {
        var headings = 0
        let time = seconds { headings = SpeechConverter.convert(text).outline.count }
        print(String(format: "%@: %.2f s, %d headings", name, time, headings))
    }
    exit(0)
}

/// The plain text behind one make-corpus.py Markdown file.
func plainText(ofCorpusFile markdown: String) -> String {
    var lines: [String] = []
    var body = Substring(markdown)
    if body.hasPrefix("---\n"), let end = body.range(of: "\n---\n") {
        for field in body[body.index(body.startIndex, offsetBy: 4)..<end.lowerBound].split(separator: "\n") {
            if field.hasPrefix("title: ") { lines.insert(String(field.dropFirst(7)), at: 0) }
            if field.hasPrefix("date: ") {
                let parts = field.dropFirst(6).split(separator: "-").compactMap { Int($0) }
                if parts.count == 3 { lines.append("（\(parts[0])年\(parts[1])月\(parts[2])日）") }
            }
        }
        body = body[end.upperBound...]
    }
    for block in body.components(separatedBy: "\n\n") where !block.isEmpty {
        var text = block.hasPrefix("## ") ? String(block.dropFirst(3)) : block
        text = text.replacingOccurrences(of: #"\\([\\`*_\[\]<>#])"#, with: "$1", options: .regularExpression)
        lines.append(text.trimmingCharacters(in: .newlines))
    }
    return lines.joined(separator: "\n") + "\n"
}

let folder = corpus.appendingPathComponent("content/speeches")
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
guard !names.isEmpty else {
    FileHandle.standardError.write(Data("no .md files in \(folder.path): run make-corpus.py first\n".utf8))
    exit(1)
}
let texts = try names.map { plainText(ofCorpusFile: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
if let target = option("--write") {
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for (name, text) in zip(names, texts) {
        try Data(text.utf8).write(to: URL(fileURLWithPath: target).appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".txt")))
    }
}
let characters = texts.reduce(0) { $0 + $1.count }
var best = Double.infinity
var headings = 0, dated = 0
for _ in 0..<runs {
    headings = 0
    dated = 0
    best = min(best, seconds {
        for text in texts {
            let speech = SpeechConverter.convert(text)
            headings += speech.outline.count
            if speech.date != nil { dated += 1 }
        }
    })
}
print("\(texts.count) texts, \(characters) characters (\(characters / texts.count) per text), \(headings) headings, "
    + "\(dated) dated")
print(String(format: "best of %d runs: %.3f s, %.1f million characters/s, %.2f ms per text",
             runs, best, Double(characters) / best / 1e6, best * 1000 / Double(texts.count)))
