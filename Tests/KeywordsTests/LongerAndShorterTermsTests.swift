import Testing
@testable import Keywords

/// When a longer term and the shorter one it extends both stand (`KeywordDiscovery.standsBeside`).
@Suite struct LongerAndShorterTermsTests {
    @Test func aLongerTermHoldingMostUsesOfTheShorterStandsBesideIt() {
        // 人民代表大会 is used two times in three as 人民代表大会制度: a formulation of its own.
        let mostly = RuleCorpus.assess(RuleCorpus.speeches(8) { _ in ["人民代表大会制度", "人民代表大会制度", "人民代表大会"] })
        #expect(mostly["人民代表大会"]?.status == .accepted)
        #expect(mostly["人民代表大会制度"]?.status == .accepted)
        // One use in four: a qualification the shorter term's page lists.
        let rarely = RuleCorpus.assess(RuleCorpus.speeches(8) { _ in ["人民代表大会制度", "人民代表大会", "人民代表大会", "人民代表大会"] })
        #expect(rarely["人民代表大会"]?.status == .accepted)
        #expect(rarely["人民代表大会制度"]?.status == .extensionOf("人民代表大会"))
    }

    @Test func countingNotesACharacterThatFollowsEveryUseOfAString() throws {
        // 和 after 碳达峰碳中 is a particle, a free boundary to the entropy; yet it follows every use.
        let texts = RuleCorpus.speeches(8) { _ in ["碳达峰碳中和", "碳达峰碳中和", "碳达峰"] }
        let counted = CJKNGramStatistics.count(CJKTextSample(texts: texts), options: .init())
        let peak = try #require(counted.candidates.first { $0.term == "碳达峰" })
        let cut = try #require(counted.candidates.first { $0.term == "碳达峰碳中" })
        #expect(peak.rightFixedShare < 0.8)
        #expect(cut.rightFixedShare == 1)
    }

    private func assessment(_ term: String, count: Int, rightFixed: Double = 0.2) -> KeywordDiscovery.Assessment {
        KeywordDiscovery.Assessment(
            term: term, origin: .statistical, count: count, speechCount: 8, status: nil, score: 100, years: nil,
            rightFixedShare: rightFixed)
    }

    @Test func theLongerMustHoldHalfTheUsesBeWholeAtItsAddedEndAndJoinNoOtherTerm() {
        let discovery = KeywordDiscovery()
        let shorter = assessment("人民代表大会", count: 100)
        let standing = ["人民代表大会": 0]
        #expect(discovery.standsBeside(assessment("人民代表大会制度", count: 60), shorter: shorter, at: 0, standing: standing))
        // Less than `container_share` of the shorter one's uses.
        #expect(!discovery.standsBeside(assessment("人民代表大会制度", count: 40), shorter: shorter, at: 0, standing: standing))
        // One character follows the added end in nine uses of ten: not whole there.
        #expect(!discovery.standsBeside(
            assessment("人民代表大会制度", count: 60, rightFixed: 0.9), shorter: shorter, at: 0, standing: standing))
        // 服务职工 + 职工群众: two standing terms side by side.
        let serve = assessment("服务职工", count: 16)
        let join = assessment("服务职工群众", count: 9)
        #expect(!discovery.standsBeside(join, shorter: serve, at: 0, standing: ["服务职工": 0, "职工群众": 1]))
        #expect(discovery.standsBeside(join, shorter: serve, at: 0, standing: ["服务职工": 0]))
        // Characters added before: the shorter term would have given way had the longer held half its uses.
        #expect(!discovery.standsBeside(
            assessment("全面依法治国", count: 30), shorter: assessment("依法治国", count: 40), at: 2, standing: ["依法治国": 0]))
    }
}
