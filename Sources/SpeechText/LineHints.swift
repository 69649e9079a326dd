/// What a source richer than plain text knows about its lines — a Word document's heading styles,
/// centred header lines, bold lead sentences, tables and note references — passed to
/// `SpeechConverter.convert(_:hints:)` beside the text, one hint per source line.
///
/// Hints add evidence; they never drop text: every line is still written, once, in order.
/// - `headingLevel`: the line is a heading. A numbered line makes its whole series a heading
///   series; an unnumbered one is a heading at the level its rank among the document's heading
///   levels gives (the highest is `##`), never more than one below the heading before it.
/// - `isHeaderCandidate`: the line may belong to the header block (Word centres the title,
///   subtitle, date line and byline, or styles them Title/Subtitle): centred lines at the top
///   continue the title without the plain-text heuristics.
/// - `boldLead`: the line begins with this many bold scalars; the bold is kept where CommonMark
///   allows it.
/// - `isVerbatim`: one paragraph exactly as written (a table row): never a header part, a heading,
///   a list item or a salutation, and never joined.
/// - `links`: ranges of the line that link somewhere (a note reference `[1]` to its note).
public struct LineHints: Sendable, Equatable {
    /// The hint of each source line that has one, by 1-based line number.
    public var lines: [Int: LineHint]
    /// Every line is a whole paragraph (a Word paragraph): never join lines as wrapped text.
    public var paragraphsAreWhole: Bool

    /// No hints: the text is read as plain text.
    public init(lines: [Int: LineHint] = [:], paragraphsAreWhole: Bool = false) {
        self.lines = lines
        self.paragraphsAreWhole = paragraphsAreWhole
    }

    /// The hint of 1-based source line `line` (an empty hint when there is none).
    public subscript(line: Int) -> LineHint {
        lines[line] ?? LineHint()
    }

    var isEmpty: Bool { lines.isEmpty && !paragraphsAreWhole }
}

/// What is known about one source line beyond its text (see `LineHints`).
public struct LineHint: Sendable, Equatable {
    /// The document's own outline level (1 = top), from a heading style or outline level.
    public var headingLevel: Int?
    /// Centred, or styled as a title or subtitle: may be part of the header block.
    public var isHeaderCandidate: Bool
    /// How many Unicode scalars at the start of the line (after its leading white space) are bold.
    public var boldLead: Int
    /// A paragraph to write exactly as it is (a table row).
    public var isVerbatim: Bool
    /// Parts of the line that are links, in order, not overlapping.
    public var links: [InlineLink]

    /// Creates a hint; everything is off by default.
    public init(headingLevel: Int? = nil, isHeaderCandidate: Bool = false, boldLead: Int = 0,
                isVerbatim: Bool = false, links: [InlineLink] = []) {
        self.headingLevel = headingLevel
        self.isHeaderCandidate = isHeaderCandidate
        self.boldLead = boldLead
        self.isVerbatim = isVerbatim
        self.links = links
    }
}

/// A part of a line that links somewhere: its text stays as written, inside a Markdown link.
public struct InlineLink: Sendable, Equatable {
    /// Unicode scalar offsets in the line, counted from its first character that is not white space.
    public var range: Range<Int>
    /// Where the link goes (`#note-1`); written as the link's destination, so it must not contain
    /// white space or `<`, `>`, `(`, `)`.
    public var destination: String

    /// Creates a link.
    public init(range: Range<Int>, destination: String) {
        self.range = range
        self.destination = destination
    }
}

extension LineHint {
    /// A line that is body text whatever it looks like: a heading or a table row.
    var endsHeader: Bool { headingLevel != nil || isVerbatim }
}
