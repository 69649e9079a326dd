/// Gives the blocks of one page unique, stable, valid HTML ids.
///
/// Headings get a slug of their text, so links to them survive edits elsewhere in the speech; Chinese text is
/// kept as it is (HTML5 ids may hold any character but spaces). Paragraphs get `p1`, `p2`, … in order, which
/// is what keyword pages link to.
struct AnchorAllocator {
    private var used: Set<String> = []
    private var paragraphs = 0

    /// At most this many characters of a heading go into its id: enough to tell headings apart, short in URLs.
    static let maximumSlugLength = 24

    mutating func paragraphAnchor() -> String {
        paragraphs += 1
        let anchor = "p\(paragraphs)"
        used.insert(anchor)
        return anchor
    }

    mutating func headingAnchor(for text: String) -> String {
        var base = Self.slug(text)
        // `p12` is reserved for paragraphs; a heading that slugs to it gets a prefix.
        if Self.isParagraphAnchor(base) { base = "h-" + base }
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Letters and digits of any script, other runs collapsed to one `-`, ASCII lowercased.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingSeparator = false
        var length = 0
        for character in text {
            if character.isLetter || character.isNumber {
                if pendingSeparator && !slug.isEmpty {
                    slug.append("-")
                    length += 1
                }
                pendingSeparator = false
                slug.append(contentsOf: character.isASCII ? character.lowercased() : String(character))
                length += 1
                if length >= maximumSlugLength { break }
            } else {
                pendingSeparator = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    private static func isParagraphAnchor(_ text: String) -> Bool {
        text.first == "p" && text.count > 1 && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
