@testable import Keywords
import PortalSupport
import PortalTestSupport
import Testing

@Suite struct KeywordMatcherTests {
    /// The matched substrings with their ids, which reads better in expectations than byte offsets.
    private func found(_ matcher: KeywordMatcher, in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matcher.matches(in: text).map { match in
            "\(String(decoding: bytes[match.start..<match.end], as: UTF8.self))#\(match.keyword.index)"
        }
    }

    @Test func longestWinsAtTheSameStart() {
        let matcher = KeywordMatcher([(text: "产业工人", keyword: 1), (text: "产业工人队伍建设改革", keyword: 2)])
        #expect(found(matcher, in: "深化产业工人队伍建设改革，壮大产业工人。") == ["产业工人队伍建设改革#2", "产业工人#1"])
    }

    @Test func leftmostWinsOverLongerLaterStart() {
        let matcher = KeywordMatcher([(text: "工会组织", keyword: 1), (text: "组织建设能力", keyword: 2)])
        #expect(found(matcher, in: "工会组织建设能力") == ["工会组织#1"])
        #expect(found(matcher, in: "加强组织建设能力") == ["组织建设能力#2"])
    }

    @Test func scanningResumesAfterTheMatch() {
        let matcher = KeywordMatcher([(text: "abc", keyword: 1), (text: "cd", keyword: 2), (text: "de", keyword: 3)])
        #expect(found(matcher, in: "abcde") == ["abc#1", "de#3"])
    }

    @Test func shorterMatchInsideAnUnfinishedLongerCandidate() {
        // "bc" is complete while "abcd" is still possible; "abcd" fails, so the leftmost match is "bc".
        let matcher = KeywordMatcher([(text: "abcd", keyword: 1), (text: "bc", keyword: 2)])
        #expect(found(matcher, in: "abce") == ["bc#2"])
        #expect(found(matcher, in: "abcd") == ["abcd#1"])
        #expect(found(matcher, in: "xabcabcd") == ["bc#2", "abcd#1"])
    }

    @Test func aliasesShareTheirKeyword() {
        let matcher = KeywordMatcher([
            (text: "产业工人队伍建设改革", keyword: 7), (text: "产改", keyword: 7), (text: "劳模精神", keyword: 3),
        ])
        #expect(found(matcher, in: "推动产改走深走实，弘扬劳模精神，深化产业工人队伍建设改革")
            == ["产改#7", "劳模精神#3", "产业工人队伍建设改革#7"])
    }

    @Test func duplicateTextKeepsTheFirstId() {
        let matcher = KeywordMatcher([(text: "娘家人", keyword: 4), (text: "娘家人", keyword: 9)])
        #expect(matcher.patternCount == 1)
        #expect(found(matcher, in: "当好职工娘家人") == ["娘家人#4"])
    }

    @Test func emptyPatternsAndEmptyTexts() {
        let none = KeywordMatcher([])
        #expect(none.isEmpty)
        #expect(none.matches(in: "两个确立").isEmpty)
        let onlyEmpty = KeywordMatcher([(text: "", keyword: 1)])
        #expect(onlyEmpty.isEmpty)
        #expect(onlyEmpty.matches(in: "").isEmpty)
        let matcher = KeywordMatcher([(text: "两个确立", keyword: 0)])
        #expect(matcher.matches(in: "").isEmpty)
        [UInt8]().withUnsafeBufferPointer { #expect(matcher.matches(inUTF8: $0).isEmpty) }
    }

    @Test func asciiAndCJKMixed() {
        let matcher = KeywordMatcher([
            (text: "3+N", keyword: 1), (text: "12351", keyword: 2), (text: "中国梦·劳动美", keyword: 3),
            (text: "AI", keyword: 4),
        ])
        #expect(found(matcher, in: "“3+N”维权服务平台，12351热线，“中国梦·劳动美”，AI赋能")
            == ["3+N#1", "12351#2", "中国梦·劳动美#3", "AI#4"])
    }

    @Test func offsetsAreUTF8Bytes() {
        let matcher = KeywordMatcher([(text: "两个确立", keyword: 0)])
        let text = "a“两个确立”"
        #expect(matcher.matches(in: text) == [KeywordMatch(keyword: 0, start: 4, end: 16)])
    }

    @Test func charactersSharingLeadingBytesDoNotConfuseTheScan() {
        // 工 E5 B7 A5, 左 E5 B7 A6, 巧 E5 B7 A7: they differ only in the last byte.
        let matcher = KeywordMatcher([(text: "工巧", keyword: 1), (text: "左", keyword: 2)])
        #expect(found(matcher, in: "工左工巧巧左") == ["左#2", "工巧#1", "左#2"])
    }

    @Test func bufferSliceOffsetsAreRelative() {
        let matcher = KeywordMatcher([(text: "职工之家", keyword: 5)])
        let bytes = Array("标题：建设职工之家".utf8)
        let matches = bytes.withUnsafeBufferPointer { matcher.matches(inUTF8: UnsafeBufferPointer(rebasing: $0[9...])) }
        #expect(matches == [KeywordMatch(keyword: 5, start: 6, end: 18)])
    }

    @Test func invalidUTF8DoesNotCrash() {
        let matcher = KeywordMatcher([(text: "工会", keyword: 1)])
        let bytes: [UInt8] = [0xFF, 0xE5, 0xB7, 0xE5, 0xB7, 0xA5, 0xE4, 0xBC, 0x9A, 0xC0]
        let matches = bytes.withUnsafeBufferPointer { matcher.matches(inUTF8: $0) }
        #expect(matches == [KeywordMatch(keyword: 1, start: 3, end: 9)])
    }

    /// The uses of each keyword, as text#id in text order.
    private func uses(_ matcher: KeywordMatcher, in text: String, linkable: (KeywordID) -> Bool = { _ in true }) -> (uses: [String], visible: [String]) {
        let bytes = Array(text.utf8)
        let found = matcher.mentions(in: text, linkable: linkable)
        func show(_ match: KeywordMatch) -> String {
            "\(String(decoding: bytes[match.start..<match.end], as: UTF8.self))#\(match.keyword.index)"
        }
        return (found.uses.map(show), found.visible.map(show))
    }

    @Test func aUseInsideAnotherKeywordsLongerMentionCounts() {
        let matcher = KeywordMatcher([(text: "一国两制", keyword: 1), (text: "和平统一、一国两制", keyword: 2)])
        let found = uses(matcher, in: "坚持和平统一、一国两制方针，全面准确贯彻一国两制。")
        #expect(found.uses == ["和平统一、一国两制#2", "一国两制#1", "一国两制#1"])
        #expect(found.visible == ["和平统一、一国两制#2", "一国两制#1"])
    }

    @Test func aKeywordsOwnNamesNeverCountTwice() {
        // 二十大 is an alias inside the term 党的二十大: one use, as the longer name.
        let matcher = KeywordMatcher([(text: "党的二十大", keyword: 0), (text: "二十大", keyword: 0), (text: "大", keyword: 1)])
        let found = uses(matcher, in: "学习党的二十大精神，宣传二十大").uses
        #expect(found.filter { $0.hasSuffix("#0") } == ["党的二十大#0", "二十大#0"])
        #expect(found.filter { $0.hasSuffix("#1") } == ["大#1", "大#1"])
    }

    @Test func countedOnlyKeywordsNeverHideAnother() {
        let matcher = KeywordMatcher([(text: "社会主义市场经济", keyword: 0), (text: "市场经济体制", keyword: 1)])
        let all = uses(matcher, in: "社会主义市场经济体制")
        #expect(all.visible == ["社会主义市场经济#0"])
        let onlyOne = uses(matcher, in: "社会主义市场经济体制", linkable: { $0 == 1 })
        #expect(onlyOne.uses == ["社会主义市场经济#0", "市场经济体制#1"])
        #expect(onlyOne.visible == ["市场经济体制#1"])
    }

    @Test func everyOccurrenceIsReportedWithItsSuffixes() {
        let matcher = KeywordMatcher([(text: "abc", keyword: 0), (text: "bc", keyword: 1), (text: "c", keyword: 2), (text: "cd", keyword: 3)])
        var found: [KeywordMatch] = []
        Array("abcd".utf8).withUnsafeBufferPointer { matcher.forEachOccurrence(inUTF8: $0) { found.append($0) } }
        #expect(found == [
            KeywordMatch(keyword: 0, start: 0, end: 3), KeywordMatch(keyword: 1, start: 1, end: 3),
            KeywordMatch(keyword: 2, start: 2, end: 3), KeywordMatch(keyword: 3, start: 2, end: 4),
        ])
    }

    @Test func usesAndVisibleMentionsAgainstNaiveReference() {
        let alphabet: [String] = ["工", "左", "会", "a", "b", "、"]
        var generator = SeededRandom(seed: 0x05E5)
        for round in 0..<3000 {
            var patterns: [(text: String, keyword: KeywordID)] = []
            for index in 0..<Int.random(in: 1...7, using: &generator) {
                let text = (0..<Int.random(in: 1...4, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined()
                patterns.append((text: text, keyword: KeywordID(index % 3 == 2 ? index - 1 : index)))
            }
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined()
            let bytes = Array(text.utf8)
            let matcher = KeywordMatcher(patterns)
            let reference = NaiveKeywordMatcher(patterns)
            let found = matcher.mentions(in: text)
            #expect(found.visible == reference.matches(in: bytes), "round \(round): \(patterns) in \(text)")
            // A keyword's uses: leftmost-longest among its own names, whatever the other keywords.
            let keywords = Set(found.uses.map(\.keyword) + reference.matches(in: bytes).map(\.keyword))
            for keyword in keywords {
                let own = NaiveKeywordMatcher(patterns.filter { $0.keyword == keyword }.filter { pattern in
                    // A text given twice belongs to its first keyword.
                    patterns.first { $0.text == pattern.text }?.keyword == keyword
                })
                #expect(found.uses.filter { $0.keyword == keyword } == own.matches(in: bytes), "round \(round): \(patterns) in \(text)")
            }
            if found.visible != reference.matches(in: bytes) { return }
        }
    }

    @Test func randomizedAgainstNaiveReference() {
        // Characters chosen to share UTF-8 prefixes, plus ASCII, so failure links get real work.
        let alphabet: [String] = ["工", "左", "巧", "会", "人", "a", "b", "·"]
        var generator = SeededRandom(seed: 0x5EED_2024)
        for round in 0..<3000 {
            let patternCount = Int.random(in: 0...8, using: &generator)
            var patterns: [(text: String, keyword: KeywordID)] = []
            for index in 0..<patternCount {
                let length = Int.random(in: 0...4, using: &generator)
                let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined()
                patterns.append((text: text, keyword: KeywordID(index % 3 == 2 ? index - 1 : index)))
            }
            let textLength = Int.random(in: 0...40, using: &generator)
            let text = (0..<textLength).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined()
            let matcher = KeywordMatcher(patterns)
            let expected = NaiveKeywordMatcher(patterns).matches(in: Array(text.utf8))
            #expect(matcher.matches(in: text) == expected, "round \(round): \(patterns) in \(text)")
            if matcher.matches(in: text) != expected { return }
        }
    }

    @Test func randomBytesAgainstNaiveReference() {
        var generator = SeededRandom(seed: 99)
        for _ in 0..<2000 {
            let patterns = (0..<Int.random(in: 1...6, using: &generator)).map { index in
                (text: String(decoding: (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                    UInt8.random(in: 0x61...0x64, using: &generator)
                }, as: UTF8.self), keyword: KeywordID(index))
            }
            let bytes = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
                UInt8.random(in: 0x60...0x65, using: &generator)
            }
            let matcher = KeywordMatcher(patterns)
            let actual = bytes.withUnsafeBufferPointer { matcher.matches(inUTF8: $0) }
            #expect(actual == NaiveKeywordMatcher(patterns).matches(in: bytes))
        }
    }
}

/// The definition of leftmost-longest, written as plainly as possible: try every start, take the longest.
private struct NaiveKeywordMatcher {
    private var patterns: [([UInt8], KeywordID)] = []

    init(_ terms: [(text: String, keyword: KeywordID)]) {
        for term in terms where !term.text.isEmpty {
            let bytes = Array(term.text.utf8)
            if !patterns.contains(where: { $0.0 == bytes }) { patterns.append((bytes, term.keyword)) }
        }
    }

    func matches(in text: [UInt8]) -> [KeywordMatch] {
        var result: [KeywordMatch] = []
        var start = 0
        while start < text.count {
            var best: ([UInt8], KeywordID)?
            for pattern in patterns where text[start...].starts(with: pattern.0) {
                if pattern.0.count > (best?.0.count ?? 0) { best = pattern }
            }
            if let best {
                result.append(KeywordMatch(keyword: best.1, start: start, end: start + best.0.count))
                start += best.0.count
            } else {
                start += 1
            }
        }
        return result
    }
}
