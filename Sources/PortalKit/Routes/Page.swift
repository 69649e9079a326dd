/// A page of the site: its kind and, for speeches and keywords, which one. `SiteRoutes` gives each its
/// address and `SiteViews` its values; a new kind of page (a page of a long list, say) is a new case here.
enum Page: Sendable, Hashable {
    case home
    case archive
    case keywordIndex
    case search
    case notFound
    case speech(SpeechID)
    case keyword(KeywordPageID)
    /// A keyword address published earlier that now leads elsewhere.
    case keywordRedirect(KeywordRedirectID)
}
