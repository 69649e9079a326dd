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
