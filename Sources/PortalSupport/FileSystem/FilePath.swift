import Foundation

/// Path arithmetic on plain strings, the way the rest of portalgen writes paths (`folder + "/" + name`).
package enum FilePath {
    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    package static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: base).standardizedFileURL.path
    }

    /// The path with symbolic links resolved, for the parts that exist.
    package static func resolvingLinks(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// The folder a path is in (`a/b/c` → `a/b`, `c` → empty).
    package static func parent(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    /// The last part of a path (`a/b/c.md` → `c.md`).
    package static func lastComponent(of path: String) -> String {
        (path as NSString).lastPathComponent
    }
}
