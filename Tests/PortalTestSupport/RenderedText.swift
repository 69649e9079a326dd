/// The "nothing lost" property: the visible text of the rendered HTML (title first, tags
/// removed, entities decoded) equals the source text, both with white space removed.
///
/// Standard library only, so every test target can use it.
public enum RenderedText {
    /// The text content of cmark's HTML output.
    public static func text(ofHTML html: String) -> String {
        var result = ""
        var inTag = false
        var entity: String? = nil
        for scalar in html.unicodeScalars {
            if inTag {
                if scalar == ">" { inTag = false }
                continue
            }
            if var pending = entity {
                if scalar == ";" {
                    result.unicodeScalars.append(contentsOf: decodeEntity(pending).unicodeScalars)
                    entity = nil
                } else if pending.unicodeScalars.count < 12 {
                    pending.unicodeScalars.append(scalar)
                    entity = pending
                } else {
                    result += "&" + pending
                    result.unicodeScalars.append(scalar)
                    entity = nil
                }
                continue
            }
            switch scalar {
            case "<": inTag = true
            case "&": entity = ""
            default: result.unicodeScalars.append(scalar)
            }
        }
        if let pending = entity { result += "&" + pending }
        return result
    }

    /// `s` without Unicode white space and without a leading byte-order mark.
    public static func withoutWhitespace(_ s: String) -> String {
        var result = ""
        for (index, scalar) in s.unicodeScalars.enumerated() {
            if index == 0 && scalar == "\u{FEFF}" { continue }
            if !scalar.properties.isWhitespace { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// nil when `source` and the rendering (title + HTML text) agree, else where they part.
    public static func difference(source: String, title: String?, html: String) -> String? {
        let expected = Array(withoutWhitespace(source).unicodeScalars)
        let actual = Array(withoutWhitespace((title ?? "") + text(ofHTML: html)).unicodeScalars)
        if expected == actual { return nil }
        var index = 0
        while index < min(expected.count, actual.count), expected[index] == actual[index] { index += 1 }
        func around(_ s: [Unicode.Scalar]) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: s[max(0, index - 15)..<min(s.count, index + 15)])
            return text
        }
        return "differs at character \(index): source «\(around(expected))» rendered «\(around(actual))»"
    }

    private static func decodeEntity(_ name: String) -> String {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16),
           let scalar = Unicode.Scalar(value) {
            return String(Character(scalar))
        }
        if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) {
            return String(Character(scalar))
        }
        return "&" + name + ";"
    }
}
