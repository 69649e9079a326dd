@testable import NearDuplicates
import PortalTestSupport
import Testing

/// Identical and nearly identical texts are found, each once against the first it duplicates; texts made of
/// the same paragraphs in another order (as make-corpus.py writes them) and unrelated texts are not.
@Suite struct NearDuplicateFinderTests {
    static func seeds() throws -> [String] { try SeedSpeeches.shared.texts() }

    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    @Test func identicalContentIsFoundWhateverTheMarkup() throws {
        let seed = try Self.seeds()[1]
        // The same text as Markdown: headings marked, blank lines between paragraphs, escapes, other spaces.
        let markdown = Self.paragraphs(seed).map { "## " + $0.replacingOccurrences(of: "“", with: "\\*“") }.joined(separator: "\n\n")
        let matches = NearDuplicateFinder.find([seed, try Self.seeds()[2], markdown])
        #expect(matches == [NearDuplicateFinder.Match(index: 2, original: 0, similarity: 1)])
    }

    @Test func aFewChangedSentencesAreStillNearlyIdentical() throws {
        let seed = try Self.seeds()[3]
        var lines = Self.paragraphs(seed)
        lines[3] = lines[3].replacingOccurrences(of: "。", with: "，并且认真落实。", options: [], range: nil)
        lines.append("会后各单位要认真传达会议精神。")
        let matches = NearDuplicateFinder.find([seed, lines.joined(separator: "\n")])
        let match = try #require(matches.first)
        #expect(matches.count == 1 && match.index == 1 && match.original == 0)
        #expect(match.similarity >= NearDuplicateFinder.minimumSimilarity && match.similarity < 1)
    }

    @Test func theSameParagraphsInAnotherOrderAreNotDuplicates() throws {
        for seed in try Self.seeds() {
            let lines = Self.paragraphs(seed)
            var generator = SeededRandom(seed: 7)
            var shuffled = lines
            // Reversed, then shuffled: never the original order.
            shuffled.reverse()
            for index in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(index, generator.below(index + 1)) }
            guard shuffled != lines, lines.count >= 8 else { continue }
            let similarity = SentenceSequence(seed).similarity(to: SentenceSequence(shuffled.joined(separator: "\n")))
            #expect(similarity < NearDuplicateFinder.minimumSimilarity, "\(similarity)")
        }
    }

    @Test func unrelatedTextsAreNotDuplicates() throws {
        #expect(NearDuplicateFinder.find(try Self.seeds()).isEmpty)
    }

    @Test func shortTextsAreNotCompared() {
        #expect(NearDuplicateFinder.find(["同志们：谢谢大家！", "同志们：谢谢大家！"]).isEmpty)
    }

    @Test func manyCopiesAreEachReportedOnceAgainstTheFirst() throws {
        let seed = try Self.seeds()[0]
        var texts = [try Self.seeds()[4]]
        for copy in 0..<300 { texts.append(seed + (copy % 2 == 0 ? "" : "\n谢谢大家。")) }
        let matches = NearDuplicateFinder.find(texts)
        #expect(matches.map(\.index) == Array(2...300))
        #expect(matches.allSatisfy { $0.original == 1 || $0.original == 2 })
        #expect(matches.filter { $0.original == 1 }.count >= 150)
    }

    @Test func sentenceSimilarityFollowsOrderAndWeight() {
        func text(_ parts: (String, Int)...) -> String { parts.map { String(repeating: $0.0, count: $0.1) + "。" }.joined() }
        let a = SentenceSequence(text(("甲", 40), ("乙", 4), ("丙", 50)))
        #expect(a.similarity(to: a) == 1)
        // Other sentence ends, and lines wrapped anywhere: the same sentences.
        let rewrapped = String(repeating: "甲", count: 20) + "\n" + String(repeating: "甲", count: 20) + "；\n\n乙乙乙乙！"
            + String(repeating: "丙", count: 50)
        #expect(a.similarity(to: SentenceSequence(rewrapped)) == 1)
        // Without 乙: 90 of 94 and 90 of 90 characters in common.
        #expect(a.similarity(to: SentenceSequence(text(("甲", 40), ("丙", 50)))) == 180.0 / 184.0)
        // One character changed costs that character, not its sentence: 93 of 94 on each side.
        #expect(a.similarity(to: SentenceSequence(text(("甲", 40), ("乙", 3), ("丁", 1), ("丙", 50)))) == 186.0 / 188.0)
        // 丙 before 甲: only 甲 and 乙, or only 丙, are in order.
        #expect(a.similarity(to: SentenceSequence(text(("丙", 50), ("甲", 40), ("乙", 4)))) == 100.0 / 188.0)
        // Not even the same characters: 0, without aligning anything.
        #expect(a.similarity(to: SentenceSequence(text(("丁", 40), ("乙", 4), ("戊", 50)))) == 0)
    }
}
