/// Text with `{name}` placeholders, as the theme's labels and the message catalogue write it: the words and
/// their order belong to the text, so a translation can move the values around. A `{` that does not open a
/// placeholder (a name of ASCII letters, digits and `_`, then `}`) is text like any other.
package enum PlaceholderText {
    /// `template` with each `{name}` replaced by `values[name]`; a placeholder without a value is kept.
    package static func fill(_ template: String, _ values: [String: String]) -> String {
        // Most labels have no placeholder at all: no need to walk their characters.
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            if let (name, after) = placeholder(at: open, in: rest), let value = values[name] {
                result += value
                rest = rest[after...]
            } else {
                result += "{"
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// The names of the placeholders in `template`, in order.
    package static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            if let (name, after) = placeholder(at: open, in: rest) {
                names.append(name)
                rest = rest[after...]
            } else {
                rest = rest[rest.index(after: open)...]
            }
        }
        return names
    }

    /// The placeholder whose `{` is at `open`, and where the text after its `}` starts.
    private static func placeholder(at open: Substring.Index, in text: Substring) -> (String, Substring.Index)? {
        var index = text.index(after: open)
        var name = ""
        while index < text.endIndex, let scalar = text[index].unicodeScalars.first, text[index].unicodeScalars.count == 1,
              isNameCharacter(scalar) {
            name.unicodeScalars.append(scalar)
            index = text.index(after: index)
        }
        guard !name.isEmpty, index < text.endIndex, text[index] == "}" else { return nil }
        return (name, text.index(after: index))
    }

    /// An ASCII letter, digit or `_`. (The ASCII scalars with Unicode's Alphabetic property are exactly the
    /// letters; asking for the property itself costs a table lookup per character.)
    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }
}
