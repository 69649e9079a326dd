/// Name lookup, strict-mode bookkeeping and writing text and values into the output.
extension Renderer {
    /// Looks a name up on the context stack the spec's way: the first part in the innermost map that has it, the
    /// other parts only inside that value. A miss renders as `.null`; in strict mode it is recorded.
    mutating func resolve(_ name: Name, at place: Place) -> TemplateValue {
        guard let head = name.head else { return stack.last ?? .null }
        var index = stack.count - 1
        while index >= 0 {
            if case .map(let fields) = stack[index], let found = fields[head] {
                return name.tail.isEmpty ? found : descend(from: found, name, at: place)
            }
            index -= 1
        }
        if strict { record(name.text, at: place) }
        return .null
    }

    private mutating func descend(from start: TemplateValue, _ name: Name, at place: Place) -> TemplateValue {
        var value = start
        for part in name.tail {
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
            output.append(contentsOf: node.bytes)
            return
        }
        for line in node.lines {
            if atLineStart, !line.isBlank { append(indentation) }
            output.append(contentsOf: line.bytes)
            atLineStart = line.endsLine
        }
    }

    /// Text without line breaks written by the engine itself (the whitespace before a block's default content).
    mutating func appendLiteral(_ text: String) {
        startLineIfNeeded()
        append(text)
    }

    /// A string's UTF-8 bytes, in one copy.
    mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    /// Before printing a value at the start of a line in an indented partial, print the indentation. A value's
    /// own line breaks never indent: the spec indents template lines, not data.
    private mutating func startLineIfNeeded() {
        if atLineStart, !indentation.isEmpty { append(indentation) }
        atLineStart = false
    }

    mutating func appendValue(_ node: ValueNode) {
        let value = resolve(node.name, at: node.place)
        switch value {
        case .string(let text):
            guard !text.isEmpty else { return }
            startLineIfNeeded()
            if node.escaped { appendEscaped(text) } else { append(text) }
        case .int(let number):
            startLineIfNeeded()
            append(String(number))
        case .double, .bool:
            guard let text = value.interpolatedText else { return }
            startLineIfNeeded()
            append(text)
        case .null, .list, .map:
            return
        }
    }

    /// HTML-escapes `& < > " '`. Most values contain none of them and are copied in one piece; eight bytes
    /// without one below 0x40 (where all five are) are passed over at once, which is most of Chinese text.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var runStart = 0
            var index = 0
            while index < count {
                let stop: Int
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // Nonzero exactly when a byte of the word is below 0x40.
                    guard (word &- 0x4040_4040_4040_4040) & ~word & 0x8080_8080_8080_8080 != 0 else {
                        index += 8
                        continue
                    }
                    stop = index + 8
                } else {
                    stop = count
                }
                while index < stop {
                    defer { index += 1 }
                    let replacement: StaticString
                    switch base[index] {
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "\""): replacement = "&quot;"
                    case UInt8(ascii: "'"): replacement = "&#39;"
                    default: continue
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    runStart = index + 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
