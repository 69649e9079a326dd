extension String {
    /// The text between two UTF-8 offsets (clamped to the string), as matches and snippets give them.
    public func utf8Slice(_ range: Range<Int>) -> String {
        let utf8 = self.utf8
        let lower = Swift.min(Swift.max(range.lowerBound, 0), utf8.count)
        let upper = Swift.min(Swift.max(range.upperBound, lower), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(utf8.startIndex, offsetBy: upper)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}
