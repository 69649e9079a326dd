/// Reads a library's templates through its loader: every name, as UTF-8 text.
enum TemplateFiles {
    /// Every template's text by name; errors name the file under `displayRoot` (which ends in `/` or is empty).
    static func read(_ loader: some TemplateLoader, displayRoot: String) throws(TemplateError) -> [String: String] {
        func failed(_ error: TemplateLoadingFailure) -> TemplateError {
            unreadable(error.path.isEmpty && displayRoot.isEmpty ? "." : displayRoot + error.path, reason: error.reason)
        }
        let names: [String]
        do throws(TemplateLoadingFailure) { names = try loader.templateNames().sorted() } catch { throw failed(error) }
        var sources: [String: String] = [:]
        for name in names {
            let bytes: [UInt8]
            do throws(TemplateLoadingFailure) { bytes = try loader.bytes(of: name) } catch { throw failed(error) }
            sources[name] = try text(bytes, shown: displayRoot + name + TemplateLibrary.fileExtension)
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
