/// Lists the regular files below a folder: the one directory walk of portalgen, for the build's inputs and
/// output, the content loader and the preview's watcher. Folders are read in name order, so a walk that
/// stops at `maxFiles` always stops at the same file.
package struct DirectoryWalker: Sendable {
    /// Whether folders that symbolic links point to are entered (links to files are always listed).
    package var followsLinkedFolders = false
    /// When set, a symbolic link (or the root itself) that resolves to a path outside this folder is not
    /// followed: it is left out and reported (`Skipped.Reason.outside`).
    package var confinedTo: String?
    /// Whether names that are not valid UTF-8 are left out and reported (`Skipped.Reason.undecodableName`).
    /// Otherwise they are listed with U+FFFD in place of their bad bytes, as before: a path no call can open,
    /// so that whoever handles it fails loudly (the output writer keeping a file it did not write).
    package var reportsUndecodableNames = false
    /// Names to leave out, files and folders alike (hidden files, editors' backups).
    package var skips: @Sendable (String) -> Bool = { _ in false }
    /// Folders nested deeper than this below the root are not read: a guard against link loops.
    package var maxDepth = Int.max
    /// The walk stops after this many files.
    package var maxFiles = Int.max

    /// An entry the walk found but could not list.
    package struct Skipped: Sendable, Hashable {
        package enum Reason: Sendable, Hashable {
            /// The name is not valid UTF-8 (the path shows U+FFFD in place of its bad bytes).
            case undecodableName
            /// A symbolic link to nothing.
            case danglingLink
            /// A symbolic link that leads back to itself, or a linked folder inside itself.
            case linkLoop
            /// A symbolic link to `target`, outside `confinedTo`.
            case outside(target: String)
        }

        /// Relative to the root; empty for the root itself.
        package var path: String
        package var reason: Reason
    }

    /// What a walk found: the files, and what it left out for a reason worth telling.
    package struct Listing: Sendable {
        /// Relative to the root, folder by folder in name order.
        package var files: [String] = []
        package var skipped: [Skipped] = []
    }

    package init() {}

    /// The regular files below `root`, as paths relative to it, folder by folder in name order.
    package func files(under root: String) -> [String] {
        listing(under: root).files
    }

    /// The regular files below `root` and the entries left out for a reason.
    package func listing(under root: String) -> Listing {
        var listing = Listing()
        // The real path of each folder being walked, from the root down: a linked folder that resolves to one
        // of them is a loop.
        var realFolders: [String] = []
        let confinement = confinedTo.map { Platform.resolvedPath($0) ?? $0 }
        if let real = Platform.resolvedPath(root) {
            if let confinement, Platform.isSymbolicLink(root), !Self.isInside(real, confinement) {
                listing.skipped.append(Skipped(path: "", reason: .outside(target: real)))
                return listing
            }
            realFolders.append(real)
        }
        walk(root, prefix: "", depth: 0, confinement: confinement, realFolders: &realFolders, into: &listing)
        return listing
    }

    private func walk(
        _ folder: String, prefix: String, depth: Int, confinement: String?, realFolders: inout [String],
        into listing: inout Listing
    ) {
        guard depth <= maxDepth, let entries = Platform.entries(of: folder) else { return }
        for (name, kind, decodable) in entries.sorted(by: { $0.name < $1.name }) where !skips(name) {
            guard listing.files.count < maxFiles else { return }
            guard decodable || !reportsUndecodableNames else {
                listing.skipped.append(Skipped(path: prefix + name, reason: .undecodableName))
                continue
            }
            let path = folder + "/" + name
            var real = realFolders.last.map { $0 + "/" + name }
            var resolvedKind = kind
            if kind == .other {
                let isLink = Platform.isSymbolicLink(path)
                switch Platform.status(path) {
                case .success(let info): resolvedKind = info.kind
                case .failure(let failure):
                    // Only a link that leads nowhere is worth a word; other unreadable entries are not the walk's.
                    if isLink {
                        let reason: Skipped.Reason = failure == .linkLoop ? .linkLoop : .danglingLink
                        listing.skipped.append(Skipped(path: prefix + name, reason: reason))
                    }
                    continue
                }
                if isLink {
                    real = Platform.resolvedPath(path)
                    if let confinement, let target = real, !Self.isInside(target, confinement) {
                        listing.skipped.append(Skipped(path: prefix + name, reason: .outside(target: target)))
                        continue
                    }
                }
            }
            switch resolvedKind {
            case .directory where kind == .directory || followsLinkedFolders:
                // A linked folder that holds a folder being walked would be walked again inside itself.
                if kind != .directory, let real, realFolders.contains(where: { Self.isInside($0, real) }) {
                    listing.skipped.append(Skipped(path: prefix + name, reason: .linkLoop))
                    continue
                }
                realFolders.append(real ?? path)
                walk(
                    path, prefix: prefix + name + "/", depth: depth + 1, confinement: confinement, realFolders: &realFolders,
                    into: &listing)
                realFolders.removeLast()
            case .file:
                listing.files.append(prefix + name)
            default:
                continue
            }
        }
    }

    /// Where the symbolic link at `path` leads, when that is outside `folder` (nil for a link inside it, for
    /// anything but a link, and for a link to nothing).
    package static func linkTarget(_ path: String, outside folder: String) -> String? {
        guard Platform.isSymbolicLink(path), let target = Platform.resolvedPath(path) else { return nil }
        return isInside(target, Platform.resolvedPath(folder) ?? folder) ? nil : target
    }

    /// Whether the absolute `path` is `folder` or lies below it.
    package static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
