import Foundation
import PortalKit
import PortalSupport

/// The folder the live preview builds into, and the lock that keeps it to one server at a time.
///
/// The preview never writes to the folder `portalgen build` publishes: by default it builds into
/// `.portalgen-cache/preview/` in the site folder, beside the build cache. It is kept between runs (so a
/// restarted preview has nothing to rebuild), hidden, ignored by git, and on the same disk as the site (so
/// the build can swap it in with a rename). `public/` then only ever holds what `portalgen build` made.
struct PreviewOutput {
    /// Held while the server runs; it goes when the server stops (or the process ends). The same kind of
    /// lock as the one each build takes on the folder its output is in: the server's builds take that one
    /// in turn.
    private let lock: FileLock

    /// Checks the configuration's output folder and locks it for this server.
    ///
    /// Refuses drafts in the folder `portalgen build` publishes (`public/` of the site) and a folder another
    /// `portalgen serve` is building into.
    static func claim(_ build: BuildOptions) throws(PreviewError) -> PreviewOutput {
        let output = resolved(build.output)
        let published = BuildOptions(siteRoot: build.siteRoot).output
        if build.includeDrafts, output == resolved(published) {
            let preview = PreviewConfiguration.previewFolder(siteRoot: build.siteRoot)
            throw .draftsIntoPublished(
                output: folderName(build.output), preview: folderName(preview), published: folderName(published))
        }
        let parent = (output as NSString).deletingLastPathComponent
        let lockPath = parent + "/." + (output as NSString).lastPathComponent + ".portalgen-serve"
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let lock: FileLock?
        do throws(FileSystem.Failure) {
            lock = try FileLock.acquire(lockPath, timeout: 0)
        } catch {
            throw .cannotLock(path: lockPath, reason: error.reason, folder: parent)
        }
        guard let lock else { throw .alreadyServing(output: build.output) }
        return PreviewOutput(lock: lock)
    }

    /// Removes the lock file and lets the folder go.
    func release() {
        lock.release(removingFile: true)
    }

    /// `public/`: a folder as the editor reads it.
    private static func folderName(_ path: String) -> String {
        path.hasSuffix("/") ? path : path + "/"
    }

    /// Absolute, with `.`, `..` and symbolic links of the parts that exist resolved.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
