/// The order of a keyword's compilation (原文摘编): its speeches newest first, or oldest first. Speeches of
/// unknown date come last either way; each speech's paragraphs keep the order of its text.
enum CompilationOrder: String, Sendable, Hashable, CaseIterable {
    case newestFirst
    case oldestFirst
}
