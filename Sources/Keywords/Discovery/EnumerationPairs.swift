/// Two terms written as one enumeration, `A、B` (资源节约型、环境友好型社会, 百花齐放、百家争鸣): at each
/// enumeration comma between the two runs of a two-item list (`CJKTextSample.pairComma`; a longer list such
/// as 劳模精神、劳动精神、工匠精神 names its items, not a pair), the longest term ending at the comma and the
/// longest starting after it.
///
/// The counting stage's sweep over its occurrences records which counted strings touch such a comma; once
/// the terms are known, `pairs(among:names:)` reads the pairs off.
struct EnumerationPairs {
    private struct Side {
        var candidate: Int
        var length: Int
    }

    private var before: [Int: [Side]] = [:]
    private var after: [Int: [Side]] = [:]

    /// Notes an occurrence of counted string `candidate` at positions start..<end of `sample`.
    mutating func record(_ candidate: Int, start: Int, end: Int, in sample: CJKTextSample) {
        if end < sample.pairComma.count, sample.pairComma[end] {
            before[end, default: []].append(Side(candidate: candidate, length: end - start))
        }
        if start > 0, sample.pairComma[start - 1] {
            after[start - 1, default: []].append(Side(candidate: candidate, length: end - start))
        }
    }

    /// Every `A、B` whose parts are the longest terms (`isTerm`) on each side of a comma, with how often it
    /// is written.
    func pairs(isTerm: (Int) -> Bool, name: (Int) -> String) -> [String: Int] {
        var pairs: [String: Int] = [:]
        for (comma, left) in before {
            guard let right = after[comma],
                  let first = left.filter({ isTerm($0.candidate) }).max(by: { $0.length < $1.length }),
                  let second = right.filter({ isTerm($0.candidate) }).max(by: { $0.length < $1.length })
            else { continue }
            pairs[name(first.candidate) + "、" + name(second.candidate), default: 0] += 1
        }
        return pairs
    }
}
