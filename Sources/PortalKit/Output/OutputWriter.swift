import Foundation
import PortalSupport

/// The last stage: writes the site into a staging folder beside the output folder and swaps it in whole.
///
/// - A build that fails or is interrupted leaves the previous site untouched: nothing is written into the
///   output folder itself.
/// - A page whose bytes did not change is not written again: the staging folder gets a hard link to the old
///   file, so its modification time stays and rsync-style deploys stay quiet.
/// - Only files portalgen wrote are ever removed. It keeps a manifest of them in the output folder; any other
///   file found there is carried over to the new site, and a folder with files but no manifest is refused
///   (unless the build cache shows, by a file's inode and status-change time, that portalgen wrote it).
/// - What a killed or failed build left (the staging folder, or an old site half removed) carries a mark of
///   ours (the staging marker, or the manifest, which is removed last) and is removed by the next build; when
///   it cannot be (an immutable file), the build fails with the system's reason.
/// - The caller holds the output folder's build lock (`BuildCache.lockPath`) for the writer's whole life.
final class OutputWriter: @unchecked Sendable {
    /// The folder readers are served from.
    let output: String
    /// Where the next site is assembled; same parent as `output`, so the swap is a rename.
    let staging: String
    private let lock = NSLock()
    private var written: Set<String> = []
    private var unchanged = 0
    private var createdFolders: Set<String> = []
    /// Whether there is a previous site to compare with: a first build need not look for old files.
    private let hasPrevious: Bool

    static let manifestName = ".portalgen-manifest"
    private static let stagingMarker = ".portalgen-staging"
    /// What tells a folder beside the output is ours, so it may be removed.
    private static let marks: Set<String> = [stagingMarker, manifestName]
    /// Files that may sit in an output folder portalgen never wrote to (e.g. to keep the folder in git).
    private static let ignorableFiles: Set<String> = [".gitkeep", ".DS_Store"]

    struct Summary: Sendable {
        var written: Int
        var unchanged: Int
        var keptForeign: [String]
    }

    /// The files the last build wrote, from its cache, when the manifest is missing (see `checkOwnership`).
    private let formerFiles: Set<String>
    /// Far above the manifest of any site (about 1 MB at 10,000 speeches).
    private static let manifestLimit = 256 << 20

    /// Checks that `output` may be written and prepares an empty staging folder.
    /// - Parameter formerFiles: the files the build cache says the last build wrote into `output`, when it
    ///   can prove it (`BuildCache.filesWritten(into:)`).
    init(output given: String, siteRoot: String, formerFiles: Set<String>? = nil) throws(Diagnostic) {
        let output = FilePath.resolvingLinks(FilePath.absolute(given))
        let siteRoot = FilePath.resolvingLinks(FilePath.absolute(siteRoot))
        try Self.checkPlacement(output: output, siteRoot: siteRoot, shownAs: given)
        try Self.checkOwnership(output: output, shownAs: given, vouched: formerFiles != nil)
        self.output = output
        self.formerFiles = formerFiles ?? []
        self.hasPrevious = FileSystem.isDirectory(output)
        let parent = FilePath.parent(of: output)
        self.staging = parent + "/." + FilePath.lastComponent(of: output) + ".portalgen-staging"
        // Left by an interrupted build (a site being assembled, or the old one being replaced): removed only
        // when it carries our marker or manifest.
        if FileSystem.exists(staging) {
            guard FileSystem.exists(staging + "/" + Self.stagingMarker) || FileSystem.exists(staging + "/" + Self.manifestName)
            else { throw Diagnostic(OutputError.stagingInTheWay(staging), at: SourceLocation(file: staging)) }
        }
        if let failure = FileSystem.removeTree(staging, keepingUntilLast: Self.marks) {
            throw Diagnostic(
                OutputError.cannotRemoveLeftover(failure, leftover: staging, output: output), at: SourceLocation(file: failure.path))
        }
        do throws(FileSystem.Failure) {
            try FileSystem.createDirectories(parent)
            try FileSystem.createDirectories(staging)
            try FileSystem.writeAtomically(staging + "/" + Self.stagingMarker, [])
        } catch {
            throw Diagnostic(OutputError.cannotPrepare(error), at: SourceLocation(file: error.path))
        }
    }

    /// Refuses output folders that would overwrite or swallow the editor's files.
    private static func checkPlacement(output: String, siteRoot: String, shownAs given: String) throws(Diagnostic) {
        let place = SourceLocation(file: given)
        if output == "/" || output == siteRoot { throw Diagnostic(OutputError.isSiteFolder, at: place) }
        if siteRoot.hasPrefix(output + "/") { throw Diagnostic(OutputError.containsSiteFolder, at: place) }
        for protected in [ContentLoader.contentFolder, ThemeLoader.folder] {
            let folder = siteRoot + "/" + protected
            if output == folder || output.hasPrefix(folder + "/") {
                throw Diagnostic(OutputError.insideSourceFolder(protected), at: place)
            }
        }
    }

    /// An existing output folder must be empty or one portalgen made (it has a manifest, or the build cache
    /// `vouched` for it).
    private static func checkOwnership(output: String, shownAs given: String, vouched: Bool) throws(Diagnostic) {
        guard FileSystem.exists(output) else { return }
        guard FileSystem.isDirectory(output) else {
            throw Diagnostic(OutputError.isFile, at: SourceLocation(file: given))
        }
        if vouched || FileSystem.exists(output + "/" + manifestName) { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        let foreign = entries.filter { !ignorableFiles.contains($0) }.sorted()
        guard foreign.isEmpty else {
            let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
            throw Diagnostic(OutputError.notMadeByPortalgen(files: shown), at: SourceLocation(file: given))
        }
    }

    /// Writes one file of the new site. Safe to call from several threads for different paths.
    func write(_ relativePath: String, _ bytes: some Collection<UInt8>) throws(FileSystem.Failure) {
        let target = staging + "/" + relativePath
        try ensureFolder(of: target)
        let previous = output + "/" + relativePath
        if hasPrevious, FileSystem.size(of: previous) == bytes.count, let old = FileSystem.readBytes(previous),
           old.elementsEqual(bytes), FileSystem.hardLink(from: previous, to: target) {
            lock.withLock {
                written.insert(relativePath)
                unchanged += 1
            }
            return
        }
        let result: Result<Void, FileSystem.Failure>? = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(FileSystem.Failure) in try FileSystem.writeNew(target, UnsafeRawBufferPointer(buffer)) }
        }
        if let result {
            try result.get()
        } else {
            try FileSystem.writeNew(target, Array(bytes))
        }
        lock.withLock { _ = written.insert(relativePath) }
    }

    /// Creates the folder a file goes in. Another thread may be creating it at the same moment, so a folder
    /// counts as made only once `mkdir` has returned (creating it twice is harmless).
    private func ensureFolder(of target: String) throws(FileSystem.Failure) {
        let folder = (target as NSString).deletingLastPathComponent
        guard !lock.withLock({ createdFolders.contains(folder) }) else { return }
        try FileSystem.createDirectories(folder)
        lock.withLock { _ = createdFolders.insert(folder) }
    }

    /// Keeps a page of the current site as it is (a hard link into the new site): for pages the build cache
    /// knows are unchanged. False when the file cannot be linked; the caller then writes it.
    func keep(_ relativePath: String) -> Bool {
        let target = staging + "/" + relativePath
        guard (try? ensureFolder(of: target)) != nil else { return false }
        guard FileSystem.hardLink(from: output + "/" + relativePath, to: target) else { return false }
        lock.withLock {
            written.insert(relativePath)
            unchanged += 1
        }
        return true
    }

    /// The stamp of a file of the site in the output folder, for the next build's cache: taken after
    /// `commit`, since removing the old site changes the status-change time of the files both sites share.
    func stamp(of relativePath: String) -> FileStamp? {
        FileSystem.stamp(output + "/" + relativePath)
    }

    /// Swaps the new site in, carrying over files portalgen did not write, calls `siteReplaced`, and removes
    /// the old site.
    func commit(siteReplaced: (() -> Void)? = nil) throws(Diagnostic) -> Summary {
        let files = lock.withLock { written.sorted() }
        let foreign: [String]
        var previous: String?
        do throws(FileSystem.Failure) {
            foreign = try carryOverForeignFiles(except: Set(files))
            let manifest = Array((files.joined(separator: "\n") + "\n").utf8)
            try FileSystem.writeAtomically(staging + "/" + Self.manifestName, manifest)
            FileSystem.removeFile(staging + "/" + Self.stagingMarker)
            if !FileSystem.exists(output) {
                try FileSystem.move(staging, to: output)
            } else if FileSystem.exchange(staging, output) {
                previous = staging
            } else {
                // No atomic exchange here: move the old site aside first, so it is never lost.
                let aside = staging + ".previous"
                FileSystem.removeTree(aside)
                try FileSystem.move(output, to: aside)
                try FileSystem.move(staging, to: output)
                previous = aside
            }
        } catch {
            throw Diagnostic(OutputError.cannotReplace(error, output: output), at: SourceLocation(file: error.path))
        }
        siteReplaced?()
        // The manifest last: an old site whose removal stops halfway is still known as ours.
        if let previous, let failure = FileSystem.removeTree(previous, keepingUntilLast: Self.marks) {
            throw Diagnostic(
                OutputError.cannotRemoveLeftover(failure, leftover: previous, output: output),
                at: SourceLocation(file: failure.path))
        }
        return lock.withLock { Summary(written: files.count - unchanged, unchanged: unchanged, keptForeign: foreign) }
    }

    /// Drops the staging folder after a failed build; the output folder was never touched.
    func abandon() {
        FileSystem.removeTree(staging, keepingUntilLast: Self.marks)
    }

    /// Files in the current output folder that the last build did not write (e.g. a CNAME or a verification
    /// file someone put there) are linked into the new site, never deleted.
    private func carryOverForeignFiles(except newFiles: Set<String>) throws(FileSystem.Failure) -> [String] {
        guard FileSystem.isDirectory(output) else { return [] }
        let manifest = try? FileSystem.readSmallFile(output + "/" + Self.manifestName, limit: Self.manifestLimit)
        let ours = manifest.map { Set(String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init)) }
            ?? formerFiles
        var kept: [String] = []
        for file in FileSystem.listFiles(under: output)
        where !ours.contains(file) && !newFiles.contains(file) && file != Self.manifestName {
            let source = output + "/" + file
            let target = staging + "/" + file
            try FileSystem.createDirectories(FilePath.parent(of: target))
            // If even a copy fails, the old site must stay, so stop here.
            try FileSystem.linkOrCopy(from: source, to: target)
            if !Self.ignorableFiles.contains((file as NSString).lastPathComponent) { kept.append(file) }
        }
        return kept
    }
}
