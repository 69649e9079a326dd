extension String {
    /// Text safe inside HTML elements and double- or single-quoted attributes.
    package var escapedForHTML: String {
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return self
        }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Same escaping as for element text: it covers both quote styles.
    package var escapedForHTMLAttribute: String { escapedForHTML }

    /// Text safe in XML (feeds and sitemaps): the HTML escapes are XML's predefined entities or character
    /// references, and characters XML 1.0 forbids (most C0 controls) are dropped.
    package var escapedForXML: String {
        let allowed = unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let clean = allowed ? self : String(String.UnicodeScalarView(unicodeScalars.filter {
            $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r"
        }))
        return clean.escapedForHTML
    }
}
