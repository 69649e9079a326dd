import PortalSupport
import Testing

@Suite struct CJKCharactersTests {
    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func ideographsAreHanCharactersAndTheIdeographicZero() {
        #expect(scalars("工会二〇二三㐀豈𠀀").allSatisfy(CJKCharacters.isIdeograph))
        #expect(!scalars("、。，“”あ々A1").contains(where: CJKCharacters.isIdeograph))
    }

    @Test func chineseTextIncludesItsPunctuationAndQuotes() {
        #expect("工、。，（）“”‘’—…あア⺀︰Ａ".unicodeScalars.allSatisfy { $0.isCJK })
        #expect(!"aZ9 -.,\u{00A0}é".unicodeScalars.contains { $0.isCJK })
    }

    @Test func wordCharactersAreLettersAndDigitsOfAnyScript() {
        #expect(scalars("aZ09工㐀éЖ١Ａ１").allSatisfy(CJKCharacters.isWordCharacter))
        // Punctuation of every block, and the CJK symbols (々 〇 included) answered without a table lookup.
        #expect(!scalars(" -_.，。、“”…—：；！？々〇＂（").contains(where: CJKCharacters.isWordCharacter))
    }

    @Test func sentenceEndsAndClauseSeries() {
        #expect("。！？!?".unicodeScalars.allSatisfy(SentencePunctuation.endsSentence))
        #expect(!"；;….，,".unicodeScalars.contains(where: SentencePunctuation.endsSentence))
        #expect("。！？!?；;…".unicodeScalars.allSatisfy(SentencePunctuation.endsSentenceOrClauseSeries))
        #expect(!".，,：".unicodeScalars.contains(where: SentencePunctuation.endsSentenceOrClauseSeries))
    }
}
