import PortalSupport

/// Gives the blocks of one page unique, stable, valid HTML ids.
///
/// Headings get a slug of their text, so links to them survive edits elsewhere in the speech; Chinese text is
/// kept as it is (HTML5 ids may hold any character but spaces). Paragraphs get `p1`, `p2`, … in order, which
/// is what keyword pages link to.
struct AnchorAllocator {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]
    private var paragraphs = 0

    /// At most this many characters of a heading go into its id: enough to tell headings apart, short in URLs.
    static let maximumSlugLength = 24

    /// Not recorded in `used`: a heading never gets a `p12`-like id (see `headingAnchor(for:)`), so the two
    /// kinds cannot meet.
    mutating func paragraphAnchor() -> String {
        paragraphs += 1
        return "p" + String(paragraphs)
    }

    mutating func headingAnchor(for text: String) -> String {
        var base = Self.slug(text)
        // `p12` is reserved for paragraphs; a heading that slugs to it gets a prefix.
        if Self.isParagraphAnchor(base) { base = "h-" + base }
        // The next suffix to try per base, so a heading repeated thousands of times (a pasted-together file)
        // costs one probe each, not one per earlier repeat.
        var counter = nextSuffix[base, default: 2]
        var candidate = used.contains(base) ? "\(base)-\(counter)" : base
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        if candidate != base { nextSuffix[base] = counter + 1 }
        used.insert(candidate)
        return candidate
    }

    /// Letters and digits of any script, other runs collapsed to one `-`, ASCII lowercased.
    static func slug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        var pendingSeparator = false
        var length = 0
        for scalar in text.unicodeScalars {
            guard CJKCharacters.isWordCharacter(scalar.value) else {
                pendingSeparator = true
                continue
            }
            if pendingSeparator && !slug.isEmpty {
                slug.append("-")
                length += 1
            }
            pendingSeparator = false
            // ASCII's uppercase letters are A–Z: no Unicode property lookup needed.
            slug.append(scalar.isASCII ? Unicode.Scalar(UInt8(scalar.value) | (0x41...0x5A ~= scalar.value ? 0x20 : 0)) : scalar)
            length += 1
            if length >= maximumSlugLength { break }
        }
        return slug.isEmpty ? "section" : String(slug)
    }

    private static func isParagraphAnchor(_ text: String) -> Bool {
        text.first == "p" && text.count > 1 && text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
