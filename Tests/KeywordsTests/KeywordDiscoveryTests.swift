import Foundation
import PortalTestSupport
import Testing
@testable import Keywords

/// The five seed speeches, as read from ../shared/seeds: lines kept, only surrounding white space removed.
/// Without them `seedsAreThere` fails, saying where they were looked for.
enum DiscoverySeeds {
    static let texts: [String] = {
        ((try? SeedSpeeches.shared.texts()) ?? []).map { text in
            text
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .joined(separator: "\n")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }()

    /// Discovery on the seeds with default options, computed once for all tests.
    static let discovered = KeywordDiscovery().discover(in: texts)
}

@Suite struct KeywordDiscoveryTests {
    private var terms: [String] { DiscoverySeeds.discovered.map(\.term) }

    @Test func seedsAreThere() throws {
        #expect(try SeedSpeeches.shared.texts().count == 5)
    }

    @Test(arguments: ["两个确立", "两个维护", "五大行动", "产业工人队伍建设改革", "劳模精神", "工匠精神"])
    func findsTheSeedTerms(_ term: String) {
        #expect(terms.contains(term))
    }

    @Test func quotedAndStatisticalOriginsAndExactCounts() throws {
        let byTerm = Dictionary(uniqueKeysWithValues: DiscoverySeeds.discovered.map { ($0.term, $0) })
        let established = try #require(byTerm["两个确立"])
        #expect(established.origin == [.quoted, .statistical])
        #expect(established.count == 6)
        #expect(established.speechCount == 4)
        let reform = try #require(byTerm["产业工人队伍建设改革"])
        #expect(reform.origin == .statistical)
        #expect(reform.count == 8)
        // Quoted twice, but in one speech only: a page for one speech links nothing together.
        #expect(byTerm["国之大者"] == nil)
    }

    @Test func noGeneralWordsSingleCharactersOrPlaceholders() {
        for term in terms {
            #expect(!["工会", "工作", "职工"].contains(term))
            #expect(term.unicodeScalars.count >= 2, "\(term)")
            #expect(!term.contains("X") && !term.contains("x") && !term.contains("*"), "\(term)")
        }
    }

    @Test func noTermsEdgedByParticlesOrOpenedByDeterminers() {
        let leading = Set("的了着们吗呢吧啊各每该此这那其我你他她它")
        let trailing = Set("的了着们吗呢吧啊")
        for term in terms {
            if let first = term.first { #expect(!leading.contains(first), "\(term)") }
            if let last = term.last { #expect(!trailing.contains(last), "\(term)") }
        }
    }

    @Test func noFragmentOfALongerTermWithTheSameCount() {
        for fragment in ["产业工人队伍建设", "工人队伍建设改革", "业工人队伍建设改革", "产业工人队伍建设改"] {
            #expect(!terms.contains(fragment))
        }
    }

    @Test func orderIsByScoreThenTerm() {
        let discovered = DiscoverySeeds.discovered
        for (earlier, later) in zip(discovered, discovered.dropFirst()) {
            #expect(earlier.score > later.score || (earlier.score == later.score && earlier.term < later.term))
        }
    }

    @Test func examplesAreSentencesUsingTheTerm() {
        for term in DiscoverySeeds.discovered {
            #expect((1...3).contains(term.examples.count), "\(term.term)")
            for example in term.examples {
                #expect(example.contains(term.term), "\(term.term): \(example)")
                #expect(example.unicodeScalars.count <= SentenceSplitter.defaultMaxCharacters)
            }
            #expect(Set(term.examples).count == term.examples.count)
        }
    }

    @Test func countsAreExactSubstringCounts() {
        // A use inside a longer term counts, as on keyword pages: every count is a plain substring count.
        let byTerm = Dictionary(uniqueKeysWithValues: DiscoverySeeds.discovered.map { ($0.term, $0) })
        for term in ["五大行动", "两个维护", "产业工人", "劳模精神"] where byTerm[term] != nil {
            let plain = DiscoverySeeds.texts.reduce(0) { $0 + $1.components(separatedBy: term).count - 1 }
            #expect(byTerm[term]?.count == plain, "\(term)")
        }
    }

    @Test func denyListRemovesExactTerms() {
        var options = KeywordDiscovery.Options()
        options.deny = ["两个确立", "劳模精神"]
        let terms = KeywordDiscovery(options: options).discover(in: DiscoverySeeds.texts).map(\.term)
        #expect(!terms.contains("两个确立"))
        #expect(!terms.contains("劳模精神"))
        #expect(terms.contains("两个维护"))
    }

    @Test func knownTermsAreNotProposedNorTheirFragments() {
        let terms = KeywordDiscovery().discover(in: DiscoverySeeds.texts, known: ["产业工人队伍建设改革", "两个维护"])
            .map(\.term)
        #expect(!terms.contains("产业工人队伍建设改革"))
        #expect(!terms.contains("两个维护"))
        #expect(!terms.contains { "产业工人队伍建设改革".contains($0) && $0.count >= 6 })
        #expect(terms.contains("两个确立"))
    }

    @Test func thresholdsApply() {
        var options = KeywordDiscovery.Options()
        options.minSpeeches = 4
        options.quotedMinCount = 3
        let discovered = KeywordDiscovery(options: options).discover(in: DiscoverySeeds.texts)
        #expect(!discovered.isEmpty)
        for term in discovered {
            if term.origin.contains(.statistical) { #expect(term.speechCount >= 4, "\(term.term)") }
            if term.origin.contains(.quoted) { #expect(term.count >= 3, "\(term.term)") }
        }
        #expect(!discovered.map(\.term).contains("国之大者"))

        options = KeywordDiscovery.Options()
        options.maxTerms = 10
        options.examples = 1
        let top = KeywordDiscovery(options: options).discover(in: DiscoverySeeds.texts)
        #expect(top.count == 10)
        #expect(top.allSatisfy { $0.examples.count == 1 })
        #expect(top.map(\.term) == Array(DiscoverySeeds.discovered.prefix(10).map(\.term)))
    }

    @Test func withoutMaxTermsTheCutFollowsTheScores() {
        // The default keeps at least `min_terms`; below that, the terms scoring `cut_share` of the tenth best.
        let ranked = KeywordDiscovery().assess(DiscoverySeeds.texts, examplesForAll: false)
            .filter { $0.status == .accepted || $0.status == .belowCut }
        #expect(ranked.count > 80 && DiscoverySeeds.discovered.count == 80)
        var options = KeywordDiscovery.Options()
        options.minTerms = 10
        let specific = ranked.prefix { $0.score >= options.cutShare * ranked[9].score }
        #expect(specific.count > 10 && specific.count < 40)
        let discovered = KeywordDiscovery(options: options).discover(in: DiscoverySeeds.texts)
        #expect(discovered.map(\.term) == specific.map(\.term))
        // A lower share keeps more, up to `auto_max_terms`.
        options.cutShare = 0.3
        options.autoMaxTerms = 40
        #expect(KeywordDiscovery(options: options).discover(in: DiscoverySeeds.texts).count == 40)
    }

    @Test func keptCountObeysMaxTermsAndBoundsTheAutomaticCut() {
        var options = KeywordDiscovery.Options()
        let level = Array(repeating: 10.0, count: 1000)
        let steep = (0..<300).map { 1000.0 / Double($0 + 1) }
        #expect(options.maxTerms == nil)
        #expect(KeywordDiscovery(options: options).keptCount(scores: Array(level.prefix(50))) == 50)
        #expect(KeywordDiscovery(options: options).keptCount(scores: Array(level.prefix(150))) == 150)
        #expect(KeywordDiscovery(options: options).keptCount(scores: level) == 200)
        #expect(KeywordDiscovery(options: options).keptCount(scores: steep) == 80)
        #expect(KeywordDiscovery(options: options).keptCount(scores: []) == 0)
        options.maxTerms = 5
        #expect(KeywordDiscovery(options: options).keptCount(scores: level) == 5)
        options.maxTerms = 150
        #expect(KeywordDiscovery(options: options).keptCount(scores: steep) == 150)
        // Without a floor, the scores alone: 1000/16 is the last at least 0.6 of the tenth best (100).
        options.maxTerms = nil
        options.minTerms = 0
        #expect(KeywordDiscovery(options: options).keptCount(scores: steep) == 16)
        options.autoMaxTerms = 0
        #expect(KeywordDiscovery(options: options).keptCount(scores: level) == 0)
    }

    @Test func deterministic() {
        let again = KeywordDiscovery().discover(in: DiscoverySeeds.texts)
        #expect(again == DiscoverySeeds.discovered)
    }

    @Test func samplingIsBoundedAndDeterministic() {
        // Forty copies of the seeds, sampled down to about four speeches' worth of text.
        let corpus = (0..<40).flatMap { _ in DiscoverySeeds.texts }
        var options = KeywordDiscovery.Options()
        options.sampleBytes = 45_000
        let sample = KeywordDiscovery.sampleIndices(
            byteCounts: corpus.map(\.utf8.count), maxBytes: options.sampleBytes, wholeSpeeches: options.sampleWholeSpeeches)
        #expect(sample.count < 10)
        #expect(sample.reduce(0) { $0 + corpus[$1].utf8.count } < 2 * options.sampleBytes)
        let first = KeywordDiscovery(options: options).discover(in: corpus)
        #expect(first == KeywordDiscovery(options: options).discover(in: corpus))
        #expect(first.map(\.term).contains("两个确立"))
    }

    @Test func aCorpusOfFewSpeechesIsReadWholeUpToTwiceTheSample() {
        // 84 reports of 80,000 bytes: 6.7 MB, over `sample_bytes` (6 MB) but not twice it.
        let reports = Array(repeating: 80_000, count: 84)
        let options = KeywordDiscovery.Options()
        func sample(_ sizes: [Int], whole: Int = options.sampleWholeSpeeches) -> [Int] {
            KeywordDiscovery.sampleIndices(byteCounts: sizes, maxBytes: options.sampleBytes, wholeSpeeches: whole)
        }
        #expect(sample(reports) == Array(0..<84))
        #expect(sample(reports, whole: 0).count == 75)
        // Twice as long, or as many speeches as a large site has: sampled.
        #expect(sample(Array(repeating: 160_000, count: 84)).count == 37)
        #expect(sample(Array(repeating: 9_000, count: 1_000)).count == 666)
    }

    @Test func emptyAndOddInputs() {
        #expect(KeywordDiscovery().discover(in: []).isEmpty)
        #expect(KeywordDiscovery().discover(in: ["", "\n\n", "   "]).isEmpty)
        let odd = ["“”“‘’”「」『』", "xxx XX ** ＊＊", "\u{FFFD}\u{0}\u{1F600}𠀀𠀀𠀀𠀀", String(repeating: "工", count: 500)]
        _ = KeywordDiscovery().discover(in: odd + odd + odd)
        var options = KeywordDiscovery.Options()
        options.maxLength = 0
        options.minCount = -1
        options.examples = -2
        options.maxTerms = -1
        #expect(KeywordDiscovery(options: options).discover(in: DiscoverySeeds.texts).isEmpty)
    }

    @Test func randomTextDoesNotCrash() {
        let pool = Array("工会职工劳模精神两个确立的了是和“”‘’「」，。！？X*x\n 12ab")
        var generator = SeededRandom(seed: 7)
        let texts = (0..<30).map { _ in
            String((0..<Int.random(in: 0...400, using: &generator)).map { _ in
                pool.randomElement(using: &generator) ?? "工"
            })
        }
        var options = KeywordDiscovery.Options()
        options.minCount = 1
        options.minSpeeches = 1
        options.minCohesion = -100
        options.minBoundaryVariety = 0
        _ = KeywordDiscovery(options: options).discover(in: texts)
    }
}
