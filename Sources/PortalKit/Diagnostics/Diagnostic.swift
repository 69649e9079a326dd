import PortalSupport

/// One problem found in the input, printed once as `path:line:col: error: message` and a hint, as Zola does.
///
/// Components report problems as small error values (`Reportable`) without a place; the caller that knows
/// the place turns them into diagnostics with `init(_:at:)`, and a `MessageCatalogue` puts them into words
/// only when they are shown.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// An error stops the build; a warning is printed and the build goes on.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: Message
    /// How to fix it, in words an editor understands.
    public var hint: Message?
    /// Extra lines shown under the message (e.g. the source line with a caret).
    public var excerpt: String?

    /// The problem `report` found, at `location`.
    public init(_ report: some Reportable, at location: SourceLocation?, excerpt: String? = nil) {
        self.init(severity: report.severity, location: location, message: report.message, hint: report.hint, excerpt: excerpt)
    }

    /// A diagnostic from its parts, as the build cache stores it.
    public init(severity: Severity, location: SourceLocation?, message: Message, hint: Message?, excerpt: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.excerpt = excerpt
    }

    /// `path:line:col: error: message`, the excerpt, and `  hint: …`, in the catalogue's words
    /// (`path:line:col: 错误：…` and `  提示：…` in Chinese).
    public func text(in catalogue: MessageCatalogue) -> String {
        let separator = catalogue.text(Message(.labelSeparator))
        var text = location.map { "\($0): " } ?? ""
        text += label(in: catalogue) + separator + catalogue.text(message)
        if let excerpt, !excerpt.isEmpty { text += "\n" + excerpt }
        if let hint { text += "\n  " + catalogue.text(Message(.labelHint)) + separator + catalogue.text(hint) }
        return text
    }

    /// `error` or `warning`, in the catalogue's words.
    public func label(in catalogue: MessageCatalogue) -> String {
        catalogue.text(Message(severity == .error ? .labelError : .labelWarning))
    }

    /// In English.
    public var description: String { text(in: .english) }
}

/// A build that stopped because of errors; carries every error found (not just the first), sorted by place.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
