import Foundation
import PortalSupport
import Testing
@testable import Keywords

@Suite struct TermTallyTests {
    static func tally(_ terms: [String], containers: [String] = [], _ texts: [String], years: [Int?] = []) -> TermTally {
        TermTally.counting(
            terms, containers: containers, in: texts, sample: CJKTextSample(texts: texts),
            years: years.isEmpty ? texts.map { _ in nil } : years, periods: PeriodScale(years: years, years: 10))
    }

    @Test func everyUseCountsAndKnowsWhatHoldsIt() {
        // 体制改革: twice inside terms adding characters before it, once alone.
        let tally = Self.tally(["体制改革", "经济体制改革", "政治体制改革"], ["深化经济体制改革和政治体制改革。体制改革要稳。"])
        #expect(tally.counts == [3, 1, 1])
        #expect(tally.standalone == [1, 1, 1])
        #expect(tally.nestedAfterPrefix == [2, 0, 0])
        #expect(tally.biggestBefore[0]?.uses == 1)
        #expect(tally.biggestAfter[0] == nil)
    }

    @Test func aLongerTermAddingOnlyAfterIsAContainerOfTheOtherKind() {
        let tally = Self.tally(["可持续发展", "可持续发展战略"], ["实施可持续发展战略，坚持可持续发展。"])
        #expect(tally.counts == [2, 1])
        #expect(tally.biggestAfter[0] == TermTally.Container(index: 1, uses: 1))
        #expect(tally.biggestBefore[0] == nil && tally.nestedAfterPrefix[0] == 0)
    }

    @Test func containersHoldUsesWithoutBeingCounted() {
        let tally = Self.tally(["工人队伍"], containers: ["产业工人队伍建设改革"], ["深化产业工人队伍建设改革。", "建设工人队伍。"])
        #expect(tally.counts == [2])
        #expect(tally.standalone == [1])
        #expect(tally.biggestBefore[0] == TermTally.Container(index: 1, uses: 1))
    }

    @Test func aTermsOwnUsesNeverOverlap() {
        #expect(Self.tally(["哈哈"], ["哈哈哈哈哈"]).counts == [2])
    }

    @Test func speechesSpreadAndPeriods() {
        let tally = Self.tally(["人民公社"], ["人民公社，人民公社。", "人民公社。", "别的。"], years: [1958, 1975, 1990])
        #expect(tally.counts == [3])
        #expect(tally.speechCounts == [2])
        // log2(1 + 2) + log2(1 + 1)
        #expect(abs(tally.spreadWeights[0] - (log2(3.0) + 1)) < 1e-9)
        #expect(tally.years[0] == 1958...1975)
        #expect(Array(tally.periodCounts) == [1, 0, 1, 0, 0])
    }

    @Test func theCountingStagesOwnOccurrencesGiveTheSameTallyAsAMatcher() throws {
        // The seeds: every counted string, tallied from its positions and by a matcher over the texts.
        let texts = DiscoverySeeds.texts
        let sample = CJKTextSample(texts: texts)
        let counted = CJKNGramStatistics.count(sample, options: .init())
        let terms = counted.candidates.map(\.term)
        try #require(terms.count > 100)
        let (fromPositions, _) = CJKNGramStatistics.tally(counted, sample: sample, years: texts.map { _ in nil }, periods: .none)
        let fromMatcher = TermTally.counting(terms, in: texts, sample: sample, years: texts.map { _ in nil }, periods: .none)
        #expect(fromPositions.counts == fromMatcher.counts)
        #expect(fromPositions.speechCounts == fromMatcher.speechCounts)
        #expect(fromPositions.standalone == fromMatcher.standalone)
        #expect(fromPositions.nestedAfterPrefix == fromMatcher.nestedAfterPrefix)
        #expect(fromPositions.blockCounts == fromMatcher.blockCounts)
    }

    @Test func periodsAreSpreadOverTheDatedSpeeches() {
        let scale = PeriodScale(years: [1954, 1958, 1963, 2024], years: 10)
        #expect(scale.count == 8 && scale.speeches.first == 2 && scale.speeches.last == 1)
        #expect(scale.index(of: 1959) == 0 && scale.index(of: 1940) == nil)
        // A term used like all speeches is not concentrated; one of one decade is.
        #expect(scale.concentration([2, 1, 0, 0, 0, 0, 0, 1]) < 1e-9)
        #expect(abs(scale.concentration([1, 0, 0, 0, 0, 0, 0, 0]) - 1) < 1e-9)
        #expect(PeriodScale(years: [1954, nil, nil], years: 10).count == 0)
    }

    @Test func theContemporaryShareCountsTheSpeechesAroundATermsSpeechesInTime() {
        // Speeches of 2000–2009, not in date order, and an undated one (the ninth), which has no place in time.
        let years: [Int?] = [2009, 2000, 2001, 2002, 2003, 2004, 2005, 2006, nil, 2007, 2008]
        let scale = PeriodScale(years: years, years: 5)
        // 2000, 2001, 2002 with one contemporary on each side: 1/1 (2000 has none before), 2/2, 1/2.
        #expect(abs(scale.contemporaryShare([1, 2, 3], reach: 1) - 2.5 / 3) < 1e-9)
        #expect(abs(scale.contemporaryShare([3, 2, 1, 8], reach: 1) - 2.5 / 3) < 1e-9)
        // 2000, 2004, 2008: no contemporary uses it. 2007 and 2009 within a reach of 2: 1 of 2005, 2006, 2008,
        // 2009 and 1 of 2007, 2008 (2009 is the last).
        #expect(scale.contemporaryShare([1, 5, 10], reach: 1) == 0)
        #expect(abs(scale.contemporaryShare([9, 0], reach: 2) - (1.0 / 4 + 1.0 / 2) / 2) < 1e-9)
        #expect(PeriodScale.none.contemporaryShare([1, 2, 3], reach: 1) == 0)
        // With four or five on each side, every dated speech is every other's contemporary: no share.
        #expect(scale.contemporaryShare([1, 2, 3], reach: 4) > 0 && scale.contemporaryShare([1, 2, 3], reach: 5) == 0)

        let texts = ["发展新质生产力", "新质生产力", "新质生产力", "退耕还林", "", "", "退耕还林", ""]
        let tally = TermTally.counting(
            ["新质生产力", "退耕还林"], in: texts, sample: CJKTextSample(texts: texts), years: (0..<8).map { 2010 + $0 },
            periods: PeriodScale(years: (0..<8).map { 2010 + $0 }, years: 5))
        // 新质生产力 in 2010–2012: 1/1, 2/2, 1/2 of the speeches one year before and after; 退耕还林 in 2013, 2016: none.
        #expect(abs(tally.contemporaryShare(of: 0, reach: 1) - 2.5 / 3) < 1e-9)
        #expect(tally.contemporaryShare(of: 1, reach: 1) == 0)
    }

    @Test func twoItemListCommasAreMarked() {
        let sample = CJKTextSample(texts: ["建设资源节约型、环境友好型社会。劳模精神、劳动精神、工匠精神。百花齐放、百家争鸣"])
        let commas = sample.pairComma.indices.filter { sample.pairComma[$0] }
        #expect(commas.count == 2)
        #expect(commas.map { sample.string(at: $0 - 2, length: 2) } == ["约型", "齐放"])
    }
}
