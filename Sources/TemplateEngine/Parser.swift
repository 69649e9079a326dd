/// Turns tokens into a tree: matches open and close tags, applies the standalone-line and indentation rules,
/// then builds nodes.
struct Parser {
    /// Deeper nesting is refused at load time so that neither parsing nor rendering can overflow the stack.
    static let nestingLimit = 100

    let source: SourceText
    var tokens: [Token]
    /// For an opening tag, the index of its close tag, and the other way round; -1 for other tokens.
    var partner: [Int]
    /// The index of the innermost element open around each token; -1 at the top level.
    var container: [Int]
    /// Results of the whitespace rules, by the index of the tag they belong to.
    var partialIndentation: [Int: String] = [:]
    var parentIndentation: [Int: String] = [:]
    var blockDefaultPrefix: [Int: String] = [:]
    var blockArgumentIndentation: [Int: String] = [:]
    private(set) var outline = Outline()

    init(source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
        self.partner = Array(repeating: -1, count: tokens.count)
        self.container = Array(repeating: -1, count: tokens.count)
    }

    /// Parses a whole template.
    static func parse(_ source: SourceText) throws(TemplateError) -> (nodes: [Node], outline: Outline) {
        var lexer = Lexer(source: source)
        var parser = Parser(source: source, tokens: try lexer.tokenize())
        try parser.matchElements()
        parser.applyWhitespaceRules()
        let nodes = parser.build(0, parser.tokens.count, guarded: false)
        return (nodes, parser.outline)
    }

    // MARK: - Matching open and close tags

    mutating func matchElements() throws(TemplateError) {
        var open: [Int] = []
        for index in tokens.indices {
            let token = tokens[index]
            container[index] = open.last ?? -1
            if let top = open.last, tokens[top].kind == .parent {
                try checkAllowedInsideParent(token, parent: tokens[top])
            }
            if token.kind.opensElement {
                if open.count >= Self.nestingLimit {
                    throw source.error(
                        .nestingTooDeep(limit: Self.nestingLimit), at: token.start,
                        message: "sections nested more than \(Self.nestingLimit) deep at \(token.written)",
                        hint: "close sections before opening new ones; a template this deep is almost certainly missing close tags")
                }
                open.append(index)
            } else if token.kind == .close {
                guard let top = open.last else {
                    throw source.error(
                        .unexpectedClose(name: token.name), at: token.start,
                        message: "\(token.written) closes nothing: no section \"\(token.name)\" is open here",
                        hint: "remove this tag, or add the \(token.opening)#\(token.name)\(token.closing) tag it should close")
                }
                let opener = tokens[top]
                guard opener.name == token.name, opener.dynamic == token.dynamic else {
                    throw source.error(
                        .mismatchedClose(
                            expected: opener.matchingClose, found: token.written,
                            openLine: opener.line, openColumn: opener.column),
                        at: token.start,
                        message: "\(token.written) does not match the open \(opener.elementNoun) \(opener.written) "
                            + "(line \(opener.line), column \(opener.column))",
                        hint: "close \(opener.written) with \(opener.matchingClose) before this tag, "
                            + "or correct this tag to \(opener.matchingClose)")
                }
                partner[top] = index
                partner[index] = top
                open.removeLast()
                container[index] = open.last ?? -1
            }
        }
        if let top = open.last {
            let opener = tokens[top]
            let noun = opener.elementNoun
            throw source.error(
                .unclosedSection(name: opener.name, opening: opener.written), at: opener.start,
                message: "unclosed \(noun) \(opener.written)",
                hint: "add \(opener.matchingClose) after the \(noun)'s content, or remove the \(opener.written) tag")
        }
    }

    /// Inside `{{<parent}}…{{/parent}}` only blocks count; anything else would be silently ignored, which hides
    /// mistakes, so it is refused. Plain text is the exception: the Mustache spec says to ignore it.
    private func checkAllowedInsideParent(_ token: Token, parent: Token) throws(TemplateError) {
        switch token.kind {
        case .text, .newline, .comment, .delimiters, .block, .close:
            return
        case .variable, .unescaped, .section, .inverted, .partial, .parent:
            throw source.error(
                .tagInsideParent(tag: token.written, parent: parent.written), at: token.start,
                message: "\(token.written) directly inside \(parent.written)…\(parent.matchingClose) would be ignored",
                hint: "inside a parent tag only blocks count: put the tag inside a block such as "
                    + "\(parent.opening)$content\(parent.closing)…\(parent.opening)/content\(parent.closing)")
        }
    }

    // MARK: - Building the tree

    private func place(_ token: Token) -> Place {
        Place(line: token.line, column: token.column)
    }

    private func reference(_ token: Token) -> TemplateReference {
        token.dynamic ? .dynamic(Name(token.name)) : .fixed(token.name)
    }

    /// Builds the nodes for tokens `lower..<upper`; `guarded` is true inside sections and blocks.
    mutating func build(_ lower: Int, _ upper: Int, guarded: Bool) -> [Node] {
        var nodes: [Node] = []
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                nodes.append(.text(TextNode(String(decoding: text, as: UTF8.self))))
                text.removeAll(keepingCapacity: true)
            }
        }
        var index = lower
        while index < upper {
            let token = tokens[index]
            let end = max(partner[index], index)
            switch token.kind {
            case .text, .newline:
                if !token.removed, token.end > token.start {
                    text.append(contentsOf: source.bytes[token.start..<token.end])
                }
            case .comment, .delimiters, .close:
                break
            case .variable, .unescaped:
                flush()
                let node = ValueNode(name: Name(token.name), escaped: token.kind == .variable, place: place(token))
                nodes.append(.value(node))
            case .section, .inverted:
                flush()
                let body = build(index + 1, end, guarded: true)
                nodes.append(.section(SectionNode(
                    name: Name(token.name), inverted: token.kind == .inverted, body: body, place: place(token))))
            case .partial:
                flush()
                if token.dynamic {
                    outline.includesDynamically = true
                } else {
                    outline.includes.append(Include(
                        name: token.name, isParent: false, place: place(token), guarded: guarded, arguments: []))
                }
                nodes.append(.partial(PartialNode(
                    reference: reference(token), indentation: partialIndentation[index] ?? "", place: place(token))))
            case .parent:
                flush()
                var arguments: [String: Argument] = [:]
                var argumentPlaces: [(name: String, place: Place)] = []
                var child = index + 1
                while child < end {
                    if tokens[child].kind == .block, container[child] == index {
                        outline.blockNames.insert(tokens[child].name)
                        let body = build(child + 1, max(partner[child], child), guarded: true)
                        arguments[tokens[child].name] = Argument(body: body, template: source.name)
                        argumentPlaces.append((tokens[child].name, place(tokens[child])))
                        child = max(partner[child], child)
                    }
                    child += 1
                }
                if token.dynamic {
                    outline.includesDynamically = true
                } else {
                    outline.includes.append(Include(
                        name: token.name, isParent: true, place: place(token), guarded: guarded,
                        arguments: argumentPlaces))
                }
                nodes.append(.parent(ParentNode(
                    reference: reference(token), arguments: arguments,
                    indentation: parentIndentation[index] ?? "", place: place(token))))
            case .block:
                flush()
                outline.blockNames.insert(token.name)
                let body = build(index + 1, end, guarded: true)
                nodes.append(.block(BlockNode(
                    name: token.name, body: body, defaultPrefix: blockDefaultPrefix[index] ?? "",
                    argumentIndentation: blockArgumentIndentation[index] ?? "", place: place(token))))
            }
            index = token.kind.opensElement ? end + 1 : index + 1
        }
        flush()
        return nodes
    }
}
