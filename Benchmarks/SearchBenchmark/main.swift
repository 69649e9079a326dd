// Search index benchmark (not a test): builds the index for a synthetic corpus and reports its size, build
// time and memory, and the bytes a browser downloads for the first page of results of a fixed set of queries
// (Tests/JavaScript/bench-queries.txt: median and worst), measured by running the real client
// (templates/static/search*.js) in Node against the written files.
//
//     python3 ../shared/bench/make-corpus.py --count 10000 --out /tmp/corpus
//     python3 ../shared/bench/make-corpus.py --count 1000 --length 20000-60000 --out /tmp/long
//     swift run -c release search-bench /tmp/corpus [/tmp/search-index] [--runs 5] [--threads N] [--block CHARACTERS]
//     Tests/JavaScript/time-to-first-results.sh /tmp/search-index      # headless Chromium
import Foundation
import SearchIndex

#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
let positional = arguments.enumerated().filter { index, argument in
    !argument.hasPrefix("--") && (index == 0 || !arguments[index - 1].hasPrefix("--"))
}.map(\.element)
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let corpus = URL(fileURLWithPath: positional.first ?? "/tmp/corpus")
let output = URL(fileURLWithPath: positional.count > 1 ? positional[1] : "/tmp/search-index")
let runs = max(1, Int(option("--runs") ?? "") ?? 5)
let threads = Int(option("--threads") ?? "")
let blockCharacters = Int(option("--block") ?? "") ?? SearchIndexBuilder.Options().blockCharacters

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// User and system CPU time of the process so far, in seconds (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// A field of /proc/self/status in MiB (VmRSS: now, VmHWM: peak since the last reset).
func memoryMiB(_ field: String) -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
    return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
}

/// Resets the peak resident set size (VmHWM), so it measures the build alone.
func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

// MARK: Reading the corpus (crude: front matter lines, Markdown lines as sections)

let loadStart = DispatchTime.now()
let folder = corpus.appendingPathComponent("content/speeches")
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".md") }.sorted()
guard !names.isEmpty else {
    print("no speeches in \(folder.path); run make-corpus.py first")
    exit(1)
}

struct Speech: Sendable {
    var document: SearchDocument
    var keywords: [String]
}

/// Crude reading of the corpus: front matter lines, and each Markdown line a section ("## " a heading).
enum CorpusReader {
    static func displayDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let units = ["年", "月", "日"]
        return zip(parts, units).map { "\($0)\($1)" }.joined()
    }

    /// `YYYYMMDD` (00 for a missing part), 0 without a date.
    static func dateKey(_ iso: String) -> Int {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return 0 }
        return year * 10000 + (parts.count > 1 ? parts[1] * 100 : 0) + (parts.count > 2 ? parts[2] : 0)
    }

    static func unescapeMarkdown(_ line: Substring) -> String {
        var text = ""
        var escaped = false
        for character in line {
            if character == "\\" && !escaped {
                escaped = true
                continue
            }
            escaped = false
            text.append(character)
        }
        return text
    }

    static func readSpeech(_ url: URL) -> Speech? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") else { return nil }
        var title = url.lastPathComponent
        var date = ""
        var keywords: [String] = []
        for line in lines[1..<close] {
            if line.hasPrefix("title: ") { title = String(line.dropFirst(7)) }
            if line.hasPrefix("date: ") { date = String(line.dropFirst(6)) }
            if line.hasPrefix("keywords: [") {
                keywords = line.dropFirst(11).dropLast().split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
            }
        }
        var sections: [SearchSection] = []
        for line in lines[(close + 1)...] where !line.isEmpty {
            let isHeading = line.hasPrefix("## ")
            let body = isHeading ? line.dropFirst(3) : line
            sections.append(SearchSection(anchor: "p\(sections.count + 1)", isHeading: isHeading, text: unescapeMarkdown(body)))
        }
        let slug = url.deletingPathExtension().lastPathComponent
        let document = SearchDocument(
            url: "speeches/\(slug)/index.html", title: title, date: displayDate(date), dateKey: dateKey(date),
            sections: sections)
        return Speech(document: document, keywords: keywords)
    }
}

// Reading is not part of what is measured; it uses every core to keep the benchmark quick.
final class Slots: @unchecked Sendable {
    // Each slot is written by exactly one iteration of concurrentPerform.
    var speeches: [Speech?]
    init(count: Int) { speeches = Array(repeating: nil, count: count) }
}
let slots = Slots(count: names.count)
let urls = names.map { folder.appendingPathComponent($0) }
slots.speeches.withUnsafeMutableBufferPointer { buffer in
    nonisolated(unsafe) let base = buffer.baseAddress!
    DispatchQueue.concurrentPerform(iterations: names.count) { index in
        base[index] = CorpusReader.readSpeech(urls[index])
    }
}
let speeches = slots.speeches.compactMap { $0 }
var keywordCounts: [String: Int] = [:]
for speech in speeches { for keyword in speech.keywords { keywordCounts[keyword, default: 0] += 1 } }
let aliases = ["产业工人队伍建设改革": ["产改"], "中国式现代化": ["式现代化"]]
let terms = keywordCounts.keys.sorted()
let keywordIndex = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, $0) })
let keywords = terms.map { term in
    SearchKeyword(
        term: term, aliases: aliases[term] ?? [], url: "keywords/\(term)/index.html",
        speechCount: keywordCounts[term] ?? 0, description: "关于“\(term)”的讲话")
}
let documents = speeches.map { speech in
    var document = speech.document
    document.keywords = speech.keywords.compactMap { keywordIndex[$0] }
    return document
}
let characters = documents.reduce(0) { total, document in
    total + document.title.count + document.sections.reduce(0) { $0 + $1.text.unicodeScalars.count }
}
print("corpus: \(documents.count) speeches, \(characters) characters, \(keywords.count) keywords, "
    + String(format: "read in %.2f s", seconds(since: loadStart)))

// MARK: Building

let builder = SearchIndexBuilder(options: .init(blockCharacters: blockCharacters, threads: threads))
var times: [Double] = []
var files: [SearchIndexFile] = []
var peaks: [Double] = []
var cpu: [Double] = []
let baseline = memoryMiB("VmRSS")
for _ in 0..<runs {
    files = []
    resetPeakMemory()
    let start = DispatchTime.now()
    let cpuStart = cpuSeconds()
    files = builder.build(documents: documents, keywords: keywords)
    times.append(seconds(since: start))
    cpu.append(cpuSeconds() - cpuStart)
    peaks.append(memoryMiB("VmHWM") - baseline)
}
let sortedTimes = times.sorted()
print(String(format: "build: median %.3f s, best %.3f s wall over %d runs (%@ threads), median %.3f s CPU; "
    + "memory: %.0f MiB at most above the %.0f MiB of the loaded corpus (index output included)",
    sortedTimes[sortedTimes.count / 2], sortedTimes[0], runs, threads.map(String.init) ?? "all",
    cpu.sorted()[cpu.count / 2], peaks.max() ?? 0, baseline))

// MARK: Writing

try? FileManager.default.removeItem(at: output)
var directories = Set<String>()
for file in files {
    let url = output.appendingPathComponent(file.path)
    let directory = url.deletingLastPathComponent().path
    if directories.insert(directory).inserted {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }
    try Data(file.bytes).write(to: url)
}
var byKind: [String: (files: Int, bytes: Int)] = [:]
for file in files {
    let parts = file.path.split(separator: "/")
    let kind = parts.count > 2 ? String(parts[1]) : "index.js"
    byKind[kind, default: (0, 0)].files += 1
    byKind[kind, default: (0, 0)].bytes += file.bytes.count
}
let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
print(String(format: "index: %d files, %.1f MB (%d bytes) in %@", files.count, Double(totalBytes) / 1e6, totalBytes,
    output.path))
let kindNames = ["index.js": "manifest", "s": "term shards", "p": "lists", "t": "text blocks"]
for kind in byKind.keys.sorted() {
    let entry = byKind[kind]!
    print(String(format: "  %-14@ %6d files %10d bytes", kindNames[kind] ?? kind, entry.files, entry.bytes))
}

// MARK: One speech of 20 MB on a single line (issue 10: it must build in seconds)

do {
    let line = String(repeating: "坚持以习近平新时代中国特色社会主义思想为指导，全心全意依靠工人阶级。", count: 230_000)
    let huge = SearchDocument(url: "speeches/huge/index.html", title: "一行的长讲话", sections: [SearchSection(text: line)])
    let start = DispatchTime.now()
    let hugeFiles = builder.build(documents: [huge], keywords: [])
    print(String(format: "one speech of %.1f MB on one line: built in %.2f s, %d files",
        Double(line.utf8.count) / 1e6, seconds(since: start), hugeFiles.count))
}

// MARK: Bytes per query, measured by the real client in Node

let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let script = repository.appendingPathComponent("Tests/JavaScript/query-bytes.js").path
let process = Process()
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = ["node", script, output.path, "--queries",
    repository.appendingPathComponent("Tests/JavaScript/bench-queries.txt").path]
let pipe = Pipe()
process.standardOutput = pipe
do {
    try process.run()
    let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    print(report, terminator: "")
    if process.terminationStatus != 0 { print("query-bytes.js failed (status \(process.terminationStatus))") }
} catch {
    print("node not found: bytes per query not measured (\(error))")
}
