import Yams

/// The size of YAML with its aliases written out, bounded.
///
/// An anchor (`&s`) and its aliases (`*s`) let a few bytes stand for many copies of a value: thirty thousand
/// `*s` of a 1 MB anchor are 30 GB of keywords, and nested anchors grow exponentially ("billion laughs"). The
/// parser shares the copies, but everything after it (splitting, hashing, pages) would handle each one. So
/// aliases may add at most `aliasAllowance` to what the file holds; YAML without aliases is never refused.
enum YAMLExpansion {
    /// How much aliases may add to the file's own size, in bytes of text (plus one per value).
    static let aliasAllowance = 1 << 20

    /// The budget for YAML of `writtenBytes`.
    static func budget(forWrittenBytes writtenBytes: Int) -> Int { writtenBytes + aliasAllowance }

    /// Takes the size of `node` written out (bytes of its texts, plus one per value) from `budget`. Returns
    /// false, having stopped early, once the budget is spent: the walk costs at most `budget` steps, however
    /// many copies the aliases stand for.
    static func spend(_ node: Node, from budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar(let scalar):
            budget -= scalar.string.utf8.count
            return budget >= 0
        case .sequence(let sequence):
            for item in sequence where !spend(item, from: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping where !spend(key, from: &budget) || !spend(value, from: &budget) { return false }
            return true
        case .alias:
            return true
        }
    }
}

extension YAMLExpansion {
    /// The first mapping key that is, or holds, an alias (`? *a : 1`, `[*a]: 1`), or nil.
    ///
    /// The parser compares a mapping's keys by hashing each one whole, aliases written out, before anything
    /// here sees the tree: a key that is an alias of a nested anchor would take longer than the age of the
    /// universe. So the YAML is first parsed with every alias replaced by a plain marker (which cannot grow),
    /// and a key holding a marker is refused before the real parse. Returns nil at once for YAML with no `*`.
    static func aliasKey(in yaml: String) -> Node? {
        guard let markedText = markingAliases(in: yaml), let marked = try? Yams.compose(yaml: markedText) else { return nil }
        return firstMarkedKey(in: marked)
    }

    /// Marks every alias in plain text: what YAML would read as `*name` becomes a plain scalar holding U+E000.
    private static let marker: Unicode.Scalar = "\u{E000}"

    /// `yaml` with each token that may be an alias (`*` after a line start, a space or `[{,?:`, then a name)
    /// replaced by `marker` and the name; nil when there is none. A `*` inside text that only looks like an
    /// alias is replaced too: that only makes this check more careful, never the values read.
    private static func markingAliases(in yaml: String) -> String? {
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar = "\n"
        var found = false
        for scalar in yaml.unicodeScalars {
            if scalar == "*" && " \t\r\n[{,?:".unicodeScalars.contains(previous) {
                result.append(marker)
                found = true
            } else {
                result.append(scalar)
            }
            previous = scalar
        }
        return found ? String(result) : nil
    }

    private static func firstMarkedKey(in node: Node) -> Node? {
        switch node {
        case .scalar, .alias:
            return nil
        case .sequence(let sequence):
            for item in sequence { if let key = firstMarkedKey(in: item) { return key } }
            return nil
        case .mapping(let mapping):
            for (key, value) in mapping {
                if holdsMarker(key) { return key }
                if let found = firstMarkedKey(in: value) { return found }
            }
            return nil
        }
    }

    private static func holdsMarker(_ node: Node) -> Bool {
        switch node {
        case .scalar(let scalar): scalar.string.unicodeScalars.contains(marker)
        case .sequence(let sequence): sequence.contains(where: holdsMarker)
        case .mapping(let mapping): mapping.contains { holdsMarker($0.key) || holdsMarker($0.value) }
        case .alias: true
        }
    }
}
