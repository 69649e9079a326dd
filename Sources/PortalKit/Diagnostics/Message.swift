/// A message for an editor before it is put into words: which message (a stable key), and the values it
/// names. A `MessageCatalogue` gives the words, so the same message can be printed in another language.
public struct Message: Sendable, Hashable {
    /// A value a message names: text shown as it is (a file name, a field, what the editor wrote), or a
    /// phrase that is a message of its own (`a list of texts`), put into words by the same catalogue.
    public indirect enum Argument: Sendable, Hashable {
        case text(String)
        case message(Message)
        /// Several values, joined the catalogue's way (`a, b` or `甲、乙`).
        case list([Argument])
    }

    /// Which message.
    public var key: MessageKey
    /// The values the message names, by the placeholder names of its words.
    public var arguments: [String: Argument]

    public init(_ key: MessageKey, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// A message whose values are all plain text.
    public init(_ key: MessageKey, texts: [String: String]) {
        self.init(key, texts.mapValues(Argument.text))
    }
}

/// An error or warning a component reports, without its place: the caller that knows the place makes it a
/// `Diagnostic` (`Diagnostic(error, at: place)`), the one way every problem reaches the editor.
public protocol Reportable: Error, Sendable {
    var message: Message { get }
    /// How to fix it, in words an editor understands.
    var hint: Message? { get }
    var severity: Diagnostic.Severity { get }
}

extension Reportable {
    public var severity: Diagnostic.Severity { .error }
}
