/// Raw speech text → Markdown.
///
/// Every non-blank line of the source is one block, in order, and every visible character
/// of the source appears in the rendered output exactly once (the title as `title`, the
/// rest in `markdown`). The structure rules (all documented in README.md next to this file):
/// - Title: the first non-blank line when `TitleDetector` says it reads as one.
/// - Salutation and closing formulas: see `SpeechFormulas`.
/// - Numbered lines become headings, or a heading plus a paragraph: see `NumberedLine`;
///   levels by order of first appearance of each numbering family: see `HeadingLevels`.
/// - Short lead sentences opening consecutive lines become bold lead-ins: see `LeadIn`.
/// - Numbered points inside a paragraph stay there, with bold leads: see `InlineSequence`.
/// - Escaping: see `MarkdownWriter`.
public enum SpeechConverter {
    /// Converts `text` (any line ends, with or without BOM) to a Markdown body and metadata.
    /// Never fails: text that fits no rule is written as plain paragraphs.
    public static func convert(_ text: String) -> ConvertedSpeech {
        let reading = TextLine.read(text)
        var checks = CheckList()
        var body = reading.lines[...]

        var title: String?
        var occasion: String?
        if body.count >= 2, let first = body.first, TitleDetector.isTitle(first.scalars) {
            title = string(first.scalars[...])
            occasion = OccasionParser.occasion(in: first.scalars)
            body = body.dropFirst()
            if occasion == nil, let next = body.first, next.scalars.starts(with: ["—", "—"]) {
                occasion = OccasionParser.occasion(in: next.scalars)
            }
            if occasion == nil { checks.add("no occasion found in the title: add one by hand if the speech has one") }
        } else {
            checks.add("no title line found: the title was left empty")
        }
        let lines = Array(body)
        if lines.isEmpty { checks.add("the text has no body") }
        let date = findDate(lines, checks: &checks)

        var writer = MarkdownWriter(capacity: text.utf8.count + text.utf8.count / 8 + 64)
        var levels = HeadingLevels()
        var outline: [OutlineEntry] = []
        let leadIns = boldLeadIns(lines)
        let closingIndex = lines.lastIndex { TextDateParser.parse(line: $0.scalars) == nil }

        for (index, line) in lines.enumerated() {
            let s = line.scalars
            let whole = 0..<s.count
            func heading(_ range: Range<Int>, _ numbering: Numbering) {
                let text = string(s[range])
                let level = levels.level(for: numbering, line: line.number, text: short(s[range]))
                writer.heading(level: level, s, range)
                outline.append(OutlineEntry(level: level, text: text, line: line.number))
            }
            func paragraph(_ range: Range<Int>) {
                writer.paragraph(s, range, bold: InlineSequence.boldRanges(in: s, block: range))
            }
            if let split = SpeechFormulas.salutationSplit(s) {
                writer.paragraph(s, 0..<split.greetingEnd)
                paragraph(split.restStart..<s.count)
            } else if let numbering = Numbering.parse(s, at: 0, end: s.count) {
                switch NumberedLine.layout(s, numbering) {
                case .heading:
                    heading(whole, numbering)
                case .headingAndParagraph(let split):
                    heading(0..<split, numbering)
                    paragraph(trimmedStart(s, split..<s.count))
                case .paragraph(let tooLong):
                    if tooLong {
                        checks.add("line \(line.number): 「\(short(s[whole]))」 starts with the numbering "
                            + "\(string(s[0..<numbering.length])) but is too long for a heading (\(s.count) characters); "
                            + "kept as a paragraph")
                    }
                    paragraph(whole)
                }
            } else if let lead = leadIns[index] {
                writer.paragraph(s, whole, bold: [lead])
            } else if index == closingIndex, let start = SpeechFormulas.closingStart(s) {
                paragraph(0..<start)
                writer.paragraph(s, start..<s.count)
            } else {
                paragraph(whole)
            }
        }
        checks.add(contentsOf: levels.checks)
        if !reading.controlCharacterLines.isEmpty {
            let numbers = reading.controlCharacterLines.map(String.init).joined(separator: ", ")
            checks.add("control characters on line(s) \(numbers): they do not display; remove them")
        }
        return ConvertedSpeech(title: title, markdown: writer.markdown, outline: outline, date: date,
                               occasion: occasion, checks: checks.all)
    }

    /// The bold lead of each line that gets one: lines whose lead qualifies (see `LeadIn`)
    /// and that stand in a run of at least two consecutive such lines.
    private static func boldLeadIns(_ lines: [TextLine]) -> [Range<Int>?] {
        let candidates: [Range<Int>?] = lines.map { line in
            let s = line.scalars
            guard Numbering.parse(s, at: 0, end: s.count) == nil,
                  SpeechFormulas.salutationSplit(s) == nil,
                  !SpeechFormulas.isSalutationLine(s) else { return nil }
            return LeadIn.lead(s)
        }
        return candidates.indices.map { i in
            guard candidates[i] != nil else { return nil }
            let previous = i > 0 && candidates[i - 1] != nil
            let next = i + 1 < candidates.count && candidates[i + 1] != nil
            return previous || next ? candidates[i] : nil
        }
    }

    /// The date of the one date line, or nil with a check saying why not.
    private static func findDate(_ lines: [TextLine], checks: inout CheckList) -> TextDate? {
        var found: [(date: TextDate, line: Int)] = []
        for line in lines {
            if let date = TextDateParser.parse(line: line.scalars) { found.append((date, line.number)) }
        }
        var distinct: [TextDate] = []
        for item in found where !distinct.contains(item.date) { distinct.append(item.date) }
        if distinct.count == 1 { return distinct[0] }
        if distinct.count > 1 {
            let shown = found.prefix(5).map { "line \($0.line): \($0.date)" }
            let list = shown.joined(separator: ", ") + (found.count > 5 ? ", …" : "")
            checks.add("several date lines (\(list)): set the date by hand")
            return nil
        }
        let years = mentionedYears(lines)
        let mention = years.isEmpty ? "" : " (the text mentions " + years.map { "\($0)年" }.joined(separator: ", ") + ")"
        checks.add("no date line in the text: take the date from the file name or set it by hand\(mention)")
        return nil
    }

    /// Distinct years written as 2025年 in the text, first three, as a hint for the editor.
    private static func mentionedYears(_ lines: [TextLine]) -> [Int] {
        var years: [Int] = []
        for line in lines {
            let s = line.scalars
            var i = 4
            while i < s.count, years.count < 3 {
                if s[i] == "年", i < 5 || !Punctuation.isASCIIDigit(s[i - 5]) {
                    var value = 0
                    var ok = true
                    for c in s[(i - 4)..<i] {
                        guard Punctuation.isASCIIDigit(c) else { ok = false; break }
                        value = value * 10 + Int(c.value - 0x30)
                    }
                    if ok, (1949...2100).contains(value), !years.contains(value) { years.append(value) }
                }
                i += 1
            }
            if years.count >= 3 { break }
        }
        return years
    }

    private static func trimmedStart(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, Punctuation.isLineSpace(s[start]) { start += 1 }
        return start..<range.upperBound
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// The first characters of a line, for messages.
    private static func short(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let limit = 20
        return scalars.count <= limit ? string(scalars) : string(scalars.prefix(limit)) + "…"
    }
}
