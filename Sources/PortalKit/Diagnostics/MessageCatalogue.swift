import PortalSupport

/// The words of every message in one language. Each key has a text with `{name}` placeholders; a value that
/// is itself a message is put into words by the same catalogue.
public struct MessageCatalogue: Sendable {
    private let text: @Sendable (MessageKey) -> String

    /// - Parameter text: the text of each key; an exhaustive `switch`, so no key can be missing.
    public init(text: @escaping @Sendable (MessageKey) -> String) {
        self.text = text
    }

    /// English, the language of portalgen's messages unless the editor's locale or `--lang` says Chinese.
    public static let english = MessageCatalogue(text: EnglishMessages.text)

    /// Simplified Chinese, for editors whose locale is `zh…` or who ask with `--lang zh`.
    public static let chinese = MessageCatalogue(text: ChineseMessages.text)

    /// The text of `key`, placeholders unfilled.
    public func template(_ key: MessageKey) -> String { text(key) }

    /// `message` in words.
    public func text(_ message: Message) -> String {
        PlaceholderText.fill(text(message.key), message.arguments.mapValues(text))
    }

    private func text(_ argument: Message.Argument) -> String {
        switch argument {
        case .text(let value): value
        case .message(let nested): text(nested)
        case .list(let items): items.map(text).joined(separator: text(.listSeparator))
        }
    }
}
