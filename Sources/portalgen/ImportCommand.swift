import ArgumentParser
import PortalKit
import PortalSupport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn speeches (plain text, Word .docx, pasted Markdown) into Markdown files with front matter.",
        discussion: "For each file, prints the title, date, occasion and speaker found and where each came from, "
            + "then what to check. A folder stands for every file in it.")

    @Argument(help: "The files (or folders of files) to import.") var files: [String]
    @Option(name: .long, help: "The folder the Markdown files are written to.") var into = "content/speeches"
    @Flag(name: .long, help: "Replace Markdown files that exist already.") var force = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(quiet: output.quiet, verbose: output.verbose)
        let importer = SpeechImporter(destination: into, force: force)
        let paths = files.flatMap { FileSystem.isDirectory($0) ? SpeechImporter.files(in: $0) : [$0] }
        var failures: [Diagnostic] = []
        for path in paths {
            do {
                let imported = try importer.importFile(path)
                let headings = imported.headings.map { ", \($0) headings" } ?? ""
                var lines = ["\(imported.source) → \(imported.written) (\(imported.format.displayName)\(headings))"]
                lines += imported.origins.lines(for: imported.metadata).map { "  " + $0 }
                lines += imported.checks.map { "  check: \($0)" }
                console.result(lines.joined(separator: "\n"))
                console.print(imported.warnings)
            } catch {
                failures.append(error)
            }
        }
        console.print(failures)
        if !failures.isEmpty {
            console.failure("\(failures.count) of \(paths.count) files were not imported")
            throw ExitCode(1)
        }
    }
}
