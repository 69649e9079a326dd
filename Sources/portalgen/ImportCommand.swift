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
    @Option(name: .long, help: "The folder the Markdown files are written to; the default one must be inside a site folder (one holding content/).")
    var into = "content/speeches"
    @Flag(name: .long, help: "Replace Markdown files that exist already.") var force = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(output)
        let importer = SpeechImporter(destination: into, force: force)
        do {
            try importer.checkDestination()
        } catch {
            console.print([error])
            throw ExitCode(1)
        }
        let paths = files.flatMap { FileSystem.isDirectory($0) ? SpeechImporter.files(in: $0) : [$0] }
        var failures: [Diagnostic] = []
        for path in paths {
            do {
                let imported = try importer.importFile(path)
                console.result(.imported(
                    source: imported.source, written: imported.written, format: imported.format.message,
                    headings: imported.headings))
                for line in imported.origins.statusLines(for: imported.metadata) { console.result(line) }
                for check in imported.checks { console.result(.importCheck(check)) }
                console.print(imported.warnings)
            } catch {
                failures.append(error)
            }
        }
        console.print(failures)
        if !failures.isEmpty {
            console.failure(.notImported(failed: failures.count, files: paths.count))
            throw ExitCode(1)
        }
    }
}
