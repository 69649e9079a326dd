/// A page of the site: its kind and, for speeches, keywords and the archive's lists, which one. `SiteRoutes`
/// gives each its address and `SiteViews` its values; a new kind of page is a new case here. Pages of a long
/// list are numbered from 1; page 1 has the list's own address.
enum Page: Sendable, Hashable {
    case home
    /// The archive's front page: the years and months.
    case archive
    /// A year or month of the archive.
    case archiveList(ArchiveList, page: Int)
    case keywordIndex
    case search
    case notFound
    case speech(SpeechID)
    case keyword(KeywordPageID, page: Int)
    /// A keyword address published earlier that now leads elsewhere.
    case keywordRedirect(KeywordRedirectID)
    /// A keyword's compilation (原文摘编): every paragraph that uses it.
    case compilation(KeywordPageID, page: Int)
}
