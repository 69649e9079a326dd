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
    ///
    /// Read as UTF-8: every byte a name accepts is ASCII, and an ASCII character is a whole `Character` unless
    /// a combining mark follows it. A name character with one after it ends the name at a byte that is not
    /// `}` (no placeholder, as when reading characters); a `}` with one after it is not a `}` character, which
    /// only the character view tells.
    private static func placeholder(at open: Substring.Index, in text: Substring) -> (String, Substring.Index)? {
        let bytes = text.utf8
        var index = bytes.index(after: open)
        let nameStart = index
        while index < bytes.endIndex, isNameByte(bytes[index]) { index = bytes.index(after: index) }
        guard index > nameStart, index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") else { return nil }
        let name = String(text[nameStart..<index])
        let after = bytes.index(after: index)
        if after < bytes.endIndex, bytes[after] >= 0x80 {
            guard text[index] == "}" else { return nil }
            return (name, text.index(after: index))
        }
        return (name, after)
    }

    /// An ASCII letter, digit or `_`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }
}
