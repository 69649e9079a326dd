import Foundation
import Testing

/// Renders Markdown with the `cmark` command-line tool (Debian package `cmark`, the same
/// library version 0.30 the site uses), in its default safe mode. Tests that need it are
/// skipped when it is not installed.
enum CmarkCLI {
    static let path = "/usr/bin/cmark"
    static let skipMessage: Comment = "cmark CLI not installed (apt-get install -y cmark): rendering tests skipped"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The HTML cmark makes of `markdown`.
    static func render(_ markdown: String) throws -> String {
        // A file argument rather than a pipe: no deadlock however large the document.
        let input = FileManager.default.temporaryDirectory
            .appendingPathComponent("speechtext-\(UUID().uuidString).md")
        try Data(markdown.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "cmark exited with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
