/// What a speech's file name says: its slug, and often its date (`2023-10-23-peixunban.md`).
enum SpeechFileName {
    static let speechExtensions: Set<String> = ["md", "markdown", "txt"]

    /// `name` without its extension.
    static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// A `YYYY-MM-DD`, `YYYY-MM` or `YYYY` prefix followed by a separator or the end of the name.
    static func date(in name: String) -> SpeechDate? {
        let stem = Substring(stem(of: name))
        for length in [10, 7, 4] where stem.count >= length {
            let prefix = stem.prefix(length)
            let rest = stem.dropFirst(length)
            guard rest.isEmpty || ["-", "_", " ", "."].contains(rest.first!) else { continue }
            if let date = SpeechDate(parsing: String(prefix)) { return date }
        }
        return nil
    }

    /// Why `slug` cannot name a folder under the output folder, or nil when it can.
    static func problem(with slug: String) -> SlugProblem? {
        if slug.isEmpty { return .empty }
        if slug == "." || slug == ".." || slug.contains("..") { return .leavesFolder }
        if slug.hasPrefix("/") || slug.hasPrefix("\\") { return .absolute }
        if slug.contains("/") || slug.contains("\\") { return .separator }
        if slug.hasPrefix(".") { return .hidden }
        if slug.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return .controlCharacters }
        if slug.contains(where: { "?#%:*\"<>|".contains($0) }) { return .urlCharacter }
        if slug.utf8.count > 200 { return .tooLong }
        return nil
    }
}

/// Why a slug cannot be a folder of the site.
enum SlugProblem: Sendable, Equatable {
    case empty, leavesFolder, absolute, separator, hidden, controlCharacters, urlCharacter, tooLong

    var message: Message {
        switch self {
        case .empty: Message(.slugEmpty)
        case .leavesFolder: Message(.slugLeavesFolder)
        case .absolute: Message(.slugAbsolute)
        case .separator: Message(.slugSeparator)
        case .hidden: Message(.slugHidden)
        case .controlCharacters: Message(.slugControlCharacters)
        case .urlCharacter: Message(.slugURLCharacter)
        case .tooLong: Message(.slugTooLong)
        }
    }
}
