/// What editors write that YAML does not accept but that can only mean one thing, made YAML before parsing:
/// a full-width colon after a field's name (`标题：在……上的讲话`, the colon a Chinese keyboard types), and no
/// space after the colon of a known field (`title:在……上的讲话`). A full-width colon after an unknown name
/// makes a field too (which then gets a "did you mean"), except in a list item.
///
/// Accepted silently, without a warning: the meaning is not in doubt, the file keeps working, and a warning
/// that asks for a change that makes no difference teaches editors to skip warnings. Only lines that are
/// fields are touched, never the text of a value.
struct YAMLLenience: Sendable {
    /// The YAML to parse.
    let text: String
    /// Per YAML line, the character column of a colon after which a space was inserted: columns the parser
    /// reports after it are one too far right.
    let insertedSpaces: [Int: Int]

    /// - Parameter names: the fields the file may have, at any depth.
    init(_ yaml: String, names: [FieldNames]) {
        var text = ""
        var inserted: [Int: Int] = [:]
        var copied = yaml.startIndex
        for line in YAMLLine.lines(of: yaml) where line.role == .entry {
            guard let key = line.key, let separator = line.separator, let offset = line.separatorOffset else { continue }
            let colon = line.text.index(line.text.startIndex, offsetBy: offset)
            let after = line.text.index(after: colon)
            let spaced = after == line.text.endIndex || line.text[after] == " " || line.text[after] == "\t"
            // An unknown name before `：` is a field too (it gets a "did you mean"), except in a list, where
            // `- 劳模精神：内涵` is more likely a text than a field.
            let known = names.contains { $0.field(String(key)) != nil }
            guard separator == "：" ? known || !line.dash : !spaced && known else { continue }
            text += yaml[copied..<colon]
            text += spaced ? ":" : ": "
            copied = after
            if !spaced { inserted[line.number] = offset + 1 }
        }
        text += yaml[copied...]
        self.text = text
        insertedSpaces = inserted
    }

    /// The column in the editor's line of a column the parser reports in the text it parsed.
    func column(_ column: Int, line: Int) -> Int {
        guard let colon = insertedSpaces[line], column > colon else { return column }
        return column - 1
    }
}
