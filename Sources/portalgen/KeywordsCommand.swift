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
        let console = Console(output)
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
            console.failure(.siteHasErrors)
            throw ExitCode(1)
        }
        suggest ? printSuggestions(report, console) : printKeywords(report, console)
    }

    /// A table: the counts right-aligned under their headings, the origin padded to one width (counted in
    /// terminal cells, so Chinese headings line up too).
    private func printKeywords(_ report: KeywordReport, _ console: Console) {
        var lines = [console.catalogue.text(StatusLine.keywordsHeader.message)]
        for keyword in report.keywords {
            let aliases = keyword.aliases.isEmpty ? "" : " (\(keyword.aliases.joined(separator: ", ")))"
            let origin = console.catalogue.text(keyword.origin.message)
            lines.append(
                String(keyword.mentions).padded(toCells: 8, right: true) + "  "
                    + String(keyword.speeches).padded(toCells: 8, right: true) + "  "
                    + origin.padded(toCells: 12, right: false) + "  " + keyword.term + aliases)
        }
        lines.append(console.catalogue.text(StatusLine.keywordCount(report.keywords.count).message))
        console.result(lines.joined(separator: "\n"))
    }

    /// Candidates as glossary entries an editor can paste into content/keywords.yml.
    private func printSuggestions(_ report: KeywordReport, _ console: Console) {
        var lines = [console.catalogue.text(StatusLine.suggestionsIntroduction.message)]
        for candidate in report.candidates.prefix(limit) {
            lines.append(console.catalogue.text(StatusLine.suggestion(
                term: candidate.term, count: candidate.count, speeches: candidate.speeches, quoted: candidate.quoted,
                hasPage: candidate.isKeyword).message))
            for example in candidate.examples.prefix(2) { lines.append("    #   \(example)") }
        }
        console.result(lines.joined(separator: "\n"))
    }
}

extension String {
    /// Padded with spaces to `cells` terminal cells; a Chinese character takes two.
    fileprivate func padded(toCells cells: Int, right: Bool) -> String {
        let width = unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || (0x3000...0x303F).contains($1.value) ? 2 : 1) }
        let padding = String(repeating: " ", count: max(0, cells - width))
        return right ? padding + self : self + padding
    }
}
