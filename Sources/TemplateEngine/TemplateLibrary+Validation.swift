/// Load-time checks across templates: every static partial and parent exists, and none includes itself without
/// end.
extension TemplateLibrary {
    func checkIncludes() throws(TemplateError) {
        for name in names {
            guard let template = templates[name] else { continue }
            for include in template.outline.includes where templates[include.name] == nil {
                guard missingPartials == .error else { continue }
                throw unknownInclude(include, in: template)
            }
        }
        try checkEndlessIncludes()
        try checkPassedBlocks()
    }

    private func unknownInclude(_ include: Include, in template: Template) -> TemplateError {
        let suggestions = Suggestions.nearest(to: include.name, in: names)
        let noun = include.isParent ? "parent" : "partial"
        let kind: TemplateError.Kind = include.isParent
            ? .unknownParent(name: include.name, suggestions: suggestions)
            : .unknownPartial(name: include.name, suggestions: suggestions)
        let wanted = expectedFile(for: include.name, like: template)
        var hint = Suggestions.phrase(suggestions)
        if hint.isEmpty {
            hint = "create \(wanted), or use the name of an existing template"
        } else {
            hint += " (a \(noun) is named by its path without \".mustache\"; otherwise create \(wanted))"
        }
        return template.error(
            kind, at: include.place, message: "unknown \(noun) \"\(include.name)\"", hint: hint)
    }

    /// Where a template of that name would live, written like the including template's file name.
    private func expectedFile(for name: String, like template: Template) -> String {
        let file = template.file
        guard file != template.name, file.hasSuffix(template.name + ".mustache") else { return name }
        return String(file.dropLast(template.name.count + ".mustache".count)) + name + ".mustache"
    }

    /// Finds a cycle among includes that render unconditionally (outside every section and block). Such a cycle
    /// never ends whatever the data, so it is refused now rather than found as a deep recursion at render time.
    private func checkEndlessIncludes() throws(TemplateError) {
        enum State { case unvisited, active, done }
        var state: [String: State] = [:]
        for root in names where state[root, default: .unvisited] == .unvisited {
            // Iterative depth-first search, so a long chain of templates cannot overflow the stack.
            var path: [(name: String, next: Int)] = [(root, 0)]
            state[root] = .active
            while let (name, next) = path.last {
                let includes = templates[name]?.outline.includes ?? []
                guard next < includes.count else {
                    state[name] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next = next + 1
                let include = includes[next]
                guard !include.guarded, templates[include.name] != nil else { continue }
                switch state[include.name, default: .unvisited] {
                case .unvisited:
                    state[include.name] = .active
                    path.append((include.name, 0))
                case .active:
                    let start = path.firstIndex { $0.name == include.name } ?? 0
                    let cycle = path[start...].map(\.name) + [include.name]
                    if let template = templates[name] {
                        throw endlessInclude(include, cycle: cycle, in: template)
                    }
                case .done:
                    continue
                }
            }
        }
    }

    private func endlessInclude(_ include: Include, cycle: [String], in template: Template) -> TemplateError {
        let noun = include.isParent ? "parent" : "partial"
        let chain = cycle.joined(separator: " → ")
        let tag = include.isParent ? "{{<\(include.name)}}…{{/\(include.name)}}" : "{{>\(include.name)}}"
        let message = cycle.count <= 2
            ? "\(noun) \"\(include.name)\" includes itself without end"
            : "\(noun) \"\(include.name)\" includes itself without end: \(chain)"
        return template.error(
            .recursiveInclude(cycle: cycle), at: include.place, message: message,
            hint: "put \(tag) inside a section that ends the recursion, e.g. {{#children}}\(tag){{/children}}, "
                + "or remove it")
    }

    /// A block passed to a parent under a name the parent never shows is silently dropped, which hides a misspelt
    /// block name the way plain Mustache hides a misspelt variable; so it is refused. Parents that include
    /// something dynamically are not checked, since what they can show is known only at render time.
    private func checkPassedBlocks() throws(TemplateError) {
        var cache: [String: Set<String>?] = [:]
        for name in names {
            guard let template = templates[name] else { continue }
            for include in template.outline.includes where include.isParent && !include.arguments.isEmpty {
                if cache[include.name] == nil { cache[include.name] = blockNames(reachableFrom: include.name) }
                guard let known = cache[include.name] ?? nil else { continue }
                for argument in include.arguments where !known.contains(argument.name) {
                    let suggestions = Suggestions.nearest(to: argument.name, in: known.sorted())
                    let listed = known.sorted().joined(separator: ", ")
                    let hint = suggestions.isEmpty
                        ? "\(include.name) shows no block of that name (its blocks: \(listed.isEmpty ? "none" : listed))"
                        : Suggestions.phrase(suggestions) + " (the blocks of \(include.name): \(listed))"
                    throw template.error(
                        .unknownBlock(name: argument.name, parent: include.name, suggestions: suggestions),
                        at: argument.place,
                        message: "block \"\(argument.name)\" is not a block of parent \"\(include.name)\"", hint: hint)
                }
            }
        }
    }

    /// Block names in a template and everything it includes statically; nil when that is not fully known.
    private func blockNames(reachableFrom root: String) -> Set<String>? {
        var names: Set<String> = []
        var seen: Set<String> = [root]
        var pending = [root]
        while let name = pending.popLast() {
            guard let template = templates[name], !template.outline.includesDynamically else { return nil }
            names.formUnion(template.outline.blockNames)
            for include in template.outline.includes where seen.insert(include.name).inserted {
                pending.append(include.name)
            }
        }
        return names
    }
}
