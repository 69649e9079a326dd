import Testing
@testable import Keywords

@Suite struct QuotedPhraseScannerTests {
    private let scanner = QuotedPhraseScanner(minLength: 2, maxLength: 12, minCJKShare: 0.6)

    @Test func allQuotationMarks() {
        let text = "深刻领悟“两个确立”，做到「两个维护」，把握『国之大者』，实施‘五大行动’。"
        #expect(scanner.phrases(in: text) == ["两个确立", "两个维护", "国之大者", "五大行动"])
    }

    @Test func nestedQuotes() {
        // The inner quote is a phrase; the outer one contains quotation marks, so it is a slogan, not a term.
        #expect(scanner.phrases(in: "开展“建功‘十四五’奋进新征程”主题劳动竞赛") == ["十四五"])
        #expect(scanner.phrases(in: "“讲好‘劳模故事’”") == ["劳模故事"])
    }

    @Test func unclosedQuoteDoesNotSwallowTheRest() {
        let text = "习近平总书记强调：“我国工人阶级要弘扬劳模精神，发挥“大国工匠”示范效应"
        #expect(scanner.phrases(in: text) == ["大国工匠"])
        #expect(scanner.phrases(in: "“未闭合\n“娘家人”") == ["娘家人"])
    }

    @Test func sentencesSingleCharactersAndNonChinesePhrasesAreLeftOut() {
        let text = "“工”字号，“3+N”平台，“深化工会改革，有效发挥作用”，“中国梦·劳动美”，“四同步、四衔接”"
        #expect(scanner.phrases(in: text) == ["中国梦·劳动美", "四同步、四衔接"])
    }

    @Test func repeatsAreReported() {
        #expect(scanner.phrases(in: "“国之大者”……“国之大者”") == ["国之大者", "国之大者"])
    }

    @Test func strayClosersAndEmptyQuotes() {
        #expect(scanner.phrases(in: "”」』’“”「」").isEmpty)
        #expect(scanner.phrases(in: "").isEmpty)
    }
}
