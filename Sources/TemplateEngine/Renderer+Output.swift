/// Name lookup, strict-mode bookkeeping and writing text and values into the output.
extension Renderer {
    /// Looks a name up on the context stack the spec's way: the first part in the innermost map that has it, the
    /// other parts only inside that value. A miss renders as `.null`; in strict mode it is recorded.
    mutating func resolve(_ name: Name, at place: Place) -> TemplateValue {
        guard let first = name.parts.first else { return stack.last ?? .null }
        var index = stack.count - 1
        while index >= 0 {
            if case .map(let fields) = stack[index], let found = fields[first] {
                return name.parts.count == 1 ? found : descend(from: found, name, at: place)
            }
            index -= 1
        }
        if strict { record(name.text, at: place) }
        return .null
    }

    private mutating func descend(from start: TemplateValue, _ name: Name, at place: Place) -> TemplateValue {
        var value = start
        for part in name.parts.dropFirst() {
            if case .map(let fields) = value, let next = fields[part] {
                value = next
            } else {
                // `a.b` with `a` present but null reads as null, like a provided null; anything else is a miss.
                if case .null = value { return .null }
                if strict { record(name.text, at: place) }
                return .null
            }
        }
        return value
    }

    mutating func record(_ name: String, at place: Place) {
        let entry = UnresolvedName(name: name, template: templateName, line: place.line, column: place.column)
        if recorded == nil { recorded = Set(unresolved) }
        if recorded?.insert(entry).inserted == true { unresolved.append(entry) }
    }

    /// Literal template text; inside an indented partial or block, each non-empty line gets the indentation.
    mutating func appendText(_ node: TextNode) {
        guard !indentation.isEmpty else {
            output.append(node.text)
            return
        }
        for line in node.lines {
            if atLineStart, !line.isBlank { output.append(indentation) }
            output.append(line.text)
            atLineStart = line.endsLine
        }
    }

    /// Text without line breaks written by the engine itself (the whitespace before a block's default content).
    mutating func appendLiteral(_ text: String) {
        startLineIfNeeded()
        output.append(text)
    }

    /// Before printing a value at the start of a line in an indented partial, print the indentation. A value's
    /// own line breaks never indent: the spec indents template lines, not data.
    private mutating func startLineIfNeeded() {
        if atLineStart, !indentation.isEmpty { output.append(indentation) }
        atLineStart = false
    }

    mutating func appendValue(_ node: ValueNode) {
        let value = resolve(node.name, at: node.place)
        switch value {
        case .string(let text):
            guard !text.isEmpty else { return }
            startLineIfNeeded()
            if node.escaped { appendEscaped(text) } else { output.append(text) }
        case .int(let number):
            startLineIfNeeded()
            output.append(String(number))
        case .double, .bool:
            guard let text = value.interpolatedText else { return }
            startLineIfNeeded()
            output.append(text)
        case .null, .list, .map:
            return
        }
    }

    /// HTML-escapes `& < > " '`. Most values contain none of them and are appended in one piece.
    mutating func appendEscaped(_ text: String) {
        let handled: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let replacement: String
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if index > runStart { appendBytes(of: text, runStart, index) }
                output.append(replacement)
                runStart = index + 1
            }
            if runStart == 0 {
                output.append(text)
            } else if runStart < bytes.count {
                appendBytes(of: text, runStart, bytes.count)
            }
            return true
        }
        if handled == nil { appendEscapedSlowly(text) }
    }

    /// Appends the UTF-8 bytes `start..<end` of `text`; both offsets sit next to ASCII bytes, so on character
    /// boundaries.
    private mutating func appendBytes(of text: String, _ start: Int, _ end: Int) {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        output.append(contentsOf: text[lower..<upper])
    }

    /// For strings without contiguous UTF-8 storage (bridged ones); not used by the site's values.
    private mutating func appendEscapedSlowly(_ text: String) {
        for character in text {
            switch character {
            case "&": output.append("&amp;")
            case "<": output.append("&lt;")
            case ">": output.append("&gt;")
            case "\"": output.append("&quot;")
            case "'": output.append("&#39;")
            default: output.append(character)
            }
        }
    }
}
