/// What the header block of a text holds: its lines and the values read from them.
struct HeaderReading {
    var lines: [HeaderLine] = []
    /// Index of the first body line in the text's lines.
    var bodyStart = 0
    var title: String?
    var titleSource: ValueSource?
    var date: TextDate?
    var dateSource: ValueSource?
    var occasion: String?
    var occasionSource: ValueSource?
    var speaker: String?
    var speakerOffice: String?
    var speakerSource: ValueSource?
    var checks = CheckList()
}

/// Reads the header block at the top of a text (see `../shared/docs/speech-conventions.md`):
/// one to three title lines, then, in any order and each at most once, a subtitle, a date line
/// and a byline, plus bracketed notes. The block ends at the first line that is none of these
/// (usually the salutation 同志们：). Every header line is returned verbatim with its role.
enum HeaderReader {
    static let maximumTitleLines = 3
    static let maximumParts = 6

    /// Reads the header of `lines`; `wrap` is the text's wrap width when it was copied from a PDF
    /// (`LineJoiner.wrapWidth(of:)`): a first line broken by that wrap is the body's, not a title.
    /// `hints` (a Word document's) end the header at a heading or a table row, and let centred lines
    /// continue the title.
    static func read(_ lines: [TextLine], wrap: Int? = nil, hints: LineHints = LineHints()) -> HeaderReading {
        var reading = HeaderReading()
        let titleCount = titleLineCount(lines, wrap: wrap, hints: hints)
        if titleCount > 0 {
            readTitle(lines[0..<titleCount], into: &reading)
        } else {
            reading.checks.add(.noTitleLine)
        }
        var index = titleCount
        var seen: Set<HeaderLine.Role> = []
        while index < lines.count, index - titleCount < maximumParts, !hints[lines[index].number].endsHeader,
              let part = HeaderPart.classify(lines[index].scalars), part.role == .note || !seen.contains(part.role) {
            seen.insert(part.role)
            record(part, of: lines[index], into: &reading)
            index += 1
        }
        reading.bodyStart = index
        if reading.speaker == nil {
            speakerFromTitle(lines[0..<titleCount], into: &reading)
        }
        if reading.occasion == nil, titleCount > 0 {
            reading.checks.add(.noOccasion)
        }
        return reading
    }

    /// How many of the first lines are title lines (0 to 3). With `hints` (a Word document's), a
    /// heading or a table row is never a title line, and when the first line is centred (or styled
    /// as a title) the title goes on over the centred lines after it that read as title lines and are
    /// no other header part, without the plain-text heuristics about the lines around them.
    static func titleLineCount(_ lines: [TextLine], wrap: Int?, hints: LineHints = LineHints()) -> Int {
        guard lines.count >= 2, !hints[lines[0].number].endsHeader, TitleDetector.isTitle(lines[0].scalars),
              HeaderPart.dashLength(lines[0].scalars) == nil else { return 0 }
        if let wrap, LineJoiner.isWrapped(lines[0], wrap: wrap) { return 0 }
        let centred = hints[lines[0].number].isHeaderCandidate
        var count = 1
        while count < maximumTitleLines, count + 1 < lines.count, !hints[lines[count].number].endsHeader,
              wrap.map({ !LineJoiner.isWrapped(lines[count], wrap: $0) }) ?? true {
            let line = lines[count].scalars, previous = lines[count - 1].scalars
            let continues = centred
                ? hints[lines[count].number].isHeaderCandidate && TitleDetector.isTitle(line)
                    && !TitleDetector.isComplete(previous) && HeaderPart.classify(line) == nil && !SectionWord.matches(line)
                : continuesTitle(line, after: previous, before: lines[count + 1].scalars)
            guard continues else { break }
            count += 1
        }
        return count
    }

    /// A second or third title line (`凝心聚力谋发展` / `奋力开创工会工作新局面`): it reads as a
    /// title, the line above does not already name the kind of document, it is no other header
    /// part, and the line below is a header part, a greeting, a long paragraph or a title line.
    private static func continuesTitle(_ s: [Unicode.Scalar], after previous: [Unicode.Scalar],
                                       before next: [Unicode.Scalar]) -> Bool {
        guard TitleDetector.isTitle(s), !TitleDetector.isComplete(previous), HeaderPart.classify(s) == nil,
              !SectionWord.matches(s), Numbering.parse(next, at: 0, end: next.count) == nil else { return false }
        return HeaderPart.classify(next) != nil || SpeechFormulas.isSalutationLine(next)
            || SpeechFormulas.salutationSplit(next) != nil || next.count >= 40 || TitleDetector.isTitle(next)
    }

    private static func readTitle(_ lines: ArraySlice<TextLine>, into reading: inout HeaderReading) {
        let first = lines.first!.number, last = lines.last!.number
        reading.title = lines.map { SpeechConverter.string($0.scalars[...]) }.joined(separator: "\u{3000}")
        reading.titleSource = ValueSource(part: .title, lines: first...last)
        for line in lines {
            reading.lines.append(HeaderLine(role: .title, text: SpeechConverter.string(line.scalars[...]), line: line.number))
        }
        // The occasion is named by the last title line that names one (在……会议上的讲话).
        for line in lines.reversed() {
            if let occasion = OccasionParser.occasion(in: line.scalars) {
                reading.occasion = occasion
                reading.occasionSource = ValueSource(part: .title, lines: line.number...line.number)
                break
            }
        }
        // 在全市工会工作会议上的讲话（2024年1月15日）
        if let line = lines.last, let phrase = DatedPhrase.parse(line.scalars, 0..<line.scalars.count),
           let date = phrase.date {
            reading.date = date
            reading.dateSource = ValueSource(part: .title, lines: line.number...line.number)
        }
        if lines.count > 1 {
            reading.checks.add(.multilineTitle(lines: first...last))
        }
    }

    private static func record(_ part: HeaderPart, of line: TextLine, into reading: inout HeaderReading) {
        reading.lines.append(HeaderLine(role: part.role, text: SpeechConverter.string(line.scalars[...]), line: line.number))
        let sourcePart: ValueSource.Part = switch part.role {
        case .subtitle: .subtitle
        case .byline: .byline
        default: .dateLine
        }
        let source = ValueSource(part: sourcePart, lines: line.number...line.number)
        if let date = part.date {
            if let earlier = reading.date, earlier != date, let earlierSource = reading.dateSource {
                reading.checks.add(.headerDatesDiffer(line: line.number, date: date, first: earlier, firstSource: earlierSource))
            } else if reading.date == nil {
                reading.date = date
                reading.dateSource = source
            }
        }
        if let occasion = part.occasion, reading.occasion == nil {
            reading.occasion = occasion
            reading.occasionSource = source
        }
        if let byline = part.byline {
            reading.speaker = byline.name
            reading.speakerOffice = byline.office
            reading.speakerSource = source
        }
    }

    /// 习近平在庆祝……大会上的讲话, 张建华同志在……上的讲话: the name before 在.
    private static func speakerFromTitle(_ lines: ArraySlice<TextLine>, into reading: inout HeaderReading) {
        for line in lines {
            let s = line.scalars
            guard let at = s.firstIndex(of: "在"), at >= 2, OccasionParser.occasion(in: s) != nil,
                  let byline = BylineParser.parse(Array(s[..<at])) else { continue }
            reading.speaker = byline.name
            reading.speakerOffice = byline.office
            reading.speakerSource = ValueSource(part: .title, lines: line.number...line.number)
            return
        }
    }
}
