import ArgumentParser
import PortalKit

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List the site's keywords with their counts, or (--suggest) terms to add to the glossary.")

    @OptionGroup var site: SiteOptions
    @Flag(name: .long, help: "List terms discovered in the speeches, with counts and example sentences.") var suggest = false
    @Option(name: .long, help: "With --suggest, how many candidates to show.") var limit = 40
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(quiet: output.quiet, verbose: output.verbose)
        let options = site.buildOptions(drafts: false, strict: false, progress: console.progress)
        let report: KeywordReport
        do {
            let (found, warnings) = try SiteBuilder(options: options).keywordReport(suggest: suggest)
            console.endProgress()
            console.print(warnings)
            report = found
        } catch {
            console.endProgress()
            console.print(error.diagnostics)
            console.failure("the site has errors; fix them first")
            throw ExitCode(1)
        }
        suggest ? printSuggestions(report, console) : printKeywords(report, console)
    }

    private func printKeywords(_ report: KeywordReport, _ console: Console) {
        var lines = ["mentions  speeches  origin        keyword"]
        for keyword in report.keywords {
            let aliases = keyword.aliases.isEmpty ? "" : " (\(keyword.aliases.joined(separator: ", ")))"
            lines.append(
                pad(String(keyword.mentions), 8) + "  " + pad(String(keyword.speeches), 8) + "  "
                    + keyword.origin.padding(12) + "  " + keyword.term + aliases)
        }
        lines.append("\(report.keywords.count) keywords")
        console.result(lines.joined(separator: "\n"))
    }

    /// Candidates as glossary entries an editor can paste into content/keywords.yml.
    private func printSuggestions(_ report: KeywordReport, _ console: Console) {
        let fresh = report.candidates.prefix(limit)
        var lines = ["# Terms found in the speeches (count in the text, number of speeches). Copy the good ones",
                     "# into content/keywords.yml under `keywords:`, and the noise under `deny:`."]
        for candidate in fresh {
            let status = candidate.isKeyword ? "has a page" : "no page yet"
            lines.append("  - term: \(candidate.term)    # \(candidate.count) times in \(candidate.speeches) speeches"
                + (candidate.quoted ? ", quoted" : "") + "; \(status)")
            for example in candidate.examples.prefix(2) { lines.append("    #   \(example)") }
        }
        console.result(lines.joined(separator: "\n"))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
