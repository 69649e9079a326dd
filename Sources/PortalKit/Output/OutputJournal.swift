import PortalSupport

/// How a build that changed few files puts them in place without swapping the whole site: the list of files
/// to move from the staging folder into the output folder and of files to remove from it, written whole
/// (a temporary file and a rename) before the first of them is touched, and removed after the last.
///
/// A build killed while it carries out the journal leaves it beside the output folder; the next build (which
/// holds the output's lock, as every build does) carries it out to the end before anything else. Carrying it
/// out twice is harmless: a file already moved is no longer in the staging folder, a removed one is gone. So a
/// killed build leaves the old site whole (killed before the journal was written) or, once the next build
/// starts, the new one whole; in between, for the milliseconds the moves take, each file is either old or
/// new, never half written.
///
/// A move or removal that fails (an immutable file, a read-only folder) must not leave a mix either: before
/// the journal is written, every file it replaces or removes gets a second name in the staging folder (a hard
/// link, which an immutable file refuses, so most such failures stop the build before anything changed), and
/// a failure while carrying it out puts those back.
struct OutputJournal: Equatable {
    /// Files of the new site, relative paths, moved from the staging folder in this order (the manifest last,
    /// so it never lists files not yet in place).
    var moves: [String]
    /// Files of the old site the new one does not have.
    var removals: [String]

    /// `.public.portalgen-journal`, beside the output folder.
    static func path(output: String) -> String {
        FilePath.parent(of: output) + "/." + FilePath.lastComponent(of: output) + ".portalgen-journal"
    }

    /// Far above the journal of any site; a larger file is not ours.
    private static let sizeLimit = 256 << 20

    var bytes: [UInt8] {
        Array((moves.map { "M\t" + $0 } + removals.map { "D\t" + $0 }).map { $0 + "\n" }.joined().utf8)
    }

    /// The journal a killed build left; nil when there is none, or what is there is no journal of ours.
    static func read(output: String) -> OutputJournal? {
        guard let bytes = try? FileSystem.readSmallFile(path(output: output), limit: sizeLimit) else { return nil }
        var journal = OutputJournal(moves: [], removals: [])
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, !parts[1].hasPrefix("/"), !parts[1].split(separator: "/").contains("..") else { return nil }
            switch parts[0] {
            case "M": journal.moves.append(String(parts[1]))
            case "D": journal.removals.append(String(parts[1]))
            default: return nil
            }
        }
        return journal
    }

    /// Where the old files a journal replaces or removes are kept until it is carried out.
    static let backupFolder = ".portalgen-old"

    /// Keeps the files it will replace or remove, writes the journal, carries it out and removes it. When it
    /// fails, the old files are put back and the journal removed: the old site is whole, and the failure is
    /// thrown.
    func run(staging: String, output: String) throws(FileSystem.Failure) {
        let backup = staging + "/" + Self.backupFolder
        let replaced = (moves + removals).filter { FileSystem.exists(output + "/" + $0) }
        for file in replaced {
            try FileSystem.createDirectories(FilePath.parent(of: backup + "/" + file))
            try FileSystem.linkOrCopy(from: output + "/" + file, to: backup + "/" + file)
        }
        try FileSystem.writeAtomically(Self.path(output: output), bytes)
        do throws(FileSystem.Failure) {
            try carryOut(staging: staging, output: output)
        } catch {
            let existed = Set(replaced)
            for file in moves where !existed.contains(file) { FileSystem.removeFile(output + "/" + file) }
            for file in replaced {
                try? FileSystem.createDirectories(FilePath.parent(of: output + "/" + file))
                try? FileSystem.move(backup + "/" + file, to: output + "/" + file)
            }
            FileSystem.removeFile(Self.path(output: output))
            throw error
        }
    }

    /// Moves every file still in the staging folder into place, removes the files to remove (and the folders
    /// that leaves empty), then the journal.
    func carryOut(staging: String, output: String) throws(FileSystem.Failure) {
        var madeFolders: Set<String> = []
        for file in moves {
            let source = staging + "/" + file
            guard FileSystem.exists(source) else { continue }
            let folder = FilePath.parent(of: output + "/" + file)
            if madeFolders.insert(folder).inserted { try FileSystem.createDirectories(folder) }
            try FileSystem.move(source, to: output + "/" + file)
        }
        for file in removals {
            if let failure = FileSystem.removeTree(output + "/" + file) { throw failure }
            var folder = FilePath.parent(of: file)
            while !folder.isEmpty, folder != ".", FileSystem.removeEmptyFolder(output + "/" + folder) {
                folder = FilePath.parent(of: folder)
            }
        }
        FileSystem.removeFile(Self.path(output: output))
    }
}
