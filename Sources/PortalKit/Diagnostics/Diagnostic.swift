import PortalSupport

/// One problem found in the input, printed once as `path:line:col: error: message` and a hint, as Zola does.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// How to fix it, in words an editor understands.
    public var hint: String?
    /// Extra lines shown under the message (e.g. the source line with a caret).
    public var excerpt: String?

    public init(
        _ severity: Severity = .error, at location: SourceLocation?, _ message: String,
        hint: String? = nil, excerpt: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.excerpt = excerpt
    }

    public static func error(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation?, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let excerpt, !excerpt.isEmpty { text += "\n" + excerpt }
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
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
