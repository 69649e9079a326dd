import PortalSupport

/// Gives the blocks of one page unique, stable, valid HTML ids.
///
/// Headings get a slug of their text, so links to them survive edits elsewhere in the speech; Chinese text is
/// kept as it is (HTML5 ids may hold any character but spaces). Paragraphs get an id made from their words
/// (`ParagraphAnchor`), which search results, keyword pages and citations link to; equal paragraphs are told
/// apart by `-2`, `-3`, … in order.
struct AnchorAllocator {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// At most this many characters of a heading go into its id: enough to tell headings apart, short in URLs.
    static let maximumSlugLength = 24

    mutating func paragraphAnchor(for text: String) -> String {
        unique(ParagraphAnchor.base(forText: text))
    }

    mutating func headingAnchor(for text: String) -> String {
        var base = Self.slug(text)
        // Paragraphs' ids (`p-k3x9q2`, and the old `p12` that pages still answer) are never a heading's: a
        // heading that slugs to one gets a prefix.
        if ParagraphAnchor.isParagraphAnchor(base) || ParagraphAnchor.legacyNumber(base) != nil { base = "h-" + base }
        return unique(base)
    }

    /// `base`, or `base-2`, `base-3`, … when it is taken.
    private mutating func unique(_ base: String) -> String {
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
            slug.append(scalar.isASCII ? Unicode.Scalar(UInt8(scalar.value) | (scalar.properties.isUppercase ? 0x20 : 0)) : scalar)
            length += 1
            if length >= maximumSlugLength { break }
        }
        return slug.isEmpty ? "section" : String(slug)
    }
}
