/// The fixed phrases that open and close a speech.
///
/// Salutation: a line that is only a greeting (同志们：, 各位代表、同志们：, 尊敬的各位领导，)
/// stays its own paragraph and is never taken for a title. A greeting ending in a colon that
/// starts a longer line (同志们：今天…) is split off into its own paragraph. A greeting
/// followed by a comma (同志们，今天我们在这里召开…) is part of the sentence and stays in it.
///
/// Closing: when the last line of the speech ends with a closing formula (我就讲这么多，
/// 谢谢大家！) after other sentences, the formula becomes its own paragraph.
enum SpeechFormulas {
    static let greetings: [[Unicode.Scalar]] = [
        "同志们", "各位代表", "各位同志", "各位领导", "各位来宾", "各位嘉宾", "各位委员", "各位学员",
        "各位", "尊敬的", "女士们", "先生们", "朋友们", "同学们", "老师们", "亲爱的", "工友们", "职工朋友们",
    ].map { Array($0.unicodeScalars) }

    static let closings: [[Unicode.Scalar]] = [
        "我就讲这么多", "我就讲这些", "就讲这些", "我就讲到这里", "就讲到这里", "我的讲话到此结束",
        "我的讲话就到这里", "谢谢大家", "谢谢各位", "谢谢！", "谢谢。",
    ].map { Array($0.unicodeScalars) }

    static let maximumSalutationLength = 40
    static let maximumClosingLength = 40

    /// Whether the whole line is a greeting, with or without its colon.
    static func isSalutationLine(_ s: [Unicode.Scalar]) -> Bool {
        guard s.count <= maximumSalutationLength, startsWithGreeting(s) else { return false }
        // A greeting has no sentence in it, at most a final ！.
        return !SentenceScanner.containsSentenceEnd(s, from: 0, end: max(0, s.count - 1))
    }

    /// Where a colon-ended greeting ends (after the colon) and the text after it starts
    /// (同志们：|今天…), when the line goes on after the greeting.
    static func salutationSplit(_ s: [Unicode.Scalar]) -> (greetingEnd: Int, restStart: Int)? {
        guard startsWithGreeting(s) else { return nil }
        let window = min(s.count, maximumSalutationLength)
        guard let colon = s[0..<window].firstIndex(where: { $0 == "：" || $0 == ":" }),
              !SentenceScanner.containsSentenceEnd(s, from: 0, end: colon) else { return nil }
        var rest = colon + 1
        while rest < s.count, Punctuation.isLineSpace(s[rest]) { rest += 1 }
        return rest < s.count ? (colon + 1, rest) : nil
    }

    /// Index where a closing formula at the end of the line starts, when something precedes it.
    static func closingStart(_ s: [Unicode.Scalar]) -> Int? {
        let earliest = max(1, s.count - maximumClosingLength)
        var i = earliest
        while i < s.count {
            if Punctuation.endsSentence(s[i - 1]) || Punctuation.closesQuote(s[i - 1]),
               closings.contains(where: { s[i...].starts(with: $0) }) {
                return i
            }
            i += 1
        }
        return nil
    }

    /// Whether the whole line is a closing formula.
    static func isClosingLine(_ s: [Unicode.Scalar]) -> Bool {
        s.count <= maximumClosingLength && closings.contains { s.starts(with: $0) }
    }

    private static func startsWithGreeting(_ s: [Unicode.Scalar]) -> Bool {
        greetings.contains { s.starts(with: $0) }
    }
}
