/// Rejoins lines that were hard-wrapped mid-sentence, as text copied from a PDF is.
///
/// The text counts as wrapped when at least two lines that do not end a sentence share nearly
/// one width (the wrap width, at least `minimumWrapWidth` columns, a CJK character counting 2;
/// one punctuation mark more is allowed, since typesetting keeps ，。 off the start of a line)
/// and lines wider than that are at most half as many as the lines at it: a text typed one
/// paragraph per line has its long lines at all widths, mostly wider. A line then joins the next
/// when it is at the wrap width, does not end with 。！？；：”… (or their ASCII forms), and the
/// next line directly follows it (no blank line), is not indented (unless nearly every line is)
/// and does not start with a numbering marker, a section word, a greeting, a closing or a date.
/// Lines indented with `　　`, one per paragraph, are therefore never joined.
///
/// Nothing is lost: joined text is the lines' text concatenated (one space between two ASCII
/// letters or digits), and each join is recorded as a `LineJoin`.
enum LineJoiner {
    static let minimumWrapWidth = 30

    struct Result {
        var lines: [TextLine]
        var joins: [LineJoin]
    }

    /// Joins the wrapped lines of `lines`, given the text's wrap width (`wrapWidth(of:)`); a verbatim
    /// line of `hints` is never joined.
    static func join(_ lines: [TextLine], wrap: Int?, hints: LineHints = LineHints()) -> Result {
        guard lines.count >= 2, let wrap else { return Result(lines: lines, joins: []) }
        let widths = lines.map(width)
        let indentationMarksParagraphs = lines.count { $0.indented } * 5 < lines.count * 4
        func breaksBefore(_ next: Int) -> Bool {
            let line = lines[next - 1], following = lines[next]
            return isWrapped(line, width: widths[next - 1], wrap: wrap) && following.number == line.lastNumber + 1
                && !(indentationMarksParagraphs && following.indented) && !startsBlock(following.scalars)
                && (hints.isEmpty || !hints[line.number].isVerbatim && !hints[following.number].isVerbatim)
        }
        var result = Result(lines: [], joins: [])
        result.lines.reserveCapacity(lines.count)
        var start = 0
        while start < lines.count {
            var end = start + 1
            while end < lines.count, breaksBefore(end) { end += 1 }
            if end - start == 1 {
                result.lines.append(lines[start])
            } else {
                let (line, join) = merged(lines[start..<end])
                result.lines.append(line)
                result.joins.append(join)
            }
            start = end
        }
        return result
    }

    /// Whether `line` was broken by the wrap: at the wrap width, without a sentence end.
    static func isWrapped(_ line: TextLine, width: Int? = nil, wrap: Int) -> Bool {
        let width = width ?? self.width(line)
        return width >= wrap - tolerance(wrap) && width <= wrap + 2 && !endsSentence(line.scalars)
    }

    /// The width most lines that break mid-sentence share, if the text looks wrapped.
    static func wrapWidth(of lines: [TextLine]) -> Int? {
        let widths = lines.map(width)
        var candidates: [Int] = []
        for (line, width) in zip(lines, widths) where width >= minimumWrapWidth && !endsSentence(line.scalars)
            && !startsBlock(line.scalars) {
            candidates.append(width)
        }
        guard candidates.count >= 2 else { return nil }
        candidates.sort()
        var best: (width: Int, count: Int)? = nil
        var low = 0, top = 0
        for high in candidates.indices {
            let width = candidates[high]
            while candidates[low] < width - tolerance(width) { low += 1 }
            top = max(top, high)
            while top + 1 < candidates.count, candidates[top + 1] <= width + 2 { top += 1 }
            let count = top - low + 1
            if count >= (best?.count ?? 2) { best = (width, count) }
        }
        guard let wrap = best?.width else { return nil }
        let tolerance = self.tolerance(wrap)
        let near = widths.count { $0 >= wrap - tolerance && $0 <= wrap + 2 }
        let wider = widths.count { $0 > wrap + 2 }
        return wider * 2 <= near ? wrap : nil
    }

    static func tolerance(_ wrap: Int) -> Int { max(4, wrap / 12) }

    /// Display width in columns: 2 for CJK and other wide characters, 1 for ASCII and Latin; an
    /// indented line counts the usual two-character indent.
    static func width(_ line: TextLine) -> Int {
        var width = line.indented ? 4 : 0
        for scalar in line.scalars { width += scalar.value < 0x2000 ? 1 : 2 }
        return width
    }

    static func endsSentence(_ s: [Unicode.Scalar]) -> Bool {
        guard let last = s.last else { return true }
        switch last {
        case "。", "！", "？", "；", "：", "”", "’", "」", "』", "…", "!", "?", ";", ":": return true
        default: return false
        }
    }

    /// A line that starts a block of its own and so is never the continuation of a wrapped line.
    private static func startsBlock(_ s: [Unicode.Scalar]) -> Bool {
        Numbering.parse(s, at: 0, end: s.count) != nil || SectionWord.matches(s) || SpeechFormulas.isSalutationLine(s)
            || SpeechFormulas.isClosingLine(s) || TextDateParser.parse(line: s) != nil
    }

    private static func merged(_ lines: ArraySlice<TextLine>) -> (TextLine, LineJoin) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(lines.reduce(0) { $0 + $1.scalars.count + 1 })
        var breaks: [Int] = [], spaces: [Bool] = []
        for line in lines {
            if let last = scalars.last {
                let space = isASCIIWordCharacter(last) && line.scalars.first.map(isASCIIWordCharacter) == true
                if space { scalars.append(" ") }
                breaks.append(scalars.count)
                spaces.append(space)
            }
            scalars.append(contentsOf: line.scalars)
        }
        let first = lines.first!, last = lines.last!
        var joined = TextLine(number: first.number, scalars: scalars, indented: first.indented)
        joined.lastNumber = last.lastNumber
        return (joined, LineJoin(lines: first.number...last.lastNumber, breaks: breaks, insertedSpace: spaces))
    }

    private static func isASCIIWordCharacter(_ s: Unicode.Scalar) -> Bool {
        Punctuation.isASCIIDigit(s) || (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
    }
}
