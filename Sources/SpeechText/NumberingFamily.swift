/// A kind of numbering marker. Each speech gives its families heading levels in the
/// order they first appear; `conventionalRank` is the usual Chinese hierarchy, used only
/// to warn when a speech appears to invert it.
enum NumberingFamily: UInt8, Sendable, CaseIterable {
    /// 第一部分 第二部分 …: the parts of a long report
    case part
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
    /// 一, 二 … alone on a line: the section marks of older reports
    case bareNumeral

    /// 0 is the top of the conventional hierarchy 第一部分 > 第一，/一、/一 > （一） > 1. > （1） > 一是/一要.
    var conventionalRank: Int {
        switch self {
        case .part: 0
        case .ordinal, .chineseComma, .bareNumeral: 1
        case .chineseParen: 2
        case .arabic: 3
        case .arabicParen: 4
        case .shi, .yao: 5
        }
    }

    /// How the first marker of the family looks, for messages.
    var example: String {
        switch self {
        case .part: "第一部分"
        case .ordinal: "第一，"
        case .chineseComma: "一、"
        case .chineseParen: "（一）"
        case .arabic: "1."
        case .arabicParen: "（1）"
        case .shi: "一是"
        case .yao: "一要"
        case .bareNumeral: "一"
        }
    }
}
