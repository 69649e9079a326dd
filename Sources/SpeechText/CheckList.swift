/// The checks reported to the editor, capped: a malformed file could otherwise produce one
/// message per line, millions for a large file, which no editor reads.
struct CheckList {
    static let limit = 40

    private(set) var messages: [SpeechCheck] = []
    private var dropped = 0

    mutating func add(_ message: @autoclosure () -> SpeechCheck) {
        if messages.count < Self.limit { messages.append(message()) } else { dropped += 1 }
    }

    mutating func add(contentsOf other: CheckList) {
        for message in other.messages { add(message) }
        dropped += other.dropped
    }

    /// Counts messages left out elsewhere (see `LineChecks`) as if they had been added here.
    mutating func addDropped(_ count: Int) {
        dropped += count
    }

    /// The messages, with a last line saying how many more were left out.
    var all: [SpeechCheck] {
        dropped == 0 ? messages : messages + [.more(dropped)]
    }
}
