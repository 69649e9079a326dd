/// Chinese numerals for list counters.
enum ChineseCounting {
    static let lowerDigits = Array("〇一二三四五六七八九")
    static let lowerUnits = Array("十百千")
    static let legalDigits = Array("零壹贰叁肆伍陆柒捌玖")
    static let legalUnits = Array("拾佰仟")

    /// 一〇五: each decimal digit on its own.
    static func digitByDigit(_ value: Int) -> String {
        guard value >= 0 else { return String(value) }
        return String(String(value).compactMap { $0.wholeNumberValue.map { lowerDigits[$0] } })
    }

    /// 十一, 一百〇五, 三千二百, 一万二千: grouped with 十/百/千 and 万/亿, one zero digit for
    /// each run of zeros inside a group. `keepsLeadingOne` writes 壹拾 rather than 拾 for 10–19.
    static func grouped(_ value: Int, digits: [Character], units: [Character], keepsLeadingOne: Bool = false) -> String {
        guard value > 0 else { return value == 0 ? String(digits[0]) : String(value) }
        let bigUnits = ["", "万", "亿"]
        var groups: [Int] = []
        var rest = value
        while rest > 0 {
            groups.append(rest % 10_000)
            rest /= 10_000
        }
        guard groups.count <= bigUnits.count else { return String(value) }
        var text = ""
        var pendingZero = false
        for (index, group) in groups.enumerated().reversed() {
            if group == 0 {
                pendingZero = !text.isEmpty
                continue
            }
            if pendingZero || (!text.isEmpty && group < 1000) { text.append(digits[0]) }
            text += belowTenThousand(group, digits: digits, units: units)
            text += bigUnits[index]
            pendingZero = false
        }
        if !keepsLeadingOne, (10...19).contains(value) { text.removeFirst() }
        return text
    }

    private static func belowTenThousand(_ value: Int, digits: [Character], units: [Character]) -> String {
        let places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        let unitForPlace: [Character?] = [units[2], units[1], units[0], nil]
        var text = ""
        var zeroPending = false
        for (place, digit) in places.enumerated() {
            if digit == 0 {
                zeroPending = !text.isEmpty
                continue
            }
            if zeroPending { text.append(digits[0]) }
            zeroPending = false
            text.append(digits[digit])
            if let unit = unitForPlace[place] { text.append(unit) }
        }
        return text
    }
}
