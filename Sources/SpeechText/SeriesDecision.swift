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
    static func check(_ reason: Reason, series: NumberedSeries, lines: [TextLine]) -> String? {
        let first = lines[series.firstBlock].number, last = lines[series.lastBlock].number
        let place = first == last ? "line \(first)" : "lines \(first)–\(last)"
        let marker = series.family.example
        switch reason {
        case .restarts:
            return "\(place): the \(marker) numbering starts again inside a section numbered the same way; "
                + "read as a list, not headings"
        case .semicolons:
            guard series.headingShaped > 0 || series.count > 1 else { return nil }
            return "\(place): \(marker) lines ending in ； read as a list, not headings"
        case .sentencesInARow:
            return "\(place): \(marker) lines that are whole sentences in a row read as a list, not headings"
        case .longSentences:
            // Each long line gets its own check (see OutlinePlanner).
            return nil
        case .unstyled:
            return "\(place): \(marker) lines have no heading style, while the document styles its headings; "
                + "kept as paragraphs"
        }
    }
}
