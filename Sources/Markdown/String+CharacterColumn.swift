import PortalSupport

extension String {
    /// The character column of a cmark position, which counts UTF-8 bytes from 1.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        var lines = utf8[...]
        var current = 1
        while current < line, lines.nextLine() != nil { current += 1 }
        guard let text = lines.nextLine() else { return byteColumn }
        let prefix = text.prefix(max(0, byteColumn - 1))
        return Substring(prefix).count + 1
    }
}
