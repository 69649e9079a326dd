import SpeechText

// What SpeechText asks an editor to check after an import, as messages: keyed by the kind of check, with the
// converter's English sentence (`{text}`) and the values another language needs.

extension SpeechCheck {
    var keyedMessage: Message {
        let (key, values) = keyAndValues
        return Message(key, values.merging(["text": .text(description)]) { first, _ in first })
    }

    private var keyAndValues: (MessageKey, [String: Message.Argument]) {
        switch self {
        case .noTitleLine: (.checkNoTitleLine, [:])
        case .noOccasion: (.checkNoOccasion, [:])
        case .multilineTitle(let lines): (.checkMultilineTitle, ["lines": Self.place(lines), "count": Self.text(lines.count)])
        case let .headerDatesDiffer(line, date, first, source):
            (.checkHeaderDatesDiffer, ["line": Self.text(line), "date": .text(date.description),
                                       "first": .text(first.description), "source": .message(source.message)])
        case .noBody: (.checkNoBody, [:])
        case let .dateLineDiffers(line, date, headerDate, source):
            (.checkDateLineDiffers, ["line": Self.text(line), "date": .text(date.description),
                                     "header_date": .text(headerDate.description), "source": .message(source.message)])
        case let .severalDateLines(lines, more):
            (.checkSeveralDateLines, ["lines": .list(lines.map { dated in
                .message(Message(.checkDatedLine, texts: ["line": String(dated.line), "date": dated.date.description]))
            } + (more ? [.text("…")] : []))])
        case .noDateLine(let years) where years.isEmpty: (.checkNoDateLine, [:])
        case .noDateLine(let years):
            (.checkNoDateLineYears, ["years": .list(years.map { .message(Message(.checkYear, texts: ["year": String($0)])) })])
        case let .wrappedParagraphs(shown, count):
            (.checkWrappedParagraphs, ["lines": .list(shown.map { .text("\($0.lowerBound)–\($0.upperBound)") }
                                           + (count > shown.count ? [.text("…")] : [])),
                                       "count": Self.text(count)])
        case .controlCharacters(let lines): (.checkControlCharacters, ["lines": .list(lines.map(Self.text))])
        case let .restartedNumberingIsList(lines, numbering):
            (.checkRestartedNumberingIsList, ["place": Self.place(lines), "numbering": .text(numbering)])
        case let .semicolonLinesAreList(lines, numbering):
            (.checkSemicolonLinesAreList, ["place": Self.place(lines), "numbering": .text(numbering)])
        case let .sentenceLinesAreList(lines, numbering):
            (.checkSentenceLinesAreList, ["place": Self.place(lines), "numbering": .text(numbering)])
        case let .unstyledSeriesKept(lines, numbering):
            (.checkUnstyledSeriesKept, ["place": Self.place(lines), "numbering": .text(numbering)])
        case let .sectionWordKept(line, text): (.checkSectionWordKept, ["line": Self.text(line), "line_text": .text(text)])
        case let .seriesLineKept(line, text): (.checkSeriesLineKept, ["line": Self.text(line), "line_text": .text(text)])
        case let .longLeadMadeHeading(line, text):
            (.checkLongLeadMadeHeading, ["line": Self.text(line), "line_text": .text(text)])
        case let .unexpectedHeadingNumber(line, text, number, expected):
            (.checkUnexpectedHeadingNumber, ["line": Self.text(line), "line_text": .text(text),
                                             "number": Self.text(number), "expected": Self.text(expected)])
        case let .headingTooDeep(line, text): (.checkHeadingTooDeep, ["line": Self.text(line), "line_text": .text(text)])
        case let .tooLongForHeading(line, text, numbering, length):
            (.checkTooLongForHeading, ["line": Self.text(line), "line_text": .text(text), "numbering": .text(numbering),
                                       "length": Self.text(length)])
        case let .seriesStartMadeHeading(line, text, continuedOn):
            (.checkSeriesStartMadeHeading, ["line": Self.text(line), "line_text": .text(text),
                                            "continued": Self.text(continuedOn)])
        case let .numberingStartsAgain(line, numbering):
            (.checkNumberingStartsAgain, ["line": Self.text(line), "numbering": .text(numbering)])
        case let .headingsBelowLowerRank(line, numbering, upper):
            (.checkHeadingsBelowLowerRank, ["line": Self.text(line), "numbering": .text(numbering), "upper": .text(upper)])
        case .more(let count): (.checkMore, ["count": Self.text(count)])
        }
    }

    private static func text(_ number: Int) -> Message.Argument { .text(String(number)) }

    /// `line 3` or `lines 3–5`.
    static func place(_ lines: ClosedRange<Int>) -> Message.Argument {
        lines.count == 1
            ? .message(Message(.placeLine, texts: ["line": String(lines.lowerBound)]))
            : .message(Message(.placeLines, texts: ["first": String(lines.lowerBound), "last": String(lines.upperBound)]))
    }
}

extension ValueSource {
    /// `line 3 (date line)`, `lines 1–2 (title)`.
    var message: Message {
        let key: MessageKey = switch part {
        case .title: .sourceTitle
        case .subtitle: .sourceSubtitle
        case .dateLine: .sourceDateLine
        case .byline: .sourceByline
        case .bodyDateLine: .sourceBodyDateLine
        }
        return Message(key, ["place": SpeechCheck.place(lines)])
    }
}
