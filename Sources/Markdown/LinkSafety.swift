/// Which link destinations could run code in a reader's browser. cmark's safe mode empties them; portalgen
/// removes such links altogether (keeping their text) and tells the editor.
enum LinkSafety {
    static func isUnsafe(_ destination: String, isImage: Bool) -> Bool {
        let trimmed = destination.drop { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.value < 0x20 } }
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        // Browsers ignore tabs and line breaks inside a scheme (`java\tscript:`).
        let scheme = trimmed[..<colon].filter { !$0.isWhitespace }.lowercased()
        switch scheme {
        case "javascript", "vbscript", "file": return true
        case "data":
            let rest = trimmed[trimmed.index(after: colon)...].lowercased()
            let images = ["image/png", "image/gif", "image/jpeg", "image/webp"]
            return !(isImage && images.contains { rest.hasPrefix($0) })
        default: return false
        }
    }
}
