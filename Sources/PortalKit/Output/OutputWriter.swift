import Foundation
import PortalSupport

/// The last stage: writes the files that changed into a staging folder beside the output folder, then puts
/// them in place in one of two ways (see `commit`):
///
/// - **Few files changed** (an edit): they are moved into the output folder one by one from a journal
///   (`OutputJournal`), and the files the new site no longer has are removed. Nothing else is touched, so an
///   edit costs what it changes, not the size of the site.
/// - **Many changed** (a first build, a template edit): the staging folder is completed into the whole new
///   site (hard links to the unchanged files) and swapped in with one `rename` exchange.
///
/// - A build that fails or is killed before `commit` leaves the previous site untouched: nothing is written
///   into the output folder itself until then. One killed while it carries out a journal leaves it for the
///   next build to finish.
/// - A page whose bytes did not change is not written again: it keeps its file (inode, modification and
///   status-change times), so rsync-style deploys stay quiet and the build cache still knows it.
/// - Only files portalgen wrote are ever removed. It keeps a manifest of them in the output folder; any other
///   file found there is carried over to the new site, and a folder with files but no manifest is refused
///   (unless the build cache shows, by a file's inode and status-change time, that portalgen wrote it).
/// - What a killed or failed build left (the staging folder, or an old site half removed) carries a mark of
///   ours (the staging marker, or the manifest, which is removed last) and is removed by the next build; when
///   it cannot be (an immutable file), the build fails with the system's reason.
/// - The caller holds the build lock (on the folder `output` is in) for the writer's whole life.
final class OutputWriter: @unchecked Sendable {
    /// The folder readers are served from.
    let output: String
    /// Where the next site is assembled; same parent as `output`, so the swap is a rename.
    let staging: String
    private let lock = NSLock()
    /// Every file of the new site.
    private var written: Set<String> = []
    /// The files of the new site that are the old site's as they are: in the output folder, not in staging.
    private var unchanged: Set<String> = []
    private var createdFolders: Set<String> = []
    /// Whether there is a previous site to compare with: a first build need not look for old files.
    private let hasPrevious: Bool

    static let manifestName = ".portalgen-manifest"
    private static let stagingMarker = ".portalgen-staging"
    /// What tells a folder beside the output is ours, so it may be removed.
    private static let marks: Set<String> = [stagingMarker, manifestName]
    /// Files that may sit in an output folder portalgen never wrote to (e.g. to keep the folder in git).
    private static let ignorableFiles: Set<String> = [".gitkeep", ".DS_Store"]
    /// Up to this many changed and removed files, they are moved in from a journal; above it the whole site is
    /// swapped. A journal's moves take about 10 µs a file: 2,000 keep the time a reader can see a mix of old
    /// and new files to a few tens of milliseconds, where the swap costs a hard link for every unchanged file.
    static let journalLimit = 2_000

    struct Summary: Sendable {
        var written: Int
        var unchanged: Int
        var keptForeign: [String]
    }

    /// The files the last build wrote, from its cache, when the manifest is missing (see `checkOwnership`).
    private let formerFiles: Set<String>
    /// Far above the manifest of any site (about 1 MB at 10,000 speeches).
    static let manifestLimit = 256 << 20

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
        // A build killed while it moved its files in: finish its work first, so the site is whole again.
        if let journal = OutputJournal.read(output: output) {
            do throws(FileSystem.Failure) {
                try journal.carryOut(staging: staging, output: output)
            } catch {
                throw Diagnostic(OutputError.cannotReplace(error, output: output), at: SourceLocation(file: error.path))
            }
        }
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
           old.elementsEqual(bytes) {
            lock.withLock {
                written.insert(relativePath)
                unchanged.insert(relativePath)
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

    /// Keeps a page of the current site as it is: for pages the build cache knows are unchanged (its check
    /// found the file in the output folder with the stamp it recorded).
    func keep(_ relativePath: String) {
        lock.withLock {
            written.insert(relativePath)
            unchanged.insert(relativePath)
        }
    }

    /// The stamp of a file of the site in the output folder, for the next build's cache: taken after
    /// `commit`, since removing the old site changes the status-change time of the files both sites share.
    func stamp(of relativePath: String) -> FileStamp? {
        FileSystem.stamp(output + "/" + relativePath)
    }

    /// Puts the new site in place, calls `siteReplaced`, and removes what is left of the old one: from a
    /// journal when few files changed (files portalgen did not write stay where they are), else by a swap
    /// (they are carried over). Either way, the manifest of the new site is the last file to arrive.
    func commit(siteReplaced: (() -> Void)? = nil) throws(Diagnostic) -> Summary {
        let (files, kept) = lock.withLock { (written.sorted(), unchanged) }
        let ours = hasPrevious ? previousFiles() : []
        let removals = ours.subtracting(files).filter { FileSystem.exists(output + "/" + $0) }.sorted()
        let changed = files.filter { !kept.contains($0) }
        let summary = Summary(written: changed.count, unchanged: kept.count, keptForeign: [])
        let manifest = Array((files.joined(separator: "\n") + "\n").utf8)
        // Most of the site changed (a template edit): the swap is cheaper then, and shows no mix at all.
        if hasPrevious, changed.count + removals.count <= min(Self.journalLimit, files.count / 2) {
            do throws(FileSystem.Failure) {
                try FileSystem.writeAtomically(staging + "/" + Self.manifestName, manifest)
                try OutputJournal(moves: changed + [Self.manifestName], removals: removals).run(staging: staging, output: output)
            } catch {
                throw Diagnostic(OutputError.cannotReplace(error, output: output), at: SourceLocation(file: error.path))
            }
            siteReplaced?()
            FileSystem.removeTree(staging, keepingUntilLast: Self.marks)
            return Summary(
                written: summary.written, unchanged: summary.unchanged,
                keptForeign: filesNotOurs(except: Set(files).union(ours)).filter(Self.isWorthTelling))
        }
        return try swap(files: files, kept: kept, ours: ours, manifest: manifest, summary: summary, siteReplaced: siteReplaced)
    }

    /// Completes the staging folder into the whole new site and exchanges it with the output folder.
    private func swap(
        files: [String], kept: Set<String>, ours: Set<String>, manifest: [UInt8], summary: Summary,
        siteReplaced: (() -> Void)?
    ) throws(Diagnostic) -> Summary {
        let foreign: [String]
        var previous: String?
        do throws(FileSystem.Failure) {
            try linkIntoStaging(Array(kept))
            foreign = try carryOverForeignFiles(except: Set(files).union(ours))
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
        return Summary(written: summary.written, unchanged: summary.unchanged, keptForeign: foreign)
    }

    /// Hard links (or copies) of the unchanged files into the staging folder, in parallel: creating links is
    /// what the swap costs.
    private func linkIntoStaging(_ files: [String]) throws(FileSystem.Failure) {
        let failures = files.parallelMap { file -> FileSystem.Failure? in
            do throws(FileSystem.Failure) {
                try ensureFolder(of: staging + "/" + file)
                try FileSystem.linkOrCopy(from: output + "/" + file, to: staging + "/" + file)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// The files the last build wrote: its manifest, or what the build cache vouched for.
    private func previousFiles() -> Set<String> {
        Self.manifestFiles(output: output).map { Set($0.map(String.init)) } ?? formerFiles
    }

    /// The files the manifest of the site in `output` lists; nil without a readable one.
    static func manifestFiles(output: String) -> [Substring]? {
        guard let manifest = try? FileSystem.readSmallFile(output + "/" + manifestName, limit: manifestLimit) else { return nil }
        return String(decoding: manifest, as: UTF8.self).split(separator: "\n")
    }

    /// Drops the staging folder after a failed build; the output folder was never touched.
    func abandon() {
        FileSystem.removeTree(staging, keepingUntilLast: Self.marks)
    }

    /// Files in the output folder that no build wrote (e.g. a CNAME or a verification file someone put there,
    /// or a `.gitkeep`), besides the manifest: they are kept.
    private func filesNotOurs(except ours: Set<String>) -> [String] {
        FileSystem.listFiles(under: output).filter { !ours.contains($0) && $0 != Self.manifestName }
    }

    /// Whether a kept file is told about: not files like `.gitkeep`.
    private static func isWorthTelling(_ file: String) -> Bool {
        !ignorableFiles.contains(FilePath.lastComponent(of: file))
    }

    /// The foreign files are linked into the new site, never deleted; those worth telling about are returned.
    private func carryOverForeignFiles(except ours: Set<String>) throws(FileSystem.Failure) -> [String] {
        let foreign = filesNotOurs(except: ours)
        for file in foreign {
            let target = staging + "/" + file
            try FileSystem.createDirectories(FilePath.parent(of: target))
            // If even a copy fails, the old site must stay, so stop here.
            try FileSystem.linkOrCopy(from: output + "/" + file, to: target)
        }
        return foreign.filter(Self.isWorthTelling)
    }
}
