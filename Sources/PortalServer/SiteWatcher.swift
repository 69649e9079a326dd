import PortalSupport

/// Notices edits in the site's folders by comparing snapshots of every file's size, modification time and
/// inode. Polling is portable and, for a few thousand files every few hundred milliseconds, cheap; it also
/// sees edits that event APIs miss (network folders, editors that replace files by renaming).
struct SiteWatcher: Sendable {
    /// Each file's size, modification time and inode, by path.
    typealias Snapshot = [String: FileStamp]

    /// Folders watched, each with every file below it (symbolic links followed).
    let folders: [String]
    /// Guards against link loops and runaway trees.
    static let maxDepth = 12
    static let maxFiles = 50_000

    /// Every watched file now, keyed by path.
    func snapshot() -> Snapshot {
        var walker = DirectoryWalker()
        walker.followsLinkedFolders = true
        walker.skips = Self.isIgnored
        walker.maxDepth = Self.maxDepth
        var snapshot: Snapshot = [:]
        for folder in folders {
            walker.maxFiles = Self.maxFiles - snapshot.count
            for relative in walker.files(under: folder) {
                let path = folder + "/" + relative
                snapshot[path] = FileSystem.stamp(path)
            }
        }
        return snapshot
    }

    /// The paths added, removed or changed between two snapshots, sorted.
    static func changes(from old: Snapshot, to new: Snapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in new where old[path] != stamp { changed.append(path) }
        for path in old.keys where new[path] == nil { changed.append(path) }
        return changed.sorted()
    }

    /// Files that editors and tools leave beside the real ones while saving: hidden files, backups, swap
    /// and lock files, vim's write test `4913`, and portalgen's own temporary files.
    static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.contains(".portalgen-")
            || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")
    }
}
