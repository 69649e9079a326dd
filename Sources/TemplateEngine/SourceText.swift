/// A template's source as UTF-8 bytes, with what error messages need: the file name users see and the text of
/// any line.
struct SourceText: Sendable {
    /// The template name ("partials/header").
    let name: String
    /// The file as shown in messages ("templates/partials/header.mustache").
    let file: String
    let bytes: [UInt8]

    init(name: String, file: String, text: String) {
        self.name = name
        self.file = file
        self.bytes = Array(text.utf8)
    }

    /// The 1-based line and Character column of a byte offset, and that line's text.
    func place(of offset: Int) -> (line: Int, column: Int, text: String) {
        let target = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < target {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let column = SourceText.characterCount(bytes[lineStart..<target]) + 1
        return (line, column, lineText(from: lineStart))
    }

    /// The text of the line that starts at byte `lineStart`, without its line break.
    func lineText(from lineStart: Int) -> String {
        var end = lineStart
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        if end > lineStart, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[lineStart..<end], as: UTF8.self)
    }

    /// The text of a 1-based line.
    func lineText(number: Int) -> String {
        var line = 1
        var index = 0
        while line < number, index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            index += 1
        }
        return lineText(from: index)
    }

    /// Characters (not bytes) in a slice; ASCII, by far the common case in tag-heavy lines, needs no decoding.
    static func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        if slice.allSatisfy({ $0 < 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }

    /// The source between two byte offsets as a String, shortened for use inside a message.
    func excerpt(_ start: Int, _ end: Int, limit: Int = 60) -> String {
        let lower = min(max(start, 0), bytes.count)
        let upper = min(max(end, lower), bytes.count)
        let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
        let oneLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? text
        if oneLine.count > limit || oneLine.count < text.count {
            return String(oneLine.prefix(limit)) + "…"
        }
        return oneLine
    }

    /// A load-time error at a byte offset.
    func error(
        _ kind: TemplateError.Kind, at offset: Int, message: String, hint: String
    ) -> TemplateError {
        let spot = place(of: offset)
        return TemplateError(
            kind: kind, file: file, line: spot.line, column: spot.column, sourceLine: spot.text,
            message: message, hint: hint)
    }
}
