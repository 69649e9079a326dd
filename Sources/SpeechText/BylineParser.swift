/// Reads a byline: the speaker's name, with or without the office written before it.
///
/// - `习　近　平`, `王　勇`: one to three-character names letter-spaced with U+3000 (or spaces)
/// - `张建华`, `欧阳明远`: a bare name that starts with a common surname (`ChineseName`), so that a
///   short header line such as 新形势 is not taken for one
/// - `市总工会党组书记、主席　张建华`, `国务院总理　李　克　强`: office, white space, name
/// - `国务院总理李克强`: office ending with a title (总理, 主席, 书记, …长, …员 …) directly followed by a name
///
/// A trailing 同志 is dropped from the name. Lines with sentence or clause punctuation, digits
/// or Latin letters are never bylines.
enum BylineParser {
    struct Byline: Equatable {
        let name: String
        let office: String?
    }

    static let maximumLength = 40
    static let officeEndings: [[Unicode.Scalar]] = [
        "长", "员", "主席", "书记", "总理", "主任", "常委", "代表", "经理", "政委", "总监", "主委", "秘书", "干事",
        "领导", "院士", "教授", "负责人",
    ].map { Array($0.unicodeScalars) }

    static func parse(_ s: [Unicode.Scalar]) -> Byline? {
        guard s.count >= 2, s.count <= maximumLength,
              s.allSatisfy({ Punctuation.isLineSpace($0) || $0 == "、" || $0 == "·" || isHan($0) }) else { return nil }
        let tokens = s.split(whereSeparator: Punctuation.isLineSpace).map { Array(withoutComrade($0)) }
        guard let last = tokens.last else { return nil }
        if tokens.count == 1 {
            return unspaced(last)
        }
        // Letter-spaced name at the end: 习　近　平, or 国务院总理　李　克　强.
        let singles = tokens.reversed().prefix { $0.count == 1 }.count
        if singles >= 2, singles <= 3 {
            let name = tokens.suffix(singles).flatMap { $0 }
            let office = tokens.dropLast(singles)
            if office.isEmpty { return Byline(name: SpeechConverter.string(name[...]), office: nil) }
            return officeAndName(Array(office), name)
        }
        // After an office and white space any two to four characters are the name, rare surnames included.
        guard (2...4).contains(last.count) else { return nil }
        return officeAndName(Array(tokens.dropLast()), last)
    }

    /// A line without spaces: a bare name, or an office with the name glued to its end.
    private static func unspaced(_ s: [Unicode.Scalar]) -> Byline? {
        if ChineseName.isName(s[...]) {
            return Byline(name: SpeechConverter.string(s[...]), office: nil)
        }
        // The longest office that leaves a two- or three-character name after it.
        for nameLength in [3, 2] where s.count > nameLength + 1 {
            let office = s[..<(s.count - nameLength)]
            let name = s[(s.count - nameLength)...]
            if endsWithOffice(office), ChineseName.isName(name) {
                return Byline(name: SpeechConverter.string(name), office: SpeechConverter.string(office))
            }
        }
        return nil
    }

    private static func officeAndName(_ office: [[Unicode.Scalar]], _ name: [Unicode.Scalar]) -> Byline? {
        guard let lastPart = office.last, endsWithOffice(lastPart[...]) else { return nil }
        let officeText = office.map { SpeechConverter.string($0[...]) }.joined(separator: " ")
        return Byline(name: SpeechConverter.string(name[...]), office: officeText)
    }

    private static func endsWithOffice(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        officeEndings.contains { s.count > $0.count && s.suffix($0.count).elementsEqual($0) }
    }

    private static func withoutComrade(_ s: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        s.count > 3 && s.suffix(2).elementsEqual(["同", "志"]) ? s.dropLast(2) : s
    }

    /// CJK unified ideographs (the basic block and extension A).
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
}
