import Testing
@testable import Keywords

@Suite struct SentenceSplitterTests {
    /// The UTF-8 range of the first `term` in `text`.
    private func range(of term: String, in text: String) -> Range<Int> {
        let bytes = Array(text.utf8)
        let pattern = Array(term.utf8)
        for start in 0...(bytes.count - pattern.count) where bytes[start...].starts(with: pattern) {
            return start..<(start + pattern.count)
        }
        return 0..<0
    }

    private func snippet(_ term: String, in text: String, max: Int = 120) -> KeywordSnippet {
        SentenceSplitter.snippet(around: range(of: term, in: text), in: text, maxCharacters: max)
    }

    @Test func sentenceAroundTheHit() {
        let text = "同志们：今天开会。要深刻领悟“两个确立”的决定性意义！大家回去落实。"
        let found = snippet("两个确立", in: text)
        #expect(found.text == "要深刻领悟“两个确立”的决定性意义！")
        #expect(found.hitText == "两个确立")
        #expect(found.before == "要深刻领悟“")
        #expect(found.after == "”的决定性意义！")
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "他指出：“要学习。”劳模精神要弘扬；工匠精神也要弘扬。"
        #expect(snippet("劳模精神", in: text).text == "劳模精神要弘扬；")
        #expect(snippet("学习", in: text).text == "他指出：“要学习。”")
        #expect(snippet("工匠精神", in: text).text == "工匠精神也要弘扬。")
    }

    @Test func lineEndsSplitAndSpacesAreTrimmed() {
        let text = "第一，要坚持党的领导  \n  不断增强工会引领力\n"
        #expect(snippet("党的领导", in: text).text == "第一，要坚持党的领导")
        #expect(snippet("引领力", in: text).text == "不断增强工会引领力")
    }

    @Test func hitAtTheStartAndAtTheEndOfTheText() {
        let text = "两个确立是根本。必须做到两个维护"
        let start = snippet("两个确立", in: text)
        #expect(start.text == "两个确立是根本。")
        #expect(start.hit == 0..<12)
        let end = snippet("两个维护", in: text)
        #expect(end.text == "必须做到两个维护")
        #expect(end.after.isEmpty)
    }

    @Test func longSentencesAreShortenedAroundTheHit() {
        let filler = String(repeating: "职工群众", count: 50)
        let text = filler + "产业工人队伍建设改革" + filler + "。"
        let found = snippet("产业工人队伍建设改革", in: text, max: 40)
        #expect(found.text.unicodeScalars.count <= 40)
        #expect(found.text.hasPrefix("…") && found.text.hasSuffix("…"))
        #expect(found.hitText == "产业工人队伍建设改革")
        #expect(found.before.unicodeScalars.count >= 10 && found.after.unicodeScalars.count >= 10)
    }

    @Test func longSentenceWithTheHitNearAnEdgeUsesTheRoomOnTheOtherSide() {
        let text = "产业工人队伍建设改革" + String(repeating: "职工群众", count: 50) + "。"
        let found = snippet("产业工人队伍建设改革", in: text, max: 30)
        #expect(!found.text.hasPrefix("…"))
        #expect(found.text.hasSuffix("…"))
        #expect(found.text.unicodeScalars.count == 30)
        #expect(found.hit == 0..<30)
    }

    @Test func aHitLongerThanTheLimitIsKeptWhole() {
        let text = "前文。" + String(repeating: "长", count: 50) + "后文。"
        let found = SentenceSplitter.snippet(around: 9..<159, in: text, maxCharacters: 20)
        #expect(found.hitText == String(repeating: "长", count: 50))
    }

    @Test func oddRangesAreClampedAndWidened() {
        let text = "劳模精神。工匠精神"
        // Mid-character offsets widen to whole characters; out-of-range ones are clamped.
        #expect(SentenceSplitter.snippet(around: 1..<5, in: text).hitText == "劳模")
        #expect(SentenceSplitter.snippet(around: 100..<200, in: text).hitText.isEmpty)
        #expect(SentenceSplitter.snippet(around: -5..<3, in: text).hitText == "劳")
        #expect(SentenceSplitter.snippet(around: 0..<0, in: "").text.isEmpty)
    }

    @Test func invalidUTF8DoesNotCrash() {
        let bytes: [UInt8] = [0xE5, 0x8A, 0xB3, 0xFF, 0xE3, 0x80, 0x82, 0x80, 0x80, 0xE5, 0x8A]
        for lower in 0...bytes.count {
            for upper in lower...bytes.count {
                let found = bytes.withUnsafeBufferPointer {
                    SentenceSplitter.snippet(around: lower..<upper, inUTF8: $0, maxCharacters: 3)
                }
                #expect(found.hit.upperBound <= found.text.utf8.count)
            }
        }
        _ = bytes.withUnsafeBufferPointer { SentenceSplitter.sentenceRanges(inUTF8: $0) }
    }

    @Test func sentencesOfAText() {
        let text = "  同志们：\n今天开会。要学习！要落实？好……\n\n“继续努力。”最后一句"
        #expect(SentenceSplitter.sentences(in: text)
            == ["同志们：", "今天开会。", "要学习！", "要落实？", "好……", "“继续努力。”", "最后一句"])
        #expect(SentenceSplitter.sentences(in: "").isEmpty)
        #expect(SentenceSplitter.sentences(in: "\n \n。。").isEmpty)
    }
}
