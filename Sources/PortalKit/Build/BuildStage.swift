/// A stage of a build, in the order they run, as progress lines and `--verbose` name them.
public enum BuildStage: String, Sendable, CaseIterable {
    case load, parse, duplicates, keywords, markdown, link, render, search, commit

    /// The stage's name in a message.
    public var message: Message {
        switch self {
        case .load: Message(.stageLoad)
        case .parse: Message(.stageParse)
        case .duplicates: Message(.stageDuplicates)
        case .keywords: Message(.stageKeywords)
        case .markdown: Message(.stageMarkdown)
        case .link: Message(.stageLink)
        case .render: Message(.stageRender)
        case .search: Message(.stageSearch)
        case .commit: Message(.stageCommit)
        }
    }
}
