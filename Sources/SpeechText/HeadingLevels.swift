/// Gives each numbering family its heading level by order of first appearance as a heading
/// in the speech: the first family seen is ##, the next new one ###, and so on (capped at
/// ######). It also notes numbering an editor should look at: gaps (一、 then 三、) and a
/// family of the conventional upper ranks appearing below a lower one.
struct HeadingLevels {
    private var order: [NumberingFamily] = []
    /// Last number seen per family, indexed by raw value.
    private var lastNumber = [Int](repeating: 0, count: NumberingFamily.allCases.count)
    private(set) var checks = CheckList()

    mutating func level(for numbering: Numbering, line: Int, text: @autoclosure () -> String) -> Int {
        let family = numbering.family
        if !order.contains(family) {
            if let upper = order.first(where: { $0.conventionalRank > family.conventionalRank }) {
                checks.add("line \(line): \(family.example) headings appear below \(upper.example) headings, "
                    + "so they get the lower level; check the heading levels")
            }
            order.append(family)
        }
        let index = order.firstIndex(of: family) ?? 0
        let level = min(2 + index, 6)
        if 2 + index > 6 {
            checks.add("line \(line): heading 「\(text())」 is nested deeper than ###### and was kept at level 6")
        }
        let expected = lastNumber[family.rawValue] + 1
        if numbering.number != expected {
            checks.add("line \(line): heading 「\(text())」 is number \(numbering.number) "
                + "where \(expected) was expected; check for a missing or repeated heading")
        }
        lastNumber[family.rawValue] = numbering.number
        // A new upper heading restarts the numbering of everything below it.
        for lower in order[(index + 1)...] { lastNumber[lower.rawValue] = 0 }
        return level
    }
}
