#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a template directory with the C library, which keeps the engine free of Foundation.
enum TemplateFiles {
    static let fileExtension = ".mustache"
    /// Guards against symbolic-link loops.
    static let depthLimit = 32

    /// Every `*.mustache` file below `directory`, by template name (relative path without the extension).
    static func read(directory: String, displayRoot: String) throws(TemplateError) -> [String: String] {
        var sources: [String: String] = [:]
        try walk(directory: directory, relative: "", depth: 0, displayRoot: displayRoot, into: &sources)
        return sources
    }

    private static func walk(
        directory: String, relative: String, depth: Int, displayRoot: String, into sources: inout [String: String]
    ) throws(TemplateError) {
        let shown = displayRoot + relative
        guard depth < depthLimit else {
            throw unreadable(shown.isEmpty ? directory : shown, reason: "directories nested more than \(depthLimit) deep (a symbolic-link loop?)")
        }
        for entry in try entries(of: directory, shown: shown.isEmpty ? directory : shown) {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            let name = relative + entry
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                try walk(directory: path, relative: name + "/", depth: depth + 1, displayRoot: displayRoot, into: &sources)
            } else if (info.st_mode & S_IFMT) == S_IFREG, entry.hasSuffix(fileExtension), entry.count > fileExtension.count {
                sources[String(name.dropLast(fileExtension.count))] = try text(of: path, shown: displayRoot + name)
            }
        }
    }

    /// Entry names of a directory, sorted, without hidden files (editor backups and lock files start with ".").
    private static func entries(of directory: String, shown: String) throws(TemplateError) -> [String] {
        guard let handle = opendir(directory) else {
            throw unreadable(shown, reason: lastErrorText())
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// A file's text; a UTF-8 byte-order mark, which some Windows editors add, is dropped.
    private static func text(of path: String, shown: String) throws(TemplateError) -> String {
        guard let file = fopen(path, "rb") else {
            throw unreadable(shown, reason: lastErrorText())
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 { throw unreadable(shown, reason: lastErrorText()) }
                break
            }
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TemplateError(
                kind: .invalidEncoding, file: shown, line: 0, column: 0, sourceLine: "",
                message: "the file is not UTF-8 text", hint: "save the file with UTF-8 encoding")
        }
        return text
    }

    private static func unreadable(_ path: String, reason: String) -> TemplateError {
        TemplateError(
            kind: .unreadable(path: path, reason: reason), file: path, line: 0, column: 0, sourceLine: "",
            message: "cannot read: \(reason)", hint: "check that the path exists and is readable")
    }

    private static func lastErrorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
