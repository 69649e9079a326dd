@testable import PortalKit

extension MessageSamples {
    /// What listing the content's files reports, and front matter whose aliases grow too large.
    static var listingSamples: [any Reportable] {
        [
            FileListingError.undecodableName(strict: false), FileListingError.danglingLink(strict: true),
            FileListingError.linkLoop(strict: false), FileListingError.linkOutsideSite(target: "/etc/passwd"),
            FileListingError.linkOutsideSite(target: "/srv/site.yml", allowable: false),
            FileListingError.emptySite(previousSpeeches: 12, output: "public"),
            ContentError.aliasExpansion(field: "keywords", allowance: YAMLExpansion.aliasAllowance), ContentError.aliasKey,
        ]
    }
}
