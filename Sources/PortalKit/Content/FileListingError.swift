/// What listing the content's files finds that cannot become part of the site: names and links that would
/// otherwise be left out without a word, links that leave the site folder, and a site about to be published
/// without the speeches the last one had.
enum FileListingError: Reportable, Equatable {
    /// A file name that is not valid UTF-8 (names copied from old Windows systems or zip archives).
    case undecodableName(strict: Bool)
    case danglingLink(strict: Bool)
    case linkLoop(strict: Bool)
    /// A symbolic link to `target`, outside the site folder, which `site.yml` does not allow (`allowable`) or
    /// cannot allow (site.yml itself).
    case linkOutsideSite(target: String, allowable: Bool = true)
    /// A build without speeches whose output folder holds a site of `previousSpeeches`.
    case emptySite(previousSpeeches: Int, output: String)

    var severity: Diagnostic.Severity {
        switch self {
        case .undecodableName(let strict), .danglingLink(let strict), .linkLoop(let strict): strict ? .error : .warning
        case .linkOutsideSite, .emptySite: .error
        }
    }

    var message: Message {
        switch self {
        case .undecodableName: Message(.listingUndecodableName)
        case .danglingLink: Message(.listingDanglingLink)
        case .linkLoop: Message(.listingLinkLoop)
        case .linkOutsideSite(let target, _): Message(.listingLinkOutsideSite, texts: ["target": target])
        case let .emptySite(count, output): Message(.listingEmptySite, texts: ["count": String(count), "output": output])
        }
    }

    var hint: Message? {
        switch self {
        case .undecodableName: Message(.listingUndecodableNameHint)
        case .danglingLink, .linkLoop: Message(.listingBrokenLinkHint)
        case .linkOutsideSite(_, true): Message(.listingLinkOutsideSiteHint, texts: ["field": SiteConfig.linksOutsideSiteField])
        case .linkOutsideSite(_, false): Message(.listingSettingsLinkOutsideSiteHint)
        case .emptySite: Message(.listingEmptySiteHint)
        }
    }
}
