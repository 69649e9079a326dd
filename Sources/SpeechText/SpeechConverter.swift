/// Raw speech text → the document's header and a Markdown body.
///
/// Every non-blank line of the source is either a header line (returned verbatim in
/// `ConvertedSpeech.header`) or part of one block of the body, in order, and every visible
/// character of the source appears in the output exactly once. The stages (all documented in
/// README.md next to this file):
/// 1. `TextLine`: lines, trimmed, blank lines dropped.
/// 2. `HeaderReader`: title lines, subtitle, date line, byline, notes; title, date, occasion, speaker.
/// 3. `LineJoiner`: lines hard-wrapped mid-sentence (PDF copies) joined, each join recorded.
/// 4. `DateFinder`: the date, from the header or from a date line of the body.
/// 5. `OutlinePlanner`: which numbered lines are headings, at which level, and which are lists.
/// 6. `BodyWriter`: the Markdown, escaped by `MarkdownWriter`.
public enum SpeechConverter {
    /// Converts `text` (any line ends, with or without BOM) to a header, a Markdown body and metadata.
    /// Never fails: text that fits no rule is written as plain paragraphs.
    /// - Parameter hints: what a richer source (a Word document) says about its lines: heading styles,
    ///   centred header lines, bold leads, table rows, links (see `LineHints`).
    public static func convert(_ text: String, hints: LineHints = LineHints()) -> ConvertedSpeech {
        var reading = TextLine.read(text)
        let wrap = hints.paragraphsAreWhole ? nil : LineJoiner.wrapWidth(of: reading.lines)
        let header = HeaderReader.read(reading.lines, wrap: wrap, hints: hints)
        let headerMarkdown = headerParagraphs(header, reading.lines)
        // The body's lines, without copying the array: on a text of millions of lines a copy counts.
        var bodyLines = reading.lines
        reading.lines = []
        bodyLines.removeFirst(header.bodyStart)
        var checks = header.checks
        if bodyLines.isEmpty { checks.add(.noBody) }
        let date = DateFinder.find(header: header, body: bodyLines[...], checks: &checks)
        let joined = LineJoiner.join(bodyLines, wrap: wrap, hints: hints)
        bodyLines = []
        if !joined.joins.isEmpty {
            checks.add(.wrappedParagraphs(shown: joined.joins.prefix(8).map(\.lines), count: joined.joins.count))
        }
        let plan = OutlinePlanner.plan(joined.lines, hints: hints)
        plan.checks.add(to: &checks)
        if !reading.controlCharacterLines.isEmpty {
            checks.add(.controlCharacters(lines: reading.controlCharacterLines))
        }
        let capacity = text.utf8.count + text.utf8.count / 8 + 64
        let body = BodyWriter.write(joined, plan: plan, hints: hints, capacity: capacity)
        return ConvertedSpeech(header: header, headerParagraphs: headerMarkdown,
                               body: body, date: date, checks: checks.all)
    }

    /// The header lines after the title as Markdown paragraphs: what `ConvertedSpeech.markdown`
    /// puts before the body.
    private static func headerParagraphs(_ header: HeaderReading, _ lines: [TextLine]) -> String {
        var writer = MarkdownWriter(capacity: 256)
        for line in lines[0..<header.bodyStart] where !header.lines.contains(where: { $0.line == line.number && $0.role == .title }) {
            writer.paragraph(line.scalars, 0..<line.scalars.count)
        }
        return writer.markdown
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}
