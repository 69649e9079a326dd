/// The state of one render: the output buffer, the context stack, indentation and block overrides. Made fresh
/// for each call; the templates it walks are shared and never change.
struct Renderer {
    /// Partials, parents and passed-in blocks nested deeper than this stop the render with an error instead of
    /// overflowing the stack; only dynamic names or recursion guarded by a section can get here.
    static let includeLimit = 64
    /// Sections, partials, parents and blocks nested deeper than this stop the render, so that recursion guarded
    /// by a section can never overflow a thread's stack (a debug build needs a few KB of stack per level).
    static let nestingLimit = 256

    let library: TemplateLibrary
    /// UTF-8 bytes: appending bytes costs a fraction of appending Strings, and pages are written as bytes.
    var output: [UInt8] = []
    /// Innermost context last.
    var stack: [TemplateValue]
    /// Put before each line of template text while inside standalone partials and blocks; usually empty.
    var indentation = ""
    /// The next template text starts a line (tracked only while `indentation` is not empty).
    var atLineStart = false
    var includeDepth = 0
    var nesting = 0
    /// Blocks passed by parent tags, outermost first: the outermost child template has the last word.
    var overrides: [[String: Argument]] = []
    /// The template whose nodes are being rendered, for strict-mode places and errors.
    var templateName: String
    let strict: Bool
    var unresolved: [UnresolvedName] = []
    /// Places already in `unresolved`, built on the first miss so lenient renders never pay for it.
    var recorded: Set<UnresolvedName>?

    init(library: TemplateLibrary, template: Template, context: TemplateValue, strict: Bool) {
        self.library = library
        self.templateName = template.name
        self.stack = [context]
        self.strict = strict
        stack.reserveCapacity(16)
    }

    mutating func render(_ nodes: [Node]) throws(TemplateError) {
        // By index: the array outlives the loop, so its nodes are read in place instead of being retained and
        // released one by one as an iterator would.
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text): appendText(text)
            case .value(let value): appendValue(value)
            case .section(let section): try renderSection(section)
            case .partial(let partial): try renderPartial(partial)
            case .parent(let parent): try renderParent(parent)
            case .block(let block): try renderBlock(block)
            }
        }
    }

    private mutating func renderSection(_ section: SectionNode) throws(TemplateError) {
        let value = resolve(section.name, at: section.place)
        guard value.isTruthy != section.inverted, !section.body.isEmpty else { return }
        try descend(at: section.place)
        if section.inverted {
            try render(section.body)
        } else if case .list(let items) = value {
            for item in items {
                stack.append(item)
                try render(section.body)
                stack.removeLast()
            }
        } else {
            stack.append(value)
            try render(section.body)
            stack.removeLast()
        }
        nesting -= 1
    }

    private mutating func renderPartial(_ partial: PartialNode) throws(TemplateError) {
        guard let target = target(partial.reference, at: partial.place) else { return }
        try include(target, indentation: partial.indentation, arguments: nil, at: partial.place)
    }

    private mutating func renderParent(_ parent: ParentNode) throws(TemplateError) {
        guard let target = target(parent.reference, at: parent.place) else { return }
        try include(target, indentation: parent.indentation, arguments: parent.arguments, at: parent.place)
    }

    private mutating func renderBlock(_ block: BlockNode) throws(TemplateError) {
        for scope in overrides {
            guard let argument = scope[block.name] else { continue }
            // A passed-in block can name the block it fills, so it counts toward the depth limit too.
            try enter(block.name, at: block.place)
            let saved = (indentation, templateName)
            if !block.argumentIndentation.isEmpty {
                indentation += block.argumentIndentation
                atLineStart = true
            }
            templateName = argument.template
            try render(argument.body)
            (indentation, templateName) = saved
            leave()
            return
        }
        if !block.defaultPrefix.isEmpty { appendLiteral(block.defaultPrefix) }
        guard !block.body.isEmpty else { return }
        try descend(at: block.place)
        try render(block.body)
        nesting -= 1
    }

    /// The template a partial or parent tag names, or nil when there is none (the spec renders nothing then).
    private mutating func target(_ reference: TemplateReference, at place: Place) -> Template? {
        switch reference {
        case .fixed(let name):
            return library.templates[name]
        case .dynamic(let name):
            guard let text = resolve(name, at: place).interpolatedText else { return nil }
            if let found = library.templates[text] { return found }
            if strict { record(">" + text, at: place) }
            return nil
        }
    }

    /// Counts one more level of any kind; the caller decrements `nesting` after it.
    private mutating func descend(at place: Place) throws(TemplateError) {
        guard nesting < Self.nestingLimit else {
            throw error(
                .nestingTooDeep(limit: Self.nestingLimit), at: place,
                message: "sections, partials and blocks nested more than \(Self.nestingLimit) deep while rendering",
                hint: "a recursive partial never stops: make sure the data ends the recursion (e.g. an empty "
                    + "children list)")
        }
        nesting += 1
    }

    /// Counts one more level of partial, parent or passed-in block; `leave()` undoes it.
    private mutating func enter(_ name: String, at place: Place) throws(TemplateError) {
        guard includeDepth < Self.includeLimit else {
            throw error(
                .includeDepthExceeded(limit: Self.includeLimit, name: name), at: place,
                message: "partials, parents and blocks nested more than \(Self.includeLimit) deep when including \"\(name)\"",
                hint: "a recursive partial never stops: make sure the data ends the recursion (e.g. an empty "
                    + "children list) and that a dynamic partial does not name a template that includes it")
        }
        try descend(at: place)
        includeDepth += 1
    }

    private mutating func leave() {
        includeDepth -= 1
        nesting -= 1
    }

    /// A render-time error at a tag of the template being rendered.
    private func error(
        _ kind: TemplateError.Kind, at place: Place, message: String, hint: String
    ) -> TemplateError {
        let here = library.templates[templateName]?.source
            ?? SourceText(name: templateName, file: templateName, text: "")
        return TemplateError(
            kind: kind, file: here.file, line: place.line, column: place.column,
            sourceLine: here.lineText(number: place.line), message: message, hint: hint)
    }

    private mutating func include(
        _ target: Template, indentation own: String, arguments: [String: Argument]?, at place: Place
    ) throws(TemplateError) {
        try enter(target.name, at: place)
        let saved = (indentation, templateName)
        if !own.isEmpty {
            indentation += own
            atLineStart = true
        }
        if let arguments { overrides.append(arguments) }
        templateName = target.name
        try render(target.nodes)
        if arguments != nil { overrides.removeLast() }
        (indentation, templateName) = saved
        leave()
    }
}
