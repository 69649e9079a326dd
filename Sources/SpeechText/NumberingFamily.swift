/// A kind of numbering marker. Each speech gives its families heading levels in the
/// order they first appear; `conventionalRank` is the usual Chinese hierarchy, used only
/// to warn when a speech appears to invert it.
enum NumberingFamily: Int, Sendable, CaseIterable {
    /// 第一，第二，…
    case ordinal
    /// 一、二、…
    case chineseComma
    /// （一）（二）… or (一)
    case chineseParen
    /// 1. 2. … or 1、2、…
    case arabic
    /// （1）（2）… or (1)
    case arabicParen
    /// 一是 二是 …
    case shi
    /// 一要 二要 …
    case yao

    /// 0 is the top of the conventional hierarchy 第一，/一、 > （一） > 1. > （1） > 一是/一要.
    var conventionalRank: Int {
        switch self {
        case .ordinal, .chineseComma: 0
        case .chineseParen: 1
        case .arabic: 2
        case .arabicParen: 3
        case .shi, .yao: 4
        }
    }

    /// How the first marker of the family looks, for messages.
    var example: String {
        switch self {
        case .ordinal: "第一，"
        case .chineseComma: "一、"
        case .chineseParen: "（一）"
        case .arabic: "1."
        case .arabicParen: "（1）"
        case .shi: "一是"
        case .yao: "一要"
        }
    }
}
