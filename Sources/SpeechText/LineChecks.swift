/// Checks about lines, found in any order and reported in line order. Only the first
/// `CheckList.limit` lines' messages are ever kept (and built: the message is an autoclosure);
/// the rest are counted.
struct LineChecks {
    private var kept: [(line: Int, message: SpeechCheck)] = []
    private(set) var dropped = 0

    mutating func add(line: Int, _ message: @autoclosure () -> SpeechCheck) {
        if kept.count == CheckList.limit {
            guard let last = kept.last, line < last.line else { dropped += 1; return }
            kept.removeLast()
            dropped += 1
        }
        let index = kept.firstIndex { $0.line > line } ?? kept.count
        kept.insert((line, message()), at: index)
    }

    /// Adds the kept messages, in line order, and the count of the others to `checks`.
    func add(to checks: inout CheckList) {
        for item in kept { checks.add(item.message) }
        checks.addDropped(dropped)
    }
}
