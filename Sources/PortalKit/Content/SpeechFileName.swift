/// What a speech's file name says: its slug, and often its date (`2023-10-23-peixunban.md`).
enum SpeechFileName {
    static let speechExtensions: Set<String> = ["md", "markdown", "txt", "docx"]

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

    /// The years a speech can plausibly be from, for a year found in a file name.
    static let plausibleYears = 1900...2099

    /// A year written anywhere in the file name (`021_gwr_1993.txt`, `1993-报告.txt`, `报告1993年.txt`): the
    /// first run of exactly four ASCII digits that is a plausible year; a longer run of digits
    /// (`speech-05000`, `20231023`) is no year.
    static func year(in name: String) -> SpeechDate? {
        var digits = 0, value = 0
        for scalar in stem(of: name).unicodeScalars + [" "] {
            if scalar.value >= 0x30, scalar.value <= 0x39 {
                digits += 1
                if digits <= 4 { value = value * 10 + Int(scalar.value - 0x30) }
                continue
            }
            if digits == 4, plausibleYears.contains(value) { return SpeechDate(year: value) }
            digits = 0
            value = 0
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
