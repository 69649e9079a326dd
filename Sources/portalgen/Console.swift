import Foundation
import PortalKit

/// Prints what the tools have to say: diagnostics to standard error, results to standard output.
struct Console: Sendable {
    var quiet: Bool
    var verbose: Bool

    private var colours: Bool { isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// Stage announcements, shown with `--verbose`.
    var progress: (@Sendable (String) -> Void)? {
        guard verbose else { return nil }
        return { stage in Console.write("\(stage)…\n", to: .standardOutput) }
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
