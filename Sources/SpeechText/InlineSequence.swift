/// Numbered points written inside a paragraph: …的工作。一是坚持政治引领。扎实抓好…二是坚持服务优先。…
///
/// They stay in their paragraph. The lead sentences are made bold only when the whole
/// series qualifies: it starts at 一, counts up without gaps, has at least two items, and
/// every item's lead sentence is short (at most `maximumLeadLength` scalars, marker
/// included), has no comma, semicolon or colon outside quotes, ends with 。！？ before the
/// next item, and can be bolded under CommonMark's flanking rules. All or none, so a
/// series never comes out half bold (seed 001's 一要增强政治意识，… keeps its series plain).
enum InlineSequence {
    static let maximumLeadLength = 24

    /// A 一是/一要 marker found inside a paragraph.
    struct Item: Equatable {
        let numbering: Numbering
        let start: Int
    }

    /// 一是/二是… and 一要/二要… markers at the start of `block` or right after 。！？；：.
    static func items(in s: [Unicode.Scalar], block: Range<Int>) -> [Item] {
        var items: [Item] = []
        var i = block.lowerBound
        while i < block.upperBound {
            if i == block.lowerBound || Punctuation.precedesInlineMarker(s[i - 1]),
               ChineseNumeral.digit(s[i]) != nil || s[i] == "十",
               let numbering = Numbering.parse(s, at: i, end: block.upperBound),
               numbering.family == .shi || numbering.family == .yao {
                items.append(Item(numbering: numbering, start: i))
                i += numbering.length
            } else {
                i += 1
            }
        }
        return items
    }

    /// Ranges of the lead sentences to bold (without their 。), in order.
    static func boldRanges(in s: [Unicode.Scalar], block: Range<Int>) -> [Range<Int>] {
        let found = items(in: s, block: block)
        guard found.count >= 2 else { return [] }
        var ranges: [Range<Int>] = []
        for series in series(of: found) where series.count >= 2 {
            var leads: [Range<Int>] = []
            for (index, item) in series.enumerated() {
                let limit = index + 1 < series.count ? series[index + 1].start : block.upperBound
                guard let sentence = SentenceScanner.firstSentence(s, from: item.start, end: limit,
                                                                   limit: maximumLeadLength),
                      !sentence.hasClauseBreak,
                      sentence.end > item.start + item.numbering.length else { break }
                let lead = item.start..<sentence.end
                guard EmphasisFlanking.canWrap(s, lead, in: block) else { break }
                leads.append(lead)
            }
            if leads.count == series.count { ranges.append(contentsOf: leads) }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Splits items into series per family: 一 starts one, each next number continues it,
    /// anything else ends it and is left out.
    private static func series(of items: [Item]) -> [[Item]] {
        var done: [[Item]] = []
        var open: [NumberingFamily: [Item]] = [:]
        for item in items {
            let family = item.numbering.family
            if item.numbering.number == 1 {
                if let current = open[family] { done.append(current) }
                open[family] = [item]
            } else if let current = open[family], current.last?.numbering.number == item.numbering.number - 1 {
                open[family] = current + [item]
            } else {
                if let current = open[family] { done.append(current) }
                open[family] = nil
            }
        }
        done.append(contentsOf: open.values)
        return done
    }
}
