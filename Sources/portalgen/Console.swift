import Foundation
import PortalKit

/// Prints what the tools have to say, in the editor's language: diagnostics to standard error, results to
/// standard output.
struct Console: Sendable {
    var quiet: Bool
    var verbose: Bool
    /// The words of every line printed.
    var catalogue: MessageCatalogue

    init(_ options: OutputOptions) {
        quiet = options.quiet
        verbose = options.verbose
        catalogue = options.language.catalogue
    }

    private var colours: Bool { isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// Whether standard output is a terminal someone watches (not a pipe, a file or a dumb terminal).
    private var interactive: Bool { isatty(1) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb" }

    /// Stage announcements: a line per stage with `--verbose`; otherwise, on an interactive terminal, one
    /// status line rewritten in place (cleared by `endProgress()`); nothing with `--quiet` or when redirected.
    var progress: (@Sendable (BuildStage) -> Void)? {
        let catalogue = catalogue
        if verbose {
            return { stage in Console.write(catalogue.text(StatusLine.stageStarted(stage).message) + "\n", to: .standardOutput) }
        }
        guard !quiet, interactive else { return nil }
        return { stage in
            Console.write("\r\u{1B}[2K" + catalogue.text(StatusLine.building(stage).message), to: .standardOutput)
        }
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

    /// A result line, left out with `--quiet`.
    func result(_ line: StatusLine) {
        result(catalogue.text(line.message))
    }

    /// Lines made of data (a table, a list to paste), left out with `--quiet`.
    func result(_ text: String) {
        guard !quiet else { return }
        Console.write(text + "\n", to: .standardOutput)
    }

    func detail(_ line: StatusLine) {
        Console.write(catalogue.text(line.message) + "\n", to: .standardOutput)
    }

    /// The last line of a command that failed: `error: …`.
    func failure(_ line: StatusLine) {
        failure(catalogue.text(line.message))
    }

    private func failure(_ text: String) {
        let label = catalogue.text(Message(.labelError)) + catalogue.text(Message(.labelSeparator))
        Console.write((colours ? "\u{1B}[1;31m\(label)\u{1B}[0m" : label) + text + "\n", to: .standardError)
    }

    /// The diagnostic in the catalogue's words, its severity in colour on a terminal.
    private func styled(_ diagnostic: Diagnostic) -> String {
        let text = diagnostic.text(in: catalogue)
        guard colours else { return text }
        let label = diagnostic.label(in: catalogue)
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
