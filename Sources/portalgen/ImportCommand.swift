import ArgumentParser
import PortalKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn plain-text speeches (UTF-8, UTF-16 or GBK) into Markdown files with front matter.")

    @Argument(help: "The text files to import.") var files: [String]
    @Option(name: .long, help: "The folder the Markdown files are written to.") var into = "content/speeches"
    @Flag(name: .long, help: "Replace Markdown files that exist already.") var force = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(output)
        let importer = SpeechImporter(destination: into, force: force)
        var failures: [Diagnostic] = []
        for file in files {
            do {
                let imported = try importer.importFile(file)
                console.result(.imported(
                    source: imported.source, written: imported.written, encoding: imported.encoding.displayName,
                    headings: imported.headings))
                for check in imported.checks { console.result(.importCheck(check)) }
            } catch {
                failures.append(error)
            }
        }
        console.print(failures)
        if !failures.isEmpty {
            console.failure(.notImported(failed: failures.count, files: files.count))
            throw ExitCode(1)
        }
    }
}
