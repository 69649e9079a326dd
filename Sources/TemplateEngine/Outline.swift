/// What the load-time checks need to know about a template besides its tree.
struct Outline: Sendable {
    /// Static partials and parents, in source order.
    var includes: [Include] = []
    /// Every block name in the template, of blocks it declares and blocks it passes to a parent alike.
    var blockNames: Set<String> = []
    /// Has `{{>*name}}` or `{{<*name}}`, so what it includes is known only at render time.
    var includesDynamically = false
}

/// A static `{{>name}}` or `{{<name}}` in a template.
struct Include: Sendable {
    let name: String
    let isParent: Bool
    let place: Place
    /// Inside a section, inverted section or block, so whether it renders depends on data or on a child template:
    /// recursion through it can end, recursion outside of all of them cannot.
    let guarded: Bool
    /// For a parent, the blocks it passes, with the places of their `{{$name}}` tags.
    let arguments: [(name: String, place: Place)]
}
