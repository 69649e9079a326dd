import Foundation
import PortalKit

/// Prints what the tools have to say: diagnostics to standard error, results to standard output.
struct Console: Sendable {
    var quiet: Bool
    var verbose: Bool

    private var colours: Bool { isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// Whether standard output is a terminal someone watches (not a pipe, a file or a dumb terminal).
    private var interactive: Bool { isatty(1) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb" }

    /// Stage announcements: a line per stage with `--verbose`; otherwise, on an interactive terminal, one
    /// status line rewritten in place (cleared by `endProgress()`); nothing with `--quiet` or when redirected.
    var progress: (@Sendable (String) -> Void)? {
        if verbose { return { stage in Console.write("\(stage)…\n", to: .standardOutput) } }
        guard !quiet, interactive else { return nil }
        return { stage in Console.write("\r\u{1B}[2Kbuilding: \(stage)…", to: .standardOutput) }
    }

    /// Clears the status line `progress` draws, before a build's result or errors are printed.
    func endProgress() {
        guard !verbose, !quiet, interactive else { return }
        Console.write("\r\u{1B}[2K", to: .standardOutput)
    }

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !(quiet && diagnostic.severity == .warning) {
            Console.write(styled(diagnostic) + "\n", to: .standardError)
        }
    }

    func result(_ line: String) {
        guard !quiet else { return }
        Console.write(line + "\n", to: .standardOutput)
    }

    func detail(_ line: String) {
        Console.write(line + "\n", to: .standardOutput)
    }

    func failure(_ line: String) {
        Console.write((colours ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: ") + line + "\n", to: .standardError)
    }

    private func styled(_ diagnostic: Diagnostic) -> String {
        let text = diagnostic.description
        guard colours else { return text }
        let label = "\(diagnostic.severity.rawValue):"
        let colour = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        guard let range = text.range(of: label) else { return text }
        var result = text
        result.replaceSubrange(range, with: colour + label + "\u{1B}[0m")
        return result
    }

    static func write(_ text: String, to stream: FileHandle) {
        stream.write(Data(text.utf8))
    }
}
