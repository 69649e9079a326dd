import Foundation

extension CJKNGramStatistics {
    /// Function words as symbol sequences, for tests on symbols rather than strings.
    struct FunctionWords {
        /// Leading words by their first symbol, trailing words by their last.
        var leading: [Int32: [[Int32]]] = [:]
        var trailing: [Int32: [[Int32]]] = [:]

        init(sample: CJKTextSample) {
            func symbols(_ word: String) -> [Int32]? {
                let ids = word.unicodeScalars.compactMap { sample.symbolOfScalar[$0] }
                return ids.count == word.unicodeScalars.count ? ids : nil
            }
            for word in KeywordDiscovery.leadingFunctionWords {
                if let ids = symbols(word) { leading[ids[0], default: []].append(ids) }
            }
            for word in KeywordDiscovery.trailingFunctionWords {
                if let ids = symbols(word) { trailing[ids[ids.count - 1], default: []].append(ids) }
            }
        }
    }

    /// The string with id `id`, or nil when it is not a whole term at its edges:
    /// - a particle (的, 了 …) at either end, or inside a string of five characters or more; a determiner or
    ///   pronoun (各, 这, 我 …) at the start;
    /// - a function word (对于, 一个 … / 以来, 方面 …) at an end;
    /// - two word-forming function characters at one end (是要对标, 上有新作为);
    /// - in seven characters or more, a character that joins phrases (的, 和, 把 …);
    /// - a governing word (坚持, 推进 …) before a free word or a term (坚持|四项基本原则), or a word-forming
    ///   function character next to one (基础|上, 在|百花齐放): see `isFunctionEdge`;
    /// - too weakly cohesive (`Options.minCohesion`).
    func termIfWhole(_ id: Int, length: Int, scratch: SubstringScratch) -> (term: String, cohesion: Double)? {
        let symbols = sample.symbols
        let start = Int(firstPosition[id])
        let end = start + length
        let first = Int(symbols[start])
        let last = Int(symbols[end - 1])
        if particle[first] || particle[last] || determiner[first] { return nil }
        if wordForming[first] && wordForming[Int(symbols[start + 1])] { return nil }
        if wordForming[last] && wordForming[Int(symbols[end - 2])] { return nil }
        if length >= 5 {
            for position in (start + 1)..<(end - 1) {
                let symbol = Int(symbols[position])
                if particle[symbol] || (length >= 7 && phraseCharacter[symbol]) { return nil }
            }
        }
        if let words = functionWords.leading[Int32(first)],
           words.contains(where: { $0.count < length && symbols[start..<(start + $0.count)].elementsEqual($0) }) {
            return nil
        }
        if let words = functionWords.trailing[Int32(last)],
           words.contains(where: { $0.count < length && symbols[(end - $0.count)..<end].elementsEqual($0) }) {
            return nil
        }
        fillSubstringIDs(of: id, length: length, scratch: scratch)
        let (prefixes, suffixes) = (scratch.prefixes, scratch.suffixes)
        let value = cohesion(id, length: length, prefixes: prefixes, suffixes: suffixes)
        guard value >= options.minCohesion else { return nil }
        if wordForming[last], isFunctionEdge(atEnd: true, edge: 1, length: length, prefixes: prefixes, suffixes: suffixes) {
            return nil
        }
        if wordForming[first], isFunctionEdge(atEnd: false, edge: 1, length: length, prefixes: prefixes, suffixes: suffixes) {
            return nil
        }
        let word = Int(boundaryWordLength[start])
        if word > 0 && word < length,
           isFunctionEdge(atEnd: false, edge: word, length: length, prefixes: prefixes, suffixes: suffixes) {
            return nil
        }
        return (sample.string(at: start, length: length), value)
    }

    /// Whether the `edge` characters at one end (a word-forming function character, or a governing word at
    /// the start) stand apart from the rest: the rest is a term itself (在|百花齐放, 坚持|四项基本原则), or
    /// it ends (begins) with a free word w of two to four characters, one with at least `freeWordVariety`
    /// different neighbours on that side, which the edge follows (precedes) in no more than
    /// `edgeBoundShare` of its uses. 基础|上 and 条件|下 are cut; in 四项基本原|则 or 过|渡时期总路线 the
    /// rest does not end (begin) with a free word, and 保障|性住房 is no governing verb before a term.
    private func isFunctionEdge(
        atEnd: Bool, edge: Int, length: Int, prefixes: UnsafeMutableBufferPointer<Int>, suffixes: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        let rest = atEnd ? prefixes[length - edge] : suffixes[length - edge]
        if isCandidate[rest] { return true }
        // … or a term behind one more function character (建设|有|中国特色社会主义).
        let symbols = sample.symbols
        let start = Int(firstPosition[rest])
        let inner = Int(symbols[atEnd ? start + length - edge - 1 : start])
        if length - edge > 2, wordForming[inner] {
            let shorter = atEnd ? Int(prefix[rest]) : Int(suffix[rest])
            if isCandidate[shorter] { return true }
        }
        let cap = UInt8(clamping: options.freeWordVariety)
        for wordLength in 2...4 where wordLength + edge <= length {
            // With the edge: the last (first) wordLength + edge characters; without it: the word.
            let withEdge = atEnd ? suffixes[wordLength + edge] : prefixes[wordLength + edge]
            var word = withEdge
            for _ in 0..<edge { word = atEnd ? Int(prefix[word]) : Int(suffix[word]) }
            let variety = atEnd ? rightVariety[word] : leftVariety[word]
            if variety >= cap, Double(counts[withEdge]) <= options.edgeBoundShare * Double(counts[word]) {
                return true
            }
        }
        return false
    }

    /// Room for the ids of one string's prefixes and suffixes, made once per level.
    struct SubstringScratch {
        /// `prefixes[k]` is the id of the first k characters, `suffixes[k]` of the last k (1 ≤ k ≤ length).
        let prefixes: UnsafeMutableBufferPointer<Int>
        let suffixes: UnsafeMutableBufferPointer<Int>

        init(length: Int) {
            prefixes = .allocate(capacity: length + 1)
            suffixes = .allocate(capacity: length + 1)
        }

        func deallocate() {
            prefixes.deallocate()
            suffixes.deallocate()
        }
    }

    private func fillSubstringIDs(of id: Int, length: Int, scratch: SubstringScratch) {
        let (prefixes, suffixes) = (scratch.prefixes, scratch.suffixes)
        prefixes[length] = id
        suffixes[length] = id
        var k = length - 1
        while k >= 1 {
            prefixes[k] = Int(prefix[prefixes[k + 1]])
            suffixes[k] = Int(suffix[suffixes[k + 1]])
            k -= 1
        }
    }

    /// The weakest association between two parts of the string, in bits: the minimum over split points of
    /// log2(count(w) · N / (count(left) · count(right))), N = characters read. From four characters on only
    /// splits between parts of two characters or more count: a very frequent single character (工 in a
    /// union's speeches) would drag down 工匠精神, while the words still tell a fixed expression (工匠|精神)
    /// from a free combination (工会|工作).
    private func cohesion(
        _ id: Int, length: Int, prefixes: UnsafeMutableBufferPointer<Int>, suffixes: UnsafeMutableBufferPointer<Int>
    ) -> Double {
        let total = Double(sample.symbols.count)
        let whole = Double(counts[id])
        let splits = length >= 4 ? 2...(length - 2) : 1...(length - 1)
        var weakest = Double.infinity
        for split in splits {
            let left = Double(counts[prefixes[split]])
            let right = Double(counts[suffixes[length - split]])
            weakest = min(weakest, log2(whole * total / (left * right)))
        }
        return weakest
    }
}
