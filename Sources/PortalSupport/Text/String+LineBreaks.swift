extension String {
    /// Whether the text has a `\n`, by `memchr` over its bytes: this runs for every paragraph of the site.
    package var containsLineBreak: Bool {
        var copy = self
        return copy.withUTF8 { Platform.contains(0x0A, in: UnsafeRawBufferPointer($0)) }
    }

    /// Line breaks inside a paragraph become nothing between Chinese characters and a space elsewhere, as a
    /// browser should show them.
    package var replacingLineBreaks: String {
        guard containsLineBreak else { return self }
        var result = ""
        var previous: Character?
        var pendingBreak = false
        for character in self {
            if character == "\n" {
                pendingBreak = true
                continue
            }
            if pendingBreak, let before = previous,
               !(before.unicodeScalars.first?.isCJK ?? false && character.unicodeScalars.first?.isCJK ?? false) {
                result.append(" ")
            }
            pendingBreak = false
            result.append(character)
            previous = character
        }
        return result
    }
}
