/// The Mustache spec's whitespace rules, applied to tokens before the tree is built.
///
/// - A line holding one tag that prints nothing (section, inverted, close, comment, set-delimiter, partial, parent,
///   block) and otherwise only whitespace is a standalone line: it disappears, line break included. A standalone
///   partial's leading whitespace indents every line of the partial.
/// - A parent pair `{{<p}}…{{/p}}` is standalone when only whitespace precedes its opening tag and follows its
///   close tag on their lines, even if both are on one line; its leading whitespace then indents the parent.
/// - Inside a parent, a block's content is a small template of its own: a line break right after `{{$b}}` is not
///   part of it, and the indentation of its first line (its intrinsic indentation) is removed from every line.
/// - A block outside a parent is a standalone pair like a parent. Content a child passes for it is indented by the
///   block's intrinsic indentation (when `{{$b}}` ends its line) or else by the whitespace before `{{$b}}`.
///
/// The non-normative summary is `whitespace.md` in the Mustache spec repository; the spec's inheritance tests
/// ("Standalone block", "Block reindentation", "Nested block reindentation") pin down the details.
extension Parser {
    /// A source line as a range of tokens, with what the standalone rules ask about it.
    struct Line {
        /// Index of the first token on the line.
        var first: Int
        /// Index of the line break that ends the line, or the token count on the last line.
        var end: Int
        /// First and last tokens that are not whitespace-only text; -1 when there are none.
        var firstSolid = -1
        var lastSolid = -1
        var solidCount = 0
    }

    private func isWhitespaceText(_ token: Token) -> Bool {
        guard token.kind == .text else { return false }
        for offset in token.start..<token.end {
            let byte = source.bytes[offset]
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t") { return false }
        }
        return true
    }

    private func lines() -> (lines: [Line], lineOf: [Int]) {
        var lines: [Line] = []
        var lineOf = Array(repeating: 0, count: tokens.count)
        var current = Line(first: 0, end: tokens.count)
        for index in tokens.indices {
            lineOf[index] = lines.count
            let token = tokens[index]
            if token.kind == .newline {
                current.end = index
                lines.append(current)
                current = Line(first: index + 1, end: tokens.count)
            } else if !isWhitespaceText(token) {
                if current.firstSolid < 0 { current.firstSolid = index }
                current.lastSolid = index
                current.solidCount += 1
            }
        }
        lines.append(current)
        return (lines, lineOf)
    }

    /// Drops the whitespace before `tag` on its line; returns the index of that whitespace token, if any.
    @discardableResult
    private mutating func removeLeading(_ line: Line, before tag: Int) -> Int? {
        var found: Int?
        for index in line.first..<tag where tokens[index].kind == .text {
            tokens[index].removed = true
            found = index
        }
        return found
    }

    /// Drops the whitespace after `tag` on its line and the line break.
    private mutating func removeTrailing(_ line: Line, after tag: Int) {
        for index in (tag + 1)..<max(line.end, tag + 1) where tokens[index].kind == .text {
            tokens[index].removed = true
        }
        if line.end < tokens.count { tokens[line.end].removed = true }
    }

    private func text(of index: Int?) -> String {
        guard let index else { return "" }
        let token = tokens[index]
        return String(decoding: source.bytes[token.start..<max(token.start, token.end)], as: UTF8.self)
    }

    /// The leading spaces and tabs of the line after `line`; empty when there is no such line.
    private func leadingWhitespace(ofLineAfter line: Int, in lines: [Line]) -> [UInt8] {
        guard line + 1 < lines.count else { return [] }
        let first = lines[line + 1].first
        guard first < tokens.count, tokens[first].kind == .text else { return [] }
        let token = tokens[first]
        var end = token.start
        while end < token.end, source.bytes[end] == UInt8(ascii: " ") || source.bytes[end] == UInt8(ascii: "\t") {
            end += 1
        }
        return Array(source.bytes[token.start..<end])
    }

    mutating func applyWhitespaceRules() {
        let (lines, lineOf) = lines()
        var partialWhitespace: [Int: Int] = [:]
        var parentWhitespace: [Int: Int] = [:]
        var blockWhitespace: [Int: Int] = [:]
        var argumentBlocks: [Int] = []
        var intrinsicBlocks: [Int] = []

        for line in lines where line.solidCount == 1 {
            let tag = line.firstSolid
            guard tokens[tag].kind.canStandAlone else { continue }
            let whitespace = removeLeading(line, before: tag)
            removeTrailing(line, after: tag)
            if tokens[tag].kind == .partial { partialWhitespace[tag] = whitespace ?? -1 }
        }

        for index in tokens.indices where tokens[index].kind == .parent || tokens[index].kind == .block {
            let close = partner[index]
            guard close > index else { continue }
            let openLine = lines[lineOf[index]]
            let closeLine = lines[lineOf[close]]
            let leftClear = openLine.firstSolid == index
            let rightClear = closeLine.lastSolid == close
            let endsLine = openLine.lastSolid == index
            if tokens[index].kind == .parent {
                if leftClear, rightClear {
                    parentWhitespace[index] = removeLeading(openLine, before: index) ?? -1
                    removeTrailing(closeLine, after: close)
                }
            } else if container[index] >= 0, tokens[container[index]].kind == .parent {
                // An argument block: its content starts on the next line if `{{$b}}` ends its line, and a
                // whitespace-only last line before `{{/b}}` is not content.
                if endsLine {
                    removeTrailing(openLine, after: index)
                    argumentBlocks.append(index)
                }
                if closeLine.firstSolid == close { removeLeading(closeLine, before: close) }
            } else if leftClear, rightClear {
                if endsLine {
                    intrinsicBlocks.append(index)
                } else {
                    blockWhitespace[index] = removeLeading(openLine, before: index) ?? -1
                }
            }
        }

        // Outer blocks first: an inner block's intrinsic indentation is measured after the outer one's is gone.
        for block in argumentBlocks {
            let indentation = leadingWhitespace(ofLineAfter: lineOf[block], in: lines)
            if !indentation.isEmpty { stripIndentation(indentation, inside: block) }
        }
        for block in intrinsicBlocks {
            let indentation = leadingWhitespace(ofLineAfter: lineOf[block], in: lines)
            blockArgumentIndentation[block] = String(decoding: indentation, as: UTF8.self)
        }
        for (tag, whitespace) in partialWhitespace {
            partialIndentation[tag] = text(of: whitespace < 0 ? nil : whitespace)
        }
        for (tag, whitespace) in parentWhitespace {
            parentIndentation[tag] = text(of: whitespace < 0 ? nil : whitespace)
        }
        for (tag, whitespace) in blockWhitespace {
            let indentation = text(of: whitespace < 0 ? nil : whitespace)
            blockDefaultPrefix[tag] = indentation
            blockArgumentIndentation[tag] = indentation
        }
    }

    /// Removes `indentation` from the start of every line of a block's content.
    private mutating func stripIndentation(_ indentation: [UInt8], inside block: Int) {
        let close = partner[block]
        var index = block + 1
        while index < close {
            if tokens[index].kind == .newline, index + 1 < close, tokens[index + 1].kind == .text {
                let start = tokens[index + 1].start
                let end = tokens[index + 1].end
                if end - start >= indentation.count,
                    source.bytes[start..<(start + indentation.count)].elementsEqual(indentation)
                {
                    tokens[index + 1].start += indentation.count
                }
            }
            index += 1
        }
    }
}
