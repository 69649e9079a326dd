import Foundation
import PortalKit
import PortalSupport

/// The language of the site's pages (`language` in site.yml), for the errors the preview shows over them.
/// The file is read again only when it changed: every build reads it anyway, and most rebuilds follow an
/// edit of a speech.
final class SiteLanguage: @unchecked Sendable {
    private let siteRoot: String
    private let lock = NSLock()
    private var known: (stamp: FileStamp?, language: MessageLanguage)?

    init(siteRoot: String) {
        self.siteRoot = siteRoot
    }

    /// The language site.yml gives now.
    func current() -> MessageLanguage {
        let stamp = FileSystem.stamp(SiteConfig.path(siteRoot: siteRoot))
        return lock.withLock {
            if let known, known.stamp == stamp { return known.language }
            let language = MessageLanguage.ofSite(SiteConfig.load(siteRoot: siteRoot).language)
            known = (stamp, language)
            return language
        }
    }
}
