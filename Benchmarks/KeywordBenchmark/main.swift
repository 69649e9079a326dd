// Keyword matching and discovery on a speech corpus, single core.
//
//     python3 ../shared/bench/make-corpus.py --count 10000 --out /tmp/corpus
//     swift run -c release keyword-bench /tmp/corpus/content/speeches [--keywords 1000] [--show 40]
//     swift run -c release keyword-bench ../shared/seeds --show 40 --discovery-only
//
// It reads every *.md or *.txt file (front matter dropped; Markdown as the build's `KeywordStage.plainText`
// reads it, a .txt file line by line), times discovery over all speeches, then
// builds 1,000 keywords (the 30 terms that make-corpus.py puts in front matter, then discovered terms,
// then the corpus's most frequent CJK n-grams, which makes mentions very dense) and times matching over
// all bytes, then does the same with the 30 terms alone. Times are the thread's CPU time (the
// code is single-threaded), so other work on a shared machine does not inflate them.
import Foundation
import Keywords
import PortalSupport

let vocabulary = [
    "两个确立", "两个维护", "产业工人队伍建设改革", "劳模精神", "劳动精神", "工匠精神",
    "新就业形态劳动者", "农民工", "困难职工", "和谐劳动关系", "职工之家", "基层工会",
    "工会改革", "思想政治引领", "劳动和技能竞赛", "全过程人民民主", "维权服务", "普惠服务",
    "党建带工建", "中国式现代化", "高质量发展", "党的二十大", "劳动领域政治安全",
    "集体协商", "智慧工会", "县级工会加强年", "娘家人", "工人阶级", "桥梁纽带", "国之大者",
]

/// The text discovery reads: a Markdown file as the build reads it (`KeywordStage.plainText`, after the front
/// matter); a `.txt` file line by line, each line a paragraph (the build converts it to Markdown first).
func plainText(of source: String, markdown: Bool) -> String {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
        lines.removeSubrange(0...close)
    }
    if markdown { return KeywordStage.plainText(lines.joined(separator: "\n")) }
    return lines.map { $0.replacingOccurrences(of: "\\", with: "") }.joined(separator: "\n")
}

/// The year of a speech: front matter `date:`, else a year at the start of the file name.
func year(of name: String, source: String) -> Int? {
    if source.hasPrefix("---"), let line = source.split(separator: "\n").prefix(30).first(where: { $0.hasPrefix("date:") }) {
        let digits = line.dropFirst(5).drop { $0 == " " }.prefix(4)
        if digits.count == 4, let year = Int(digits) { return year }
    }
    let digits = name.prefix(4)
    return digits.count == 4 && digits.allSatisfy(\.isNumber) ? Int(digits) : nil
}

func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
}

/// The most frequent CJK n-grams (2…6 characters) of a few speeches, most frequent first.
func frequentNGrams(in texts: [String]) -> [String] {
    var counts: [String: Int] = [:]
    for text in texts {
        var run: [Character] = []
        func flush() {
            if run.count >= 2 {
                for n in 2...6 where n <= run.count {
                    for start in 0...(run.count - n) { counts[String(run[start..<(start + n)]), default: 0] += 1 }
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isHan(scalar) { run.append(Character(scalar)) } else { flush() }
        }
        flush()
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
}

/// CPU time of this thread, in seconds: on a shared machine, wall time also measures the neighbours.
func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU seconds spent in `body` (single-threaded code, so this is its running time without interference).
func seconds(_ body: () -> Void) -> Double {
    let start = threadCPUTime()
    body()
    return threadCPUTime() - start
}

let arguments = CommandLine.arguments
func option(_ name: String, default value: Int) -> Int {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return value }
    return Int(arguments[index + 1]) ?? value
}
guard arguments.count >= 2 else {
    print("usage: keyword-bench <folder of speech .md or .txt files> [--keywords 1000] [--show N] [--discovery-only] [--assess N] [--set name=value] [--known FILE]")
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let keywordTarget = option("--keywords", default: 1000)
let show = option("--show", default: 0)
let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter {
    $0.hasSuffix(".md") || $0.hasSuffix(".txt")
}.sorted() ?? []
var texts: [String] = []
var years: [Int?] = []
for name in names {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
    let source = String(decoding: data, as: UTF8.self)
    texts.append(plainText(of: source, markdown: name.hasSuffix(".md")))
    years.append(year(of: name, source: source))
}
let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
print("corpus: \(texts.count) speeches, \(totalBytes) bytes (\(String(format: "%.1f", Double(totalBytes) / 1048576)) MiB)")

// `--set name=value` changes a discovery setting, as the glossary's `discovery:` section would.
var options = KeywordDiscovery.Options()
for (index, argument) in arguments.enumerated() where argument == "--set" && index + 1 < arguments.count {
    let parts = arguments[index + 1].split(separator: "=")
    if parts.count == 2, let value = Double(parts[1]), options.set(String(parts[0]), to: value) { continue }
    print("unknown setting: \(arguments[index + 1])")
    exit(2)
}

// `--known FILE`: terms discovery must not return (a glossary's terms and aliases, one a line), which hold
// the uses inside them, as the build's glossary does.
let known: Set<String> = arguments.firstIndex(of: "--known").flatMap { index in
    index + 1 < arguments.count ? (try? String(contentsOfFile: arguments[index + 1], encoding: .utf8)) : nil
}.map { Set($0.split(separator: "\n").map(String.init).filter { !$0.isEmpty }) } ?? []

// Discovery over the whole corpus (it samples).
var discovered: [DiscoveredTerm] = []
var discoveryTimes: [Double] = []
for _ in 0..<3 {
    discoveryTimes.append(seconds { discovered = KeywordDiscovery(options: options).discover(in: texts, years: years, known: known) })
}
discoveryTimes.sort()
print(String(format: "discovery: best %.3f s, median %.3f s of 3; ", discoveryTimes[0], discoveryTimes[1])
      + "\(discovered.count) terms")
for (rank, term) in discovered.prefix(show).enumerated() {
    let origin = [term.origin.contains(.quoted) ? "quoted" : nil, term.origin.contains(.statistical) ? "statistical" : nil]
        .compactMap { $0 }.joined(separator: "+")
    print("\(rank + 1). \(term.term)  count \(term.count), speeches \(term.speechCount), \(origin), "
          + String(format: "score %.3f", term.score))
    if show <= 60 { for example in term.examples { print("      \(example)") } }
}
let assessLimit = option("--assess", default: 0)
if assessLimit > 0 {
    // Every candidate with what discovery made of it: for tuning against an evaluation corpus.
    for (rank, term) in KeywordDiscovery(options: options).assess(texts, years: years, known: known, examplesForAll: false)
        .prefix(assessLimit).enumerated() {
        let status = switch term.status {
        case .accepted: "accepted"
        case .belowCut: "below"
        case .general: "general"
        case .partOf(let longer): "part-of:" + longer
        case .extensionOf(let shorter): "extends:" + shorter
        }
        print("\(rank + 1)\t\(term.term)\t\(status)\t\(term.score)\t\(term.count)\t\(term.speechCount)")
    }
}
if arguments.contains("--discovery-only") || assessLimit > 0 { exit(0) }

/// Builds a matcher for `keywords` and prints its best time over all of `texts`.
func measureMatching(_ keywords: [String], in texts: [String], label: String) {
    let totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
    var matcher = KeywordMatcher([])
    let buildTime = seconds { matcher = KeywordMatcher(keywords.enumerated().map { (text: $0.element, keyword: KeywordID($0.offset)) }) }
    // Contiguous UTF-8 copies of each paragraph (the build matches each text node of a speech), so the
    // timing is the scan itself (plus the result arrays).
    let buffers = texts.flatMap { $0.split(separator: "\n").map { Array($0.utf8) } }
    // Leftmost-longest mentions alone (links), then every keyword's exact uses with the visible mentions
    // from the same scan (what the build does since issue 15).
    for (name, scan) in [
        ("leftmost-longest", { (bytes: UnsafeBufferPointer<UInt8>) in matcher.matches(inUTF8: bytes).count }),
        ("uses + mentions", { (bytes: UnsafeBufferPointer<UInt8>) in matcher.mentions(inUTF8: bytes).uses.count }),
    ] {
        var best = Double.infinity
        var found = 0
        for _ in 0..<5 {
            var count = 0
            let time = seconds {
                for buffer in buffers { buffer.withUnsafeBufferPointer { count &+= scan($0) } }
            }
            found = count
            best = min(best, time)
        }
        print(String(format: "matching %@, %@: built in %.1f ms; %.3f s for %d, %.0f MB/s (%.0f MiB/s), best of 5",
                     label, name, buildTime * 1000, best, found, Double(totalBytes) / best / 1e6,
                     Double(totalBytes) / best / 1048576))
    }
}

var keywords = vocabulary
var seen = Set(keywords)
var fromDiscovery = 0
for term in discovered.map(\.term) where keywords.count < keywordTarget && seen.insert(term).inserted {
    keywords.append(term)
    fromDiscovery += 1
}
for term in frequentNGrams(in: Array(texts.prefix(50))) where keywords.count < keywordTarget && seen.insert(term).inserted {
    keywords.append(term)
}
measureMatching(keywords, in: texts, label: "\(keywords.count) keywords (\(vocabulary.count) vocabulary, \(fromDiscovery) discovered, "
                + "\(keywords.count - vocabulary.count - fromDiscovery) frequent n-grams)")
measureMatching(vocabulary, in: texts, label: "\(vocabulary.count) vocabulary keywords")
