/// The language portalgen speaks to an editor in: Simplified Chinese or English.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// The words of every message in this language.
    public var catalogue: MessageCatalogue {
        switch self {
        case .chinese: .chinese
        case .english: .english
        }
    }

    /// The language a locale or a language tag names: `zh`, `zh_CN.UTF-8`, `zh-Hans`, `zh-CN` are Chinese;
    /// nil for one that names neither language, so the caller can go on looking.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") {
            self = .chinese
        } else if lowered.hasPrefix("en") {
            self = .english
        } else {
            return nil
        }
    }

    /// The language of the messages a process prints, from its environment as POSIX orders it: the first
    /// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides; Chinese when it starts with
    /// `zh`, English otherwise (`C`, `POSIX`, `en_US.UTF-8`, `de_DE`, nothing set).
    public static func fromEnvironment(_ environment: [String: String]) -> MessageLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.flatMap { $0.lowercased().hasPrefix("zh") ? .chinese : nil } ?? .english
    }

    /// The language of a site's pages (`language` in site.yml, e.g. `zh-CN`), for what the live preview
    /// shows over them; English for a site in any other language.
    public static func ofSite(_ language: String) -> MessageLanguage {
        MessageLanguage(code: language) ?? .english
    }
}
