import PortalSupport

/// A Markdown file split into its YAML front matter and its body, with the lines where each begins.
struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines.
    var yaml: String
    /// The file line of the first YAML line (1-based).
    var yamlFirstLine: Int
    /// The Markdown after the closing `---` line.
    var body: String
    /// The file line of the body's first line (1-based).
    var bodyFirstLine: Int

    /// Splits `text` at the `---` fences. A file must open with `---` on its first line.
    static func split(_ text: String) throws(ContentError) -> FrontMatter {
        var lines = text.utf8[...]
        guard let opening = lines.nextLine(), isFence(opening) else {
            throw .missingFrontMatter
        }
        let yamlStart = lines.startIndex
        var lineNumber = 2
        while let line = lines.nextLine() {
            if isFence(line) || isEnd(line) {
                let yaml = String(Substring(text.utf8[yamlStart..<line.startIndex]))
                let body = String(Substring(text.utf8[lines.startIndex...]))
                return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1)
            }
            lineNumber += 1
        }
        throw .unclosedFrontMatter
    }

    private static func isFence(_ line: Substring.UTF8View) -> Bool { trimmedEquals(line, "---") }
    private static func isEnd(_ line: Substring.UTF8View) -> Bool { trimmedEquals(line, "...") }

    private static func trimmedEquals(_ line: Substring.UTF8View, _ marker: StaticString) -> Bool {
        var end = line.endIndex
        while end > line.startIndex {
            let previous = line.index(before: end)
            let byte = line[previous]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D else { break }
            end = previous
        }
        let content = line[line.startIndex..<end]
        return content.elementsEqual(UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount))
    }
}
