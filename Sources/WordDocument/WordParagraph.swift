/// One paragraph as Word shows it: the text of its runs (revisions accepted, field results
/// kept), its list label, what its style says it is, its alignment and its bold lead.
public struct WordParagraph: Sendable, Equatable {
    /// The text without the list label: runs joined, `w:tab` as a tab, `w:br` as a line
    /// feed, note references left out (see `noteReferences`). Leading indentation typed by
    /// the author (`　　`) is kept.
    public var text: String
    /// The list label Word draws before the text, if the paragraph is in a list.
    public var numbering: WordNumbering?
    /// The paragraph style's id (`w:styleId`, e.g. `Heading1` or `2`), if the paragraph has one.
    public var styleID: String?
    /// The paragraph style's name (`heading 1`, `标题 1`, `Normal` …), if it has one.
    public var styleName: String?
    /// Heading, title or body text, from the paragraph's outline level or its style.
    public var role: WordParagraphRole
    /// How the paragraph is aligned; centred lines at the top are header candidates.
    public var alignment: WordAlignment
    /// The beginning of `text` that is bold: leading white space, then bold text up to the
    /// first character that is not bold (trailing white space trimmed). Empty when the text
    /// does not begin with bold text; all of it when the whole paragraph is bold.
    public var boldLead: String
    /// Footnote and endnote references, in order, with their position in `text`.
    public var noteReferences: [WordNoteReference]

    /// Creates a paragraph (the reader makes these; tests and callers may too).
    public init(text: String, numbering: WordNumbering? = nil, styleID: String? = nil, styleName: String? = nil,
                role: WordParagraphRole = .body, alignment: WordAlignment = .start, boldLead: String = "",
                noteReferences: [WordNoteReference] = []) {
        self.text = text
        self.numbering = numbering
        self.styleID = styleID
        self.styleName = styleName
        self.role = role
        self.alignment = alignment
        self.boldLead = boldLead
        self.noteReferences = noteReferences
    }

    /// The outline level (1 = top) from a heading style or `w:outlineLvl`; nil for other paragraphs.
    public var headingLevel: Int? {
        if case .heading(let level) = role { return level }
        return nil
    }

    /// True when the paragraph has neither text nor a list label.
    public var isEmpty: Bool {
        text.allSatisfy(\.isWhitespace) && (numbering?.label ?? "").isEmpty && noteReferences.isEmpty
    }

    /// The paragraph as one plain-text line the speech converter reads: list label, then the
    /// text with each note reference written as its mark in brackets (`[1]`). Line breaks
    /// inside the paragraph stay line feeds.
    public var plainText: String {
        var line = text
        if !noteReferences.isEmpty {
            var scalars = Array(text.unicodeScalars)
            for reference in noteReferences.reversed() where !reference.mark.isEmpty {
                let offset = min(reference.offset, scalars.count)
                scalars.insert(contentsOf: "[\(reference.mark)]".unicodeScalars, at: offset)
            }
            line = String(String.UnicodeScalarView(scalars))
        }
        if let numbering, !numbering.label.isEmpty {
            line = numbering.label + numbering.separator(before: line) + line
        }
        return line
    }
}

/// What a paragraph is, by its style or outline level.
public enum WordParagraphRole: Sendable, Equatable, Hashable {
    /// Body text.
    case body
    /// A heading of outline level 1–9 (`heading 1`, `标题 2`, `w:outlineLvl`).
    case heading(Int)
    /// The built-in Title style (`Title`, `标题`).
    case title
    /// The built-in Subtitle style (`Subtitle`, `副标题`).
    case subtitle
    /// A generated table-of-contents entry (TOC field result or `toc N` style).
    case tableOfContents
}

/// A paragraph's alignment (`w:jc`), as the paragraph or its style sets it.
public enum WordAlignment: String, Sendable, Equatable {
    /// Left in left-to-right text (`left`, `start`, or nothing said).
    case start
    /// Centred (`center`).
    case center
    /// Right in left-to-right text (`right`, `end`).
    case end
    /// Justified or distributed (`both`, `distribute` …).
    case justified

    init(_ value: String?) {
        switch value {
        case "center": self = .center
        case "right", "end": self = .end
        case "both", "distribute", "thaiDistribute", "lowKashida", "mediumKashida", "highKashida": self = .justified
        default: self = .start
        }
    }
}

/// A paragraph's place in a Word list and the label Word draws for it.
public struct WordNumbering: Sendable, Equatable {
    /// The label as Word shows it: `一、`, `（一）`, `1.`, `（1）`, `第一部分`, `•`.
    public var label: String
    /// The list instance (`w:numId`).
    public var listID: Int
    /// The list level, 0-based (`w:ilvl`).
    public var level: Int
    /// The counter format (`w:numFmt`): `decimal`, `chineseCounting`, `bullet` …
    public var format: String
    /// What Word puts between label and text.
    public var suffix: Suffix

    /// `w:suff`.
    public enum Suffix: String, Sendable, Equatable {
        /// A tab (Word's default).
        case tab
        /// A space.
        case space
        /// Nothing: the text follows the label directly.
        case nothing
    }

    /// Creates a list position.
    public init(label: String, listID: Int, level: Int, format: String, suffix: Suffix = .tab) {
        self.label = label
        self.listID = listID
        self.level = level
        self.format = format
        self.suffix = suffix
    }

    /// True for bullet lists.
    public var isBullet: Bool { format == "bullet" }

    /// What stands between label and `text` in plain text, where Word has a tab or a space:
    /// nothing after Chinese punctuation or symbols (`一、加强`, `①加强`) and after ASCII
    /// punctuation before Chinese text (`1.加强`), an ideographic space after a Chinese character
    /// (`第一部分　总体要求`), otherwise a space (`1. Scope`).
    public func separator(before text: String) -> String {
        guard suffix != .nothing, let last = label.unicodeScalars.last, let first = text.unicodeScalars.first,
              !last.properties.isWhitespace, !first.properties.isWhitespace else { return "" }
        if !last.isASCII { return last.properties.isIdeographic ? "\u{3000}" : "" }
        let isPunctuation = !last.properties.isAlphabetic && last.properties.numericType == nil
        return isPunctuation && first.properties.isIdeographic ? "" : " "
    }
}
