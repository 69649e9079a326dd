import Keywords
import PortalSupport

/// `content/keywords.lock` as a build found it: the addresses earlier builds published, and whether the
/// build may write the file again.
///
/// It lives in `content/`, not in the build cache, because a deploy from a fresh clone has no cache but has
/// the content. Only `portalgen build` writes it (never the preview, `check` or `keywords`), only when what
/// it records changed, and never over lines it cannot read or did not write itself: a line it cannot read,
/// or a comment an editor added, would be lost.
struct KeywordLockFile: Sendable {
    /// The file's text, nil when there is none.
    let text: String?
    let published: PublishedKeywords
    let problems: [PublishedKeywords.Problem]

    init(read text: String?) {
        self.text = text
        (published, problems) = text.map(PublishedKeywords.parse) ?? (.none, [])
    }

    /// Whether the file holds only what a build writes, so writing it again loses nothing: every line reads,
    /// and its only comments are the ones a build writes. (Lines may be in any order.)
    var isRewritable: Bool {
        guard problems.isEmpty else { return false }
        guard let text else { return true }
        let header = Set(PublishedKeywords.header.split(whereSeparator: \.isNewline))
        return text.split(whereSeparator: \.isNewline).allSatisfy { !$0.hasPrefix("#") || header.contains($0) }
    }
}

extension SiteBuilder {
    /// Writes what this build published into `content/keywords.lock`, when it changed and the file may be
    /// rewritten; says why not otherwise.
    /// - Returns: the file's path when it was written.
    func recordPublishedKeywords(_ model: SiteModel, lock: KeywordLockFile, log: DiagnosticLog) -> String? {
        let text = model.published.text
        guard text != lock.text else { return nil }
        let place = SourceLocation(file: ContentLoader.lockFile)
        guard lock.isRewritable else {
            // Problems were reported where they are; a file an editor changed is reported here.
            if lock.problems.isEmpty { log.add(KeywordsError.lockFileEdited, at: place) }
            return nil
        }
        let path = options.siteRoot + "/" + ContentLoader.lockFile
        do throws(FileSystem.Failure) {
            try FileSystem.writeAtomically(path, Array(text.utf8))
        } catch {
            log.add(OutputError.cannotRecordAddresses(error), at: place)
            return nil
        }
        return path
    }
}
