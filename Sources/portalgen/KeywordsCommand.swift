import ArgumentParser
import Keywords
import PortalKit

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List the site's keywords with their counts, or (--suggest) terms to add to the glossary.",
        discussion: """
            --accept TERM adds `- term: TERM` at the end of the `keywords:` list of content/keywords.yml, and \
            --deny TERM adds TERM to `deny:`; every other line of the file stays as it is, and nothing is written \
            when that cannot be done safely.
            """)

    @OptionGroup var site: SiteOptions
    @Flag(name: .long, help: "List terms discovered in all speeches: uses, speeches, years, page, a sentence, the glossary line.")
    var suggest = false
    @Option(name: .long, help: "With --suggest, how many candidates to show.") var limit = 40
    @Option(name: .long, help: "Add a term to the glossary (content/keywords.yml).") var accept: String?
    @Option(name: .long, help: "With --accept, the group of the new entry.") var group: String?
    @Option(name: .long, help: "Add a term to the glossary's deny list.") var deny: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(output)
        if accept != nil || deny != nil {
            try edit(console)
            return
        }
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

    private func edit(_ console: Console) throws {
        let editor = GlossaryEditor(siteRoot: site.source)
        do {
            for edit in [accept.map { GlossaryEditor.Edit.accept($0, group: group) }, deny.map(GlossaryEditor.Edit.deny)]
                .compactMap({ $0 }) {
                console.result(.glossaryLineAdded(try editor.apply(edit)))
            }
        } catch {
            console.print([error])
            throw ExitCode(1)
        }
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

    /// Candidates as glossary entries to paste into content/keywords.yml, each with what the site does with
    /// it now and a sentence that uses it.
    private func printSuggestions(_ report: KeywordReport, _ console: Console) {
        var lines = [console.catalogue.text(StatusLine.suggestionsIntroduction.message)]
        for candidate in report.candidates.prefix(limit) {
            let years = candidate.years.map { ", " + ($0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)") }
            lines.append(console.catalogue.text(StatusLine.suggestion(
                term: GlossaryEditor.yamlScalar(candidate.term, inFlow: false), uses: candidate.uses, speeches: candidate.speeches,
                years: years ?? "", quoted: candidate.quoted, page: candidate.pageMessage(maxTerms: report.maxTerms)).message))
            if let example = candidate.examples.first {
                lines.append(console.catalogue.text(StatusLine.suggestionExample(example).message))
            }
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
