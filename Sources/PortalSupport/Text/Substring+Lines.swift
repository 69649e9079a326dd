extension Substring.UTF8View {
    /// Removes and returns the next line without its `\n` (a `\r` before it is kept for the caller to trim).
    package mutating func nextLine() -> Substring.UTF8View? {
        guard !isEmpty else { return nil }
        if let newline = firstIndex(of: 0x0A) {
            let line = self[startIndex..<newline]
            self = self[index(after: newline)...]
            return line
        }
        let line = self
        self = self[endIndex...]
        return line
    }
}
