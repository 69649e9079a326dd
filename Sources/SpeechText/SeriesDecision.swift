/// Whether a numbered series is a heading series or a list, decided for the series as a whole so
/// the outline is consistent: if 二是 is a heading, so is 一是.
///
/// A series is a list when
/// - it starts again inside a section of its own family (一、…；二、…； under 三、) and that
///   family's series goes on after it (四、 follows): if it does not, the restart is read as a
///   new run of the same level (a second part of the document), decided by the rules below,
/// - at least half its lines end with ； (or with ，、),
/// - more than half its lines are too long to be headings (long sentences, inline lists), or
/// - it has two or more lines that are each one whole sentence (…。) and follow each other with
///   nothing in between.
/// Otherwise it is a heading series. Lists are written as paragraphs, one per line. In a document that
/// styles its headings (a Word document's hints), the styles decide: a series with a styled line is a
/// heading series, one without is kept as paragraphs (`unstyled`).
enum SeriesDecision: Equatable {
    case headings
    case list(Reason)

    enum Reason: Equatable {
        case restarts
        case semicolons
        case longSentences
        case sentencesInARow
        /// The document styles its headings (a Word document) and gives none of these lines a heading style.
        case unstyled
    }

    /// `restartsInside`: the series starts again inside a section numbered like it, which goes on after it.
    static func decide(_ series: NumberedSeries, restartsInside: Bool) -> SeriesDecision {
        if restartsInside { return .list(.restarts) }
        if series.listItems * 2 >= series.count { return .list(.semicolons) }
        if series.headingShaped * 2 < series.count { return .list(.longSentences) }
        if series.count >= 2, series.sentencesInARow { return .list(.sentencesInARow) }
        return .headings
    }

    /// The check an editor sees for a list that might have been meant as headings, or nil.
    static func check(_ reason: Reason, series: NumberedSeries, lines: [TextLine]) -> SpeechCheck? {
        let place = lines[series.firstBlock].number...lines[series.lastBlock].number
        let marker = series.family.example
        switch reason {
        case .restarts:
            return .restartedNumberingIsList(lines: place, numbering: marker)
        case .semicolons:
            guard series.headingShaped > 0 || series.count > 1 else { return nil }
            return .semicolonLinesAreList(lines: place, numbering: marker)
        case .sentencesInARow:
            return .sentenceLinesAreList(lines: place, numbering: marker)
        case .longSentences:
            // Each long line gets its own check (see OutlinePlanner).
            return nil
        case .unstyled:
            return .unstyledSeriesKept(lines: place, numbering: marker)
        }
    }
}
