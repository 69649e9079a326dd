/// Nearest names for "did you mean" hints.
enum Suggestions {
    /// Up to `limit` of `candidates` closest to `name` by edit distance, closest first; a candidate whose last path
    /// component equals `name`'s ("header" for "partials/header") always counts as close.
    static func nearest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name)
        let targetLeaf = name.split(separator: "/").last.map(String.init) ?? name
        let threshold = max(2, target.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for candidate in candidates where candidate != name {
            var distance = editDistance(target, Array(candidate), limit: threshold)
            let leaf = candidate.split(separator: "/").last.map(String.init) ?? candidate
            if leaf == targetLeaf { distance = min(distance, 1) }
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(limit).map(\.name)
    }

    /// Levenshtein distance between two character arrays; anything above `limit` is reported as `limit + 1`,
    /// which keeps comparisons against long names cheap.
    static func editDistance(_ left: [Character], _ right: [Character], limit: Int) -> Int {
        if abs(left.count - right.count) > limit { return limit + 1 }
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = Array(repeating: 0, count: right.count + 1)
        for (row, leftCharacter) in left.enumerated() {
            current[0] = row + 1
            var rowMinimum = current[0]
            for (column, rightCharacter) in right.enumerated() {
                let substitution = previous[column] + (leftCharacter == rightCharacter ? 0 : 1)
                current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
                rowMinimum = min(rowMinimum, current[column + 1])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// "did you mean "a" or "b"?" or an empty string.
    static func phrase(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return "did you mean \"\(names[0])\"?"
        default:
            let quoted = names.map { "\"\($0)\"" }
            return "did you mean " + quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "") + "?"
        }
    }
}
