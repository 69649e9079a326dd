import ArgumentParser
import Keywords
import PortalKit

struct KeywordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keywords",
        abstract: "List the site's keywords with their counts and whether each gets a compilation (原文摘编), or (--suggest) terms to add to the glossary.",
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
    /// terminal cells, so Chinese headings line up too), then the keyword with its aliases and, last (so the
    /// columns before it stay where scripts read them), whether it gets a compilation and why not.
    private func printKeywords(_ report: KeywordReport, _ console: Console) {
        let text = console.catalogue.text
        var rows = [(text(StatusLine.keywordsHeader.message), text(StatusLine.keywordsCompilationHeading.message))]
        for keyword in report.keywords {
            let aliases = keyword.aliases.isEmpty ? "" : " (\(keyword.aliases.joined(separator: ", ")))"
            let origin = text(keyword.origin.message)
            rows.append((
                String(keyword.mentions).padded(toCells: 8, right: true) + "  "
                    + String(keyword.speeches).padded(toCells: 8, right: true) + "  "
                    + origin.padded(toCells: 12, right: false) + "  " + keyword.term + aliases,
                text(report.compilationMessage(of: keyword))))
        }
        let width = rows.map(\.0.cells).max() ?? 0
        var lines = rows.map { $0.padded(toCells: width, right: false) + "  " + $1 }
        lines.append(text(StatusLine.keywordCount(report.keywords.count).message))
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
    /// Its width in terminal cells: a Chinese character or punctuation mark takes two.
    fileprivate var cells: Int {
        unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || (0x3000...0x303F).contains($1.value) ? 2 : 1) }
    }

    /// Padded with spaces to `cells` terminal cells.
    fileprivate func padded(toCells cells: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, cells - self.cells))
        return right ? padding + self : self + padding
    }
}
