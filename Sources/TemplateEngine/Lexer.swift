/// Splits a template source into tokens, following set-delimiter tags as it goes.
///
/// The lexer works on UTF-8 bytes: every delimiter and sigil is ASCII or a whole delimiter string, so cuts always
/// fall on character boundaries.
struct Lexer {
    let source: SourceText
    private var opening: [UInt8] = Array("{{".utf8)
    private var closing: [UInt8] = Array("}}".utf8)
    private var tokens: [Token] = []
    private var line = 1
    private var lineStart = 0
    /// The last place whose column is known, so columns on long lines are counted incrementally.
    private var anchorOffset = 0
    private var anchorColumn = 1

    init(source: SourceText) {
        self.source = source
    }

    /// Tokenizes the whole source.
    mutating func tokenize() throws(TemplateError) -> [Token] {
        let bytes = source.bytes
        var position = 0
        var textStart = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                var textEnd = position
                if textEnd > textStart, bytes[textEnd - 1] == UInt8(ascii: "\r") { textEnd -= 1 }
                appendText(textStart, textEnd)
                tokens.append(Token(kind: .newline, start: textEnd, end: position + 1))
                position += 1
                startLine(at: position)
                textStart = position
            } else if byte == opening[0], matches(opening, at: position) {
                appendText(textStart, position)
                position = try lexTag(at: position)
                textStart = position
            } else {
                position += 1
            }
        }
        appendText(textStart, bytes.count)
        return tokens
    }

    private mutating func appendText(_ start: Int, _ end: Int) {
        if end > start { tokens.append(Token(kind: .text, start: start, end: end)) }
    }

    private mutating func startLine(at offset: Int) {
        line += 1
        lineStart = offset
        anchorOffset = offset
        anchorColumn = 1
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        let bytes = source.bytes
        guard offset >= 0, offset + pattern.count <= bytes.count else { return false }
        for index in 0..<pattern.count where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    /// The first offset at or after `from` (and before `limit`) where `pattern` starts, if any.
    private func find(_ pattern: [UInt8], from: Int, before limit: Int = .max) -> Int? {
        guard let first = pattern.first else { return nil }
        let bytes = source.bytes
        var offset = from
        let last = min(bytes.count - pattern.count, limit - 1)
        while offset <= last {
            if bytes[offset] == first, matches(pattern, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    private mutating func column(of offset: Int) -> Int {
        let bytes = source.bytes
        if offset < anchorOffset { anchorOffset = lineStart; anchorColumn = 1 }
        anchorColumn += SourceText.characterCount(bytes[anchorOffset..<offset])
        anchorOffset = offset
        return anchorColumn
    }

    /// Lexes the tag whose opening delimiter starts at `tagStart`; returns the offset just after it.
    private mutating func lexTag(at tagStart: Int) throws(TemplateError) -> Int {
        let bytes = source.bytes
        // Whitespace may precede the sigil (`{{ #items }}`), as in mustache.js; otherwise such a tag would
        // silently become a variable named "#items".
        var contentStart = tagStart + opening.count
        while contentStart < bytes.count, Self.isSpace(bytes[contentStart]) { contentStart += 1 }
        if contentStart < bytes.count, !Self.isSigil(bytes[contentStart]) { contentStart = tagStart + opening.count }
        let sigil: UInt8? = contentStart < bytes.count ? bytes[contentStart] : nil
        var token = Token(kind: .variable, start: tagStart, end: tagStart)
        token.line = line
        token.column = column(of: tagStart)
        token.opening = String(decoding: opening, as: UTF8.self)
        token.closing = String(decoding: closing, as: UTF8.self)

        var nameStart = contentStart + 1
        var closer = closing
        switch sigil {
        case UInt8(ascii: "!"): token.kind = .comment
        case UInt8(ascii: "="): token.kind = .delimiters
        case UInt8(ascii: "{"):
            token.kind = .unescaped
            closer = [UInt8(ascii: "}")] + closing
        case UInt8(ascii: "&"): token.kind = .unescaped
        case UInt8(ascii: "#"): token.kind = .section
        case UInt8(ascii: "^"): token.kind = .inverted
        case UInt8(ascii: "/"): token.kind = .close
        case UInt8(ascii: ">"): token.kind = .partial
        case UInt8(ascii: "<"): token.kind = .parent
        case UInt8(ascii: "$"): token.kind = .block
        default:
            token.kind = .variable
            nameStart = contentStart
        }

        if token.kind == .delimiters {
            return try lexDelimiters(token, contentStart: nameStart)
        }
        guard let closeAt = find(closer, from: nameStart) else {
            throw unclosed(token, closer: closer, at: tagStart)
        }
        token.end = closeAt + closer.count
        // A tag that runs into the next opening delimiter was almost certainly left unclosed: `{{title}` … `{{x}}`.
        if token.kind != .comment, find(opening, from: nameStart, before: closeAt) != nil {
            throw unclosed(token, closer: closer, at: tagStart)
        }
        if token.kind != .comment {
            try readName(into: &token, bytes[nameStart..<closeAt])
        }
        tokens.append(token)
        countLines(in: tagStart, token.end)
        return token.end
    }

    private func unclosed(_ token: Token, closer: [UInt8], at offset: Int) -> TemplateError {
        let open = String(decoding: opening, as: UTF8.self) + (token.kind == .unescaped && closer.count > closing.count ? "{" : "")
        let close = String(decoding: closer, as: UTF8.self)
        return source.error(
            .unclosedTag(opening: open, closing: close), at: offset,
            message: "unclosed tag: \"\(open)\" has no matching \"\(close)\"",
            hint: "end the tag with \"\(close)\", e.g. \(open)\(token.kind.sigil)title\(close)")
    }

    /// Advances the line count past line breaks inside a multi-line tag (comments, padded tags).
    private mutating func countLines(in start: Int, _ end: Int) {
        let bytes = source.bytes
        var offset = start
        while offset < end {
            if bytes[offset] == UInt8(ascii: "\n") { startLine(at: offset + 1) }
            offset += 1
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    private static func isSigil(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "{"), UInt8(ascii: "&"), UInt8(ascii: "#"),
             UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = slice.startIndex
        var upper = slice.endIndex
        while lower < upper, isSpace(slice[lower]) { lower += 1 }
        while upper > lower, isSpace(slice[upper - 1]) { upper -= 1 }
        return slice[lower..<upper]
    }

    /// Reads and checks a tag's name: no inner whitespace, no empty dotted parts; `*` marks a dynamic name.
    private func readName(into token: inout Token, _ raw: ArraySlice<UInt8>) throws(TemplateError) {
        var name = Self.trimmed(raw)
        if (token.kind == .partial || token.kind == .parent || token.kind == .close),
            name.first == UInt8(ascii: "*")
        {
            token.dynamic = true
            name = Self.trimmed(name.dropFirst())
        }
        let text = String(decoding: name, as: UTF8.self)
        token.name = text
        if name.isEmpty {
            let written = token.opening + token.kind.sigil + (token.dynamic ? "*" : "") + token.closing
            throw source.error(
                .emptyTagName(tag: written), at: token.start,
                message: "empty tag \(written): a tag needs a name",
                hint: "write a name inside the tag, e.g. \(token.opening)\(token.kind.sigil)title\(token.closing), or remove the tag")
        }
        let isDotted = token.kind != .partial && token.kind != .parent
            && !(token.kind == .close && token.dynamic)
        let hasSpace = name.contains(where: Self.isSpace)
        let badDots = isDotted && text != "." && text.split(separator: ".", omittingEmptySubsequences: false)
            .contains(where: \.isEmpty)
        if hasSpace || badDots {
            let suggestion = hasSpace
                ? text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: "_")
                : text.split(separator: ".").joined(separator: ".")
            let why = hasSpace ? "a name cannot contain spaces" : "a dotted name cannot have an empty part"
            let example = suggestion.isEmpty ? "" : "; did you mean \(token.opening)\(token.kind.sigil)\(suggestion)\(token.closing)?"
            throw source.error(
                .invalidTagName(name: text), at: token.start,
                message: "invalid name \"\(text)\" in \(source.excerpt(token.start, token.end))",
                hint: why + example)
        }
    }

    /// `{{=<% %>=}}`: two new delimiters, separated by whitespace, free of whitespace and `=`.
    private mutating func lexDelimiters(_ tag: Token, contentStart: Int) throws(TemplateError) -> Int {
        var token = tag
        let bytes = source.bytes
        let hint = "write the new opening and closing delimiters separated by a space, neither containing spaces or \"=\", e.g. \(token.opening)=<% %>=\(token.closing)"
        var contentEnd = find([UInt8(ascii: "=")] + closing, from: contentStart)
        var tagEnd = contentEnd.map { $0 + 1 + closing.count }
        // `{{= <% %> = }}`: whitespace before the final "=" is padding too.
        if contentEnd == nil, let plainClose = find(closing, from: contentStart),
            Self.trimmed(bytes[contentStart..<plainClose]).last == UInt8(ascii: "=")
        {
            let trimmedEnd = Self.trimmed(bytes[contentStart..<plainClose]).endIndex
            contentEnd = trimmedEnd - 1
            tagEnd = plainClose + closing.count
        }
        guard let closeAt = contentEnd, let end = tagEnd else {
            if let plainClose = find(closing, from: contentStart) {
                let written = source.excerpt(tag.start, plainClose + closing.count)
                throw source.error(
                    .badSetDelimiters(content: written), at: tag.start,
                    message: "bad set-delimiter tag \(written): it must end with \"=\(token.closing)\"",
                    hint: hint)
            }
            throw unclosed(tag, closer: [UInt8(ascii: "=")] + closing, at: tag.start)
        }
        token.end = end
        let content = Self.trimmed(bytes[contentStart..<max(contentStart, closeAt)])
        let parts = content.split(whereSeparator: Self.isSpace)
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            let written = source.excerpt(tag.start, token.end)
            throw source.error(
                .badSetDelimiters(content: written), at: tag.start,
                message: "bad set-delimiter tag \(written)", hint: hint)
        }
        token.name = String(decoding: content, as: UTF8.self)
        tokens.append(token)
        countLines(in: tag.start, token.end)
        opening = Array(parts[0])
        closing = Array(parts[1])
        return token.end
    }
}
