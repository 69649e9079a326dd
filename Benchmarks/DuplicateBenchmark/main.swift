// Near-duplicate search on a speech corpus: its time, what it reports, and how much it finds.
//
//     python3 ../shared/bench/make-corpus.py --count 10000 --out /tmp/corpus
//     swift run -c release duplicate-bench /tmp/corpus/content/speeches [--plant 200] [--exhaustive 1000]
//
// Reads every *.md or *.txt file of the folder (front matter dropped), times NearDuplicateFinder.find over
// all of them (best of three, wall clock, all cores), and lists the pairs it reports with their similarity.
// --plant N adds N edited copies of texts picked at random (seeded): a sentence changed, a paragraph added at
// the start, a paragraph deleted, two paragraphs swapped, each kind in turn, and reports how many of those
// whose real similarity (SentenceSequence) reaches the threshold were found. --exhaustive N compares every
// pair of the first N texts exactly and says how many pairs reach the threshold and how many of those the
// finder reported: its recall where every answer is known.
import Foundation
import NearDuplicates

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> Int? {
    guard let index = arguments.firstIndex(of: name), arguments.indices.contains(index + 1) else { return nil }
    return Int(arguments[index + 1])
}
let plant = option("--plant") ?? 0
let exhaustive = option("--exhaustive") ?? 0
guard let folder = arguments.first, !folder.hasPrefix("--") else {
    print("usage: duplicate-bench FOLDER [--plant N] [--exhaustive N]")
    exit(2)
}

func body(_ text: String) -> String {
    guard text.hasPrefix("---\n"), let close = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex)
    else { return text }
    return String(text[close.upperBound...])
}

let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.sorted()
var texts = try names.map { body(try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
var labels = names
print("\(texts.count) texts, \(texts.reduce(0) { $0 + $1.count }) characters")

struct SplitMix {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}

var planted: [(copy: Int, original: Int, kind: String)] = []
var random = SplitMix(state: 14)
let kinds = ["sentence changed", "paragraph added at the start", "paragraph deleted", "two paragraphs swapped"]
for number in 0..<plant {
    let original = random.next(names.count)
    var paragraphs = texts[original].split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    guard paragraphs.count >= 4 else { continue }
    let kind = kinds[number % kinds.count]
    let at = 1 + random.next(paragraphs.count - 2)
    switch number % kinds.count {
    case 0: paragraphs[at] = paragraphs[at].replacingOccurrences(of: "工作", with: "各项工作")
    case 1: paragraphs.insert("会议期间，与会同志认真学习了有关文件精神，进行了热烈讨论。", at: 0)
    case 2: paragraphs.remove(at: at)
    default: paragraphs.swapAt(at, at + 1)
    }
    planted.append((texts.count, original, kind))
    texts.append(paragraphs.joined(separator: "\n\n"))
    labels.append("planted-\(number) (\(kind) of \(names[original]))")
}

var best = Double.infinity
var matches: [NearDuplicateFinder.Match] = []
for _ in 0..<3 {
    let start = Date()
    matches = NearDuplicateFinder.find(texts)
    best = min(best, Date().timeIntervalSince(start))
}
print(String(format: "find: %.3f s (best of 3), %d texts reported", best, matches.count))
let reportedOriginal = Dictionary(matches.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
for match in matches where match.index < names.count {
    print(String(format: "  %@ ~ %@: %.3f", labels[match.index], labels[match.original], match.similarity))
}
if !planted.isEmpty {
    var byKind: [String: (should: Int, found: Int, below: Int)] = [:]
    for copy in planted {
        let similarity = NearDuplicateFinder.similarity(texts[copy.copy], texts[copy.original])
        var entry = byKind[copy.kind, default: (0, 0, 0)]
        if similarity >= NearDuplicateFinder.minimumSimilarity {
            entry.should += 1
            if reportedOriginal[copy.copy] != nil { entry.found += 1 }
        } else {
            entry.below += 1
        }
        byKind[copy.kind] = entry
    }
    for kind in kinds {
        let entry = byKind[kind, default: (0, 0, 0)]
        print("planted, \(kind): \(entry.found) of \(entry.should) found (\(entry.below) more below the threshold)")
    }
}
if exhaustive > 1 {
    let count = min(exhaustive, names.count)
    var pairs = 0, found = 0
    let start = Date()
    for second in 1..<count {
        for first in 0..<second where NearDuplicateFinder.similarity(texts[first], texts[second]) >= NearDuplicateFinder.minimumSimilarity {
            pairs += 1
            if reportedOriginal[second] != nil { found += 1 }
        }
    }
    print(String(format: "exhaustive over the first %d texts: %d pairs at or above the threshold, %d with their later text reported (%.1f s)",
                 count, pairs, found, Date().timeIntervalSince(start)))
}
