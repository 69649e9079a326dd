/// Writes front matter an editor can read and edit: plain values where YAML allows, quoted where it must.
struct FrontMatterWriter {
    private var lines: [String] = ["---"]

    mutating func add(_ field: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        lines.append("\(field): \(Self.scalar(value))")
    }

    /// `draft: true`, a YAML boolean.
    mutating func add(_ field: String, _ value: Bool) {
        lines.append("\(field): \(value)")
    }

    mutating func add(_ field: String, list values: [String]) {
        guard !values.isEmpty else { return }
        lines.append("\(field): [" + values.map(Self.scalar).joined(separator: ", ") + "]")
    }

    /// A comment line, for fields the editor should fill in.
    mutating func comment(_ text: String) {
        lines.append("# " + text)
    }

    var text: String { (lines + ["---", ""]).joined(separator: "\n") }

    /// `value` as a YAML scalar: plain when it cannot be misread, double-quoted otherwise.
    static func scalar(_ value: String) -> String {
        let specialStarts: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'",
                                             "\"", "%", "@", "`", " "]
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        let looksNumeric = value.allSatisfy { $0.isASCII && ($0.isNumber || "-.:+eE_".contains($0)) }
        let plain = !value.isEmpty && !specialStarts.contains(value.first!) && value.last != " "
            && !value.contains(": ") && !value.contains(" #") && !value.hasSuffix(":")
            && !value.contains(where: { $0.isNewline || $0 == "\t" || $0.unicodeScalars.contains { $0.value < 0x20 } })
            && !reserved.contains(value.lowercased()) && !looksNumeric
        if plain { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    quoted += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}
