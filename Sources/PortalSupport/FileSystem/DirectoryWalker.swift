/// Lists the regular files below a folder: the one directory walk of portalgen, for the build's inputs and
/// output, the content loader and the preview's watcher. Folders are read in name order, so a walk that
/// stops at `maxFiles` always stops at the same file.
package struct DirectoryWalker: Sendable {
    /// Whether folders that symbolic links point to are entered (links to files are always listed).
    package var followsLinkedFolders = false
    /// Names to leave out, files and folders alike (hidden files, editors' backups).
    package var skips: @Sendable (String) -> Bool = { _ in false }
    /// Folders nested deeper than this below the root are not read: a guard against link loops.
    package var maxDepth = Int.max
    /// The walk stops after this many files.
    package var maxFiles = Int.max

    package init() {}

    /// The regular files below `root`, as paths relative to it, folder by folder in name order.
    package func files(under root: String) -> [String] {
        var files: [String] = []
        walk(root, prefix: "", depth: 0, into: &files)
        return files
    }

    private func walk(_ folder: String, prefix: String, depth: Int, into files: inout [String]) {
        guard depth <= maxDepth, let entries = Platform.entries(of: folder) else { return }
        for (name, kind) in entries.sorted(by: { $0.name < $1.name }) where !skips(name) {
            guard files.count < maxFiles else { return }
            let path = folder + "/" + name
            switch kind == .other ? Platform.info(path)?.kind : kind {
            case .directory? where kind == .directory || followsLinkedFolders:
                walk(path, prefix: prefix + name + "/", depth: depth + 1, into: &files)
            case .file?:
                files.append(prefix + name)
            default:
                continue
            }
        }
    }
}
