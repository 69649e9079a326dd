/// Something an editor should check in a converted speech: a guess the converter made, or a place where
/// the text did not fit the conventions. Each case carries the values its sentence names, so a catalogue
/// in another language can word it; `description` is the converter's own English sentence.
public enum SpeechCheck: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// No title line at the top; the title was left empty.
    case noTitleLine
    /// A title was found, but no occasion in the header.
    case noOccasion
    /// Several lines were read as one title.
    case multilineTitle(lines: ClosedRange<Int>)
    /// A second date in the header differs from the first, which was used.
    case headerDatesDiffer(line: Int, date: TextDate, first: TextDate, firstSource: ValueSource)
    /// Nothing after the header.
    case noBody
    /// A date line after the header differs from the header's date, which was used.
    case dateLineDiffers(line: Int, date: TextDate, headerDate: TextDate, headerSource: ValueSource)
    /// Several different date lines after the header: no date was taken. `more` when not all are listed.
    case severalDateLines([DatedLine], more: Bool)
    /// No date anywhere; the years the text mentions (`2025年`), as a hint.
    case noDateLine(mentionedYears: [Int])
    /// Lines wrapped mid-sentence (a PDF copy) were joined; the first few runs, and how many there are.
    case wrappedParagraphs(shown: [ClosedRange<Int>], count: Int)
    /// Lines holding control characters, which do not display.
    case controlCharacters(lines: [Int])
    /// A numbering that starts again inside a section numbered the same way: a list, not headings.
    case restartedNumberingIsList(lines: ClosedRange<Int>, numbering: String)
    /// Numbered lines ending in ；: a list, not headings.
    case semicolonLinesAreList(lines: ClosedRange<Int>, numbering: String)
    /// Numbered lines that are whole sentences in a row: a list, not headings.
    case sentenceLinesAreList(lines: ClosedRange<Int>, numbering: String)
    /// Numbered lines without a heading style in a document that styles its headings: kept as paragraphs.
    case unstyledSeriesKept(lines: ClosedRange<Int>, numbering: String)
    /// A line like 第一部分 in a text without numbered sections, kept as a paragraph.
    case sectionWordKept(line: Int, text: String)
    /// A line of a heading series that cannot be a heading (too long, an inline list).
    case seriesLineKept(line: Int, text: String)
    /// A line with a long lead sentence made a heading like the rest of its series.
    case longLeadMadeHeading(line: Int, text: String)
    /// A heading whose number is not the next one expected.
    case unexpectedHeadingNumber(line: Int, text: String, number: Int, expected: Int)
    /// A heading nested deeper than Markdown's six levels.
    case headingTooDeep(line: Int, text: String)
    /// A numbered line too long to be a heading.
    case tooLongForHeading(line: Int, text: String, numbering: String, length: Int)
    /// The line above a series, starting it, made a heading like the rest.
    case seriesStartMadeHeading(line: Int, text: String, continuedOn: Int)
    /// A numbering that starts again after a run that does not go on: a new run of headings.
    case numberingStartsAgain(line: Int, numbering: String)
    /// A conventionally higher numbering below a lower one: it gets the lower level.
    case headingsBelowLowerRank(line: Int, numbering: String, upper: String)
    /// How many checks like the ones listed were left out.
    case more(Int)

    /// A line that is nothing but a date, and its number.
    public struct DatedLine: Sendable, Equatable, Hashable {
        public let line: Int
        public let date: TextDate

        public init(line: Int, date: TextDate) {
            self.line = line
            self.date = date
        }
    }

    /// The converter's sentence, in English.
    public var description: String {
        switch self {
        case .noTitleLine: "no title line found: the title was left empty"
        case .noOccasion: "no occasion found in the header: add one by hand if the speech has one"
        case .multilineTitle(let lines):
            "lines \(lines.lowerBound)–\(lines.upperBound) read as one title of \(lines.count) lines: check the title"
        case let .headerDatesDiffer(line, date, first, source):
            "line \(line): the date \(date) differs from \(first) on \(source); the first was used"
        case .noBody: "the text has no body"
        case let .dateLineDiffers(line, date, headerDate, source):
            "line \(line): the date line \(date) differs from the header's date \(headerDate) (\(source)); the header's date was used"
        case let .severalDateLines(lines, more):
            "several date lines (" + lines.map { "line \($0.line): \($0.date)" }.joined(separator: ", ")
                + (more ? ", …" : "") + "): set the date by hand"
        case .noDateLine(let years):
            "no date line in the text: take the date from the file name or set it by hand"
                + (years.isEmpty ? "" : " (the text mentions " + years.map { "\($0)年" }.joined(separator: ", ") + ")")
        case let .wrappedParagraphs(shown, count):
            "lines " + shown.map { "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ") + (count > shown.count ? ", …" : "")
                + ": \(count) paragraph(s) were wrapped mid-sentence (as text copied from a PDF) and were joined; check the paragraphs"
        case .controlCharacters(let lines):
            "control characters on line(s) \(lines.map(String.init).joined(separator: ", ")): they do not display; remove them"
        case let .restartedNumberingIsList(lines, numbering):
            "\(Self.place(lines)): the \(numbering) numbering starts again inside a section numbered the same way; "
                + "read as a list, not headings"
        case let .semicolonLinesAreList(lines, numbering):
            "\(Self.place(lines)): \(numbering) lines ending in ； read as a list, not headings"
        case let .sentenceLinesAreList(lines, numbering):
            "\(Self.place(lines)): \(numbering) lines that are whole sentences in a row read as a list, not headings"
        case let .unstyledSeriesKept(lines, numbering):
            "\(Self.place(lines)): \(numbering) lines have no heading style, while the document styles its headings; "
                + "kept as paragraphs"
        case let .sectionWordKept(line, text):
            "line \(line): 「\(text)」 looks like a section heading, but the text has no numbered sections; kept as a paragraph"
        case let .seriesLineKept(line, text):
            "line \(line): 「\(text)」 belongs to a series of headings but cannot be one (too long, or an inline list); "
                + "kept as a paragraph"
        case let .longLeadMadeHeading(line, text):
            "line \(line): 「\(text)」 has a long lead sentence but the rest of its series are headings, "
                + "so it was made a heading too"
        case let .unexpectedHeadingNumber(line, text, number, expected):
            "line \(line): heading 「\(text)」 is number \(number) where \(expected) was expected; "
                + "check for a missing or repeated heading"
        case let .headingTooDeep(line, text):
            "line \(line): heading 「\(text)」 is nested deeper than ###### and was kept at level 6"
        case let .tooLongForHeading(line, text, numbering, length):
            "line \(line): 「\(text)」 starts with the numbering \(numbering) but is too long for a heading "
                + "(\(length) characters); kept as a paragraph"
        case let .seriesStartMadeHeading(line, text, continuedOn):
            "line \(line): 「\(text)」 starts the series continued on line \(continuedOn); it was made a heading like the rest"
        case let .numberingStartsAgain(line, numbering):
            "line \(line): the \(numbering) numbering starts again and the run before it does not go on; "
                + "read as a new run of headings at the same level"
        case let .headingsBelowLowerRank(line, numbering, upper):
            "line \(line): \(numbering) headings appear below \(upper) headings, so they get the lower level; "
                + "check the heading levels"
        case .more(let count): "… and \(count) more checks like the ones above"
        }
    }

    private static func place(_ lines: ClosedRange<Int>) -> String {
        lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
    }
}
