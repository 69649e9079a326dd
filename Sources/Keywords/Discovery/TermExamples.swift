import PortalSupport

/// Example sentences for discovered terms: the sentence around the first use in each speech, then later
/// uses when the terms occur in few speeches; no sentence twice.
enum TermExamples {
    static func find(_ terms: [String], in texts: [String], limit: Int) -> [String: [String]] {
        guard !terms.isEmpty, limit > 0 else { return [:] }
        let matcher = KeywordMatcher(terms.enumerated().map { (text: $0.element, keyword: KeywordID($0.offset)) })
        var first = [[(speech: Int, range: Range<Int>)]](repeating: [], count: terms.count)
        var later = first
        var lastSpeech = [Int](repeating: -1, count: terms.count)
        for (speech, text) in texts.enumerated() {
            func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
                matcher.forEachOccurrence(inUTF8: bytes) { match in
                    let term = match.keyword.index
                    if lastSpeech[term] != speech {
                        lastSpeech[term] = speech
                        if first[term].count < limit { first[term].append((speech, match.range)) }
                    } else if later[term].count < limit {
                        later[term].append((speech, match.range))
                    }
                }
            }
            text.withUTF8Bytes(scan)
        }
        var examples: [String: [String]] = [:]
        for (index, term) in terms.enumerated() {
            var places = first[index]
            if places.count < limit { places += later[index].prefix(limit - places.count) }
            places.sort { ($0.speech, $0.range.lowerBound) < ($1.speech, $1.range.lowerBound) }
            var sentences: [String] = []
            for place in places {
                let sentence = SentenceSplitter.snippet(around: place.range, in: texts[place.speech]).text
                if !sentences.contains(sentence) { sentences.append(sentence) }
            }
            examples[term] = sentences
        }
        return examples
    }
}
