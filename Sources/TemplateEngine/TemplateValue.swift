/// A value a template can read. View models convert to this; rendering never inspects `Any`.
///
/// Truthiness (for `{{#name}}` and `{{^name}}`) follows the most widely used Mustache engines: `.null`, `false`,
/// `0`, `0.0`, `""` and `[]` are false; everything else, including an empty map, is true.
public enum TemplateValue: Sendable, Hashable {
    /// Provided but empty: prints nothing, is false, and is not reported by strict mode.
    case null
    /// Prints "true" or "false".
    case bool(Bool)
    /// Prints in decimal.
    case int(Int)
    /// Prints the shortest way that reads back as the same number, without ".0" when whole.
    case double(Double)
    /// Prints as is for `{{{name}}}` and `{{&name}}`, HTML-escaped for `{{name}}`.
    case string(String)
    /// A section renders once per element, with the element as the innermost context.
    case list([TemplateValue])
    /// The context a section pushes; names are looked up in it.
    case map([String: TemplateValue])
}

extension TemplateValue {
    /// Whether a section shows its content for this value (and an inverted section hides it).
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let flag): return flag
        case .int(let number): return number != 0
        case .double(let number): return number != 0 && !number.isNaN
        case .string(let text): return !text.isEmpty
        case .list(let items): return !items.isEmpty
        case .map: return true
        }
    }

    /// The text `{{name}}` prints for this value before HTML escaping; `nil` when it prints nothing.
    ///
    /// Lists and maps print nothing: printing a container is almost always a template bug, and the site's
    /// pages must not show Swift debug descriptions.
    public var interpolatedText: String? {
        switch self {
        case .null, .list, .map: return nil
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return Self.shortestText(number)
        case .string(let text): return text
        }
    }

    /// Whole numbers print without ".0" (as JSON writers and JavaScript do); others print the shortest way that
    /// reads back as the same number ("1.21" for 1.210).
    static func shortestText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return String(number)
    }

    /// The value for `key` when this is a map.
    public subscript(key: String) -> TemplateValue? {
        if case .map(let fields) = self { return fields[key] }
        return nil
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A later duplicate key wins, so a literal never traps.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { _, later in later }))
    }
}

extension TemplateValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return Self.shortestText(number)
        case .string(let text): return String(reflecting: text)
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let fields):
            let body = fields.keys.sorted().map { key in
                String(reflecting: key) + ": " + (fields[key]?.description ?? "null")
            }
            return "[" + (body.isEmpty ? ":" : body.joined(separator: ", ")) + "]"
        }
    }
}
