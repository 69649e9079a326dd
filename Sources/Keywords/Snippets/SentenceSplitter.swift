import PortalSupport

/// Sentences of Chinese text, for keyword-in-context snippets and discovery's example sentences.
///
/// A sentence ends after 。！？；… (and ASCII ! ? ;: `SentencePunctuation.endsSentenceOrClauseSeries`),
/// together with the closing quotes or brackets that follow, or at a line end. Everything works on UTF-8 byte offsets, the unit `KeywordMatcher` reports.
public enum SentenceSplitter {
    /// Default longest snippet, in characters (Unicode scalars), “…” included.
    public static let defaultMaxCharacters = 120

    /// The sentence around the UTF-8 range `hit` of `text`, shortened around the hit with “…” when it is
    /// longer than `maxCharacters`. The hit itself is never cut. Out-of-range or mid-character offsets are
    /// clamped and widened to whole characters.
    public static func snippet(
        around hit: Range<Int>, in text: String, maxCharacters: Int = defaultMaxCharacters
    ) -> KeywordSnippet {
        text.withUTF8Bytes { snippet(around: hit, inUTF8: $0, maxCharacters: maxCharacters) }
    }

    /// `snippet(around:in:maxCharacters:)` over UTF-8 bytes.
    public static func snippet(
        around hit: Range<Int>, inUTF8 bytes: UnsafeBufferPointer<UInt8>, maxCharacters: Int = defaultMaxCharacters
    ) -> KeywordSnippet {
        let count = bytes.count
        var lower = min(max(hit.lowerBound, 0), count)
        var upper = min(max(hit.upperBound, lower), count)
        while lower > 0 && lower < count && isContinuation(bytes[lower]) { lower -= 1 }
        while upper < count && isContinuation(bytes[upper]) { upper += 1 }

        let sentence = sentenceRange(containing: lower..<upper, in: bytes)
        var start = sentence.lowerBound
        var end = sentence.upperBound
        let hitLength = scalarCount(bytes, lower..<upper)
        if scalarCount(bytes, start..<end) > maxCharacters {
            // Room for context once the hit and the ellipses are placed; the side with less text hands its
            // unused share to the other, and a side that is not cut needs no ellipsis.
            let availableBefore = scalarCount(bytes, start..<lower)
            let availableAfter = scalarCount(bytes, upper..<end)
            var before = 0
            var after = 0
            var ellipses = 2
            for _ in 0..<2 {
                let budget = max(0, maxCharacters - hitLength - ellipses)
                before = min(budget / 2, availableBefore)
                after = min(budget - before, availableAfter)
                before = min(budget - after, availableBefore)
                ellipses = (before < availableBefore ? 1 : 0) + (after < availableAfter ? 1 : 0)
            }
            start = moveBack(from: lower, scalars: before, in: bytes)
            end = moveForward(from: upper, scalars: after, in: bytes)
        }
        let leading = start > sentence.lowerBound ? "…" : ""
        let trailing = end < sentence.upperBound ? "…" : ""
        let beforeText = leading + decode(bytes, start..<lower)
        let hitText = decode(bytes, lower..<upper)
        let text = beforeText + hitText + decode(bytes, upper..<end) + trailing
        let hitStart = beforeText.utf8.count
        return KeywordSnippet(text: text, hit: hitStart..<(hitStart + hitText.utf8.count))
    }

    /// The sentences of `text`, trimmed of surrounding white space, empty ones left out.
    public static func sentences(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            sentenceRanges(inUTF8: buffer).map { decode(buffer, $0) }
        }
    }

    /// The UTF-8 ranges of the sentences in `bytes`, trimmed of surrounding white space, in order.
    public static func sentenceRanges(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var position = nextSentenceStart(after: 0, in: bytes)
        while position < bytes.count {
            let range = sentenceRange(containing: position..<position, in: bytes)
            if !range.isEmpty { ranges.append(range) }
            position = max(nextSentenceStart(after: range.upperBound, in: bytes), position + 1)
        }
        return ranges
    }

    // MARK: - Boundaries

    /// The trimmed sentence that contains `hit`: from after the previous sentence end to the next one.
    private static func sentenceRange(containing hit: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = hit.lowerBound
        while start > 0 {
            let (scalar, previous) = scalarBefore(start, in: bytes)
            if isTerminator(scalar) || isLineEnd(scalar) { break }
            start = previous
        }
        // Closing quotes after the previous sentence's 。 belong to that sentence, not this one.
        while start < hit.lowerBound {
            let (scalar, next) = scalarAt(start, in: bytes)
            guard isCloser(scalar) || isSpace(scalar) else { break }
            start = next
        }
        var end = hit.upperBound
        while end < bytes.count {
            let (scalar, next) = scalarAt(end, in: bytes)
            if isLineEnd(scalar) { break }
            end = next
            if isTerminator(scalar) {
                end = endOfTerminatorRun(from: end, in: bytes)
                break
            }
        }
        while end > start {
            let (scalar, previous) = scalarBefore(end, in: bytes)
            guard isSpace(scalar), previous >= hit.upperBound else { break }
            end = previous
        }
        return start..<max(start, end)
    }

    /// After a terminator: more terminators (……, ！？) and closing quotes or brackets.
    private static func endOfTerminatorRun(from position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = position
        while end < bytes.count {
            let (scalar, next) = scalarAt(end, in: bytes)
            guard isTerminator(scalar) || isCloser(scalar) else { break }
            end = next
        }
        return end
    }

    private static func nextSentenceStart(after position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = position
        while start < bytes.count {
            let (scalar, next) = scalarAt(start, in: bytes)
            guard isSpace(scalar) || isLineEnd(scalar) || isCloser(scalar) || isTerminator(scalar) else { break }
            start = next
        }
        return start
    }

    private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        SentencePunctuation.endsSentenceOrClauseSeries(scalar)
    }

    private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "’", "」", "』", "）", ")", "】", "》", "〉", "\"", "'": return true
        default: return false
        }
    }

    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{3000}", "\u{00A0}": return true
        default: return false
        }
    }

    // MARK: - UTF-8

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar starting at `position` and the offset after it; a malformed byte reads as U+FFFD.
    private static func scalarAt(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1 else { return (lead < 0x80 ? Unicode.Scalar(lead) : "\u{FFFD}", position + 1) }
        guard position + length <= bytes.count else { return ("\u{FFFD}", position + 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let byte = bytes[position + offset]
            guard isContinuation(byte) else { return ("\u{FFFD}", position + 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", position + length)
    }

    /// The scalar ending at `position` and the offset where it starts.
    private static func scalarBefore(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        var start = position - 1
        while start > 0 && position - start < 4 && isContinuation(bytes[start]) { start -= 1 }
        let (scalar, next) = scalarAt(start, in: bytes)
        return next == position ? (scalar, start) : ("\u{FFFD}", position - 1)
    }

    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var position = range.lowerBound
        while position < range.upperBound {
            position = scalarAt(position, in: bytes).1
            count += 1
        }
        return count
    }

    private static func moveBack(from position: Int, scalars: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var result = position
        for _ in 0..<scalars where result > 0 { result = scalarBefore(result, in: bytes).1 }
        return result
    }

    private static func moveForward(from position: Int, scalars: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var result = position
        for _ in 0..<scalars where result < bytes.count { result = scalarAt(result, in: bytes).1 }
        return result
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
