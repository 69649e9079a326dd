import PortalSupport

/// The words of every message in one language. Each key has a text with `{name}` placeholders; a value that
/// is itself a message is put into words by the same catalogue.
public struct MessageCatalogue: Sendable {
    private let text: @Sendable (MessageKey) -> String

    /// - Parameter text: the text of each key; an exhaustive `switch`, so no key can be missing.
    public init(text: @escaping @Sendable (MessageKey) -> String) {
        self.text = text
    }

    /// English, the language of portalgen's messages until another catalogue is chosen.
    public static let english = MessageCatalogue(text: EnglishMessages.text)

    /// The text of `key`, placeholders unfilled.
    public func template(_ key: MessageKey) -> String { text(key) }

    /// `message` in words.
    public func text(_ message: Message) -> String {
        PlaceholderText.fill(text(message.key), message.arguments.mapValues { argument in
            switch argument {
            case .text(let value): value
            case .message(let nested): self.text(nested)
            }
        })
    }
}
