import ArgumentParser
import Foundation
import PortalKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a speech: write content/speeches/<date>-<name>.md with its front matter filled in.",
        discussion: """
            The file name is the page's address: the date, then the title's words when it is written in Latin \
            letters, or else six characters computed from the title (2024-05-01-c43abe). Rename the file for a \
            readable address. An existing file is never replaced.
            """)

    @Argument(help: "The speech's title, e.g. \"在工会干部培训班上的讲话\".") var title: String
    @Option(name: .long, help: "The date: YYYY-MM-DD, YYYY-MM or YYYY (default: today).") var date: String?
    @Option(name: .long, help: "The meeting or occasion.") var occasion: String?
    @Option(name: .long, help: "The site folder, holding content/.") var source = "."
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(output)
        do {
            let speechDate = try date.map(NewSpeech.date(option:)) ?? NewSpeech.today()
            let speech = NewSpeech(title: title, date: speechDate, occasion: occasion)
            let path = try speech.write(siteRoot: source)
            console.result(path)
            console.result(.newSpeechWritten(slug: speech.slug))
        } catch {
            console.print([error])
            throw ExitCode(1)
        }
    }
}
