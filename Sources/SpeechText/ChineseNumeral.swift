/// Reads the Chinese numerals used in speech numbering, 一 to 九十九.
enum ChineseNumeral {
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// The number written at `start` and how many scalars it takes; nil when the run of
    /// numeral characters is not a well-formed number from 1 to 99 (一二九 is a name, not 129).
    static func parse(_ s: [Unicode.Scalar], at start: Int, end: Int) -> (value: Int, length: Int)? {
        var i = start
        while i < end, i - start < 4, digit(s[i]) != nil || s[i] == "十" { i += 1 }
        let length = i - start
        guard length > 0, length <= 3 else { return nil }
        let run = s[start..<i]
        guard let tenIndex = run.firstIndex(of: "十") else {
            guard length == 1, let value = digit(s[start]), value > 0 else { return nil }
            return (value, 1)
        }
        let before = run[run.startIndex..<tenIndex]
        let after = run[(tenIndex + 1)...]
        guard before.count <= 1, after.count <= 1 else { return nil }
        let tens = before.first.map { digit($0) ?? -1 } ?? 1
        let units = after.first.map { digit($0) ?? -1 } ?? 0
        guard tens >= 1, units >= 0, !(before.first != nil && tens == 1) else { return nil }
        return (tens * 10 + units, length)
    }
}
