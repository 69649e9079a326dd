import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices edits in the site's folders by comparing snapshots of every file's size, modification time and
/// inode. Polling is portable and, for a few thousand files every few hundred milliseconds, cheap; it also
/// sees edits that event APIs miss (network folders, editors that replace files by renaming).
struct SiteWatcher: Sendable {
    /// What identifies one version of a file.
    struct Stamp: Sendable, Equatable {
        var size: Int64
        var seconds: Int64
        var nanoseconds: Int64
        var inode: UInt64
    }

    typealias Snapshot = [String: Stamp]

    /// Folders watched, each with every file below it (symbolic links followed).
    let folders: [String]
    /// Guards against link loops and runaway trees.
    static let maxDepth = 12
    static let maxFiles = 50_000

    /// Every watched file now, keyed by path.
    func snapshot() -> Snapshot {
        var snapshot: Snapshot = [:]
        for folder in folders { walk(folder, depth: 0, into: &snapshot) }
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

    private func walk(_ folder: String, depth: Int, into snapshot: inout Snapshot) {
        guard depth <= Self.maxDepth, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !Self.isIgnored(name) {
            guard snapshot.count < Self.maxFiles else { return }
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, depth: depth + 1, into: &snapshot)
            case S_IFREG:
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                snapshot[path] = Stamp(
                    size: Int64(info.st_size), seconds: Int64(modified.tv_sec), nanoseconds: Int64(modified.tv_nsec),
                    inode: UInt64(info.st_ino))
            default:
                continue
            }
        }
    }
}
