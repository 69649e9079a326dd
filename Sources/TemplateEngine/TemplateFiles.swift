/// Reads a library's templates through its loader: every name, as UTF-8 text.
enum TemplateFiles {
    static let fileExtension = ".mustache"

    /// Every template's text by name; errors name the file under `displayRoot` (which ends in `/` or is empty).
    static func read(_ loader: some TemplateLoader, displayRoot: String) throws(TemplateError) -> [String: String] {
        var files: [String: [UInt8]] = [:]
        do throws(TemplateLoadingFailure) {
            for name in try loader.templateNames().sorted() { files[name] = try loader.bytes(of: name) }
        } catch {
            throw unreadable(error.path.isEmpty && displayRoot.isEmpty ? "." : displayRoot + error.path, reason: error.reason)
        }
        var sources: [String: String] = [:]
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            sources[name] = try text(bytes, shown: displayRoot + name + fileExtension)
        }
        return sources
    }

    /// A file's text; a UTF-8 byte-order mark, which some Windows editors add, is dropped.
    private static func text(_ bytes: [UInt8], shown: String) throws(TemplateError) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else {
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
}
