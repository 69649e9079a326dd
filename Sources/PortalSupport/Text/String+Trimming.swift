extension String {
    /// Trims spaces, tabs, line ends, no-break and full-width spaces an editor's tools leave around values.
    package func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) }) ?? first
        return String(self[first...last])
    }

    /// nil for the empty string, so optional fields stay absent rather than empty.
    package var nilIfEmpty: String? { isEmpty ? nil : self }
}
