import PortalSupport
import TemplateEngine

/// A text with the places to highlight in it (keyword mentions), as UTF-8 byte ranges: keyword-in-context
/// sentences and the paragraphs of a compilation mark every use of their keyword, each text shown once.
struct MarkedText: Sendable, Hashable {
    var text: String
    /// Sorted, not overlapping, within `text`.
    var marks: [Range<Int>]

    /// The text cut at its marks, in order: what `{{#parts}}{{#mark}}<mark>{{text}}</mark>…` writes. Line
    /// breaks inside a paragraph become spaces, as a browser shows them.
    var parts: [(text: String, isMark: Bool)] {
        let utf8 = Array(text.utf8)
        var parts: [(text: String, isMark: Bool)] = []
        var position = 0
        func add(_ range: Range<Int>, isMark: Bool) {
            guard !range.isEmpty else { return }
            parts.append((String(decoding: utf8[range], as: UTF8.self).replacingLineBreaks, isMark))
        }
        for mark in marks {
            let lower = min(max(mark.lowerBound, position), utf8.count)
            let upper = min(max(mark.upperBound, lower), utf8.count)
            add(position..<lower, isMark: false)
            add(lower..<upper, isMark: true)
            position = upper
        }
        add(position..<utf8.count, isMark: false)
        return parts
    }

    /// `parts` as template values: each `text` with `mark` true for the highlighted ones.
    var templateParts: TemplateValue {
        .list(parts.map { part in ["text": .string(part.text), "mark": .bool(part.isMark)] })
    }
}
