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
        let console = Console(quiet: output.quiet, verbose: output.verbose)
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
            console.failure("the site has errors; fix them first")
            throw ExitCode(1)
        }
        suggest ? printSuggestions(report, console) : printKeywords(report, console)
    }

    private func edit(_ console: Console) throws {
        let editor = GlossaryEditor(siteRoot: site.source)
        do {
            for edit in [accept.map { GlossaryEditor.Edit.accept($0, group: group) }, deny.map(GlossaryEditor.Edit.deny)]
                .compactMap({ $0 }) {
                let line = try editor.apply(edit)
                console.result("content/keywords.yml: added\n" + line)
            }
        } catch {
            console.print([error])
            throw ExitCode(1)
        }
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

    /// Candidates as glossary entries to paste into content/keywords.yml, each with what the site does with
    /// it now and a sentence that uses it.
    private func printSuggestions(_ report: KeywordReport, _ console: Console) {
        var lines = [
            "# Terms found in all speeches, best first. Copy a good one's `- term:` line under `keywords:` in",
            "# content/keywords.yml (or run `portalgen keywords --accept TERM`); send noise to `deny:`",
            "# (`portalgen keywords --deny TERM`). Uses and speeches are those of its page when it has one.",
        ]
        for candidate in report.candidates.prefix(limit) {
            var facts = ["\(candidate.uses) uses in \(candidate.speeches) speeches"]
            if let years = candidate.years { facts.append(years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)") }
            if candidate.quoted { facts.append("quoted") }
            lines.append("  - term: \(GlossaryEditor.yamlScalar(candidate.term, inFlow: false))")
            lines.append("    # " + facts.joined(separator: ", ") + "; " + status(candidate, maxTerms: report.maxTerms))
            if let example = candidate.examples.first { lines.append("    #   \(example)") }
        }
        console.result(lines.joined(separator: "\n"))
    }

    private func status(_ candidate: KeywordReport.Candidate, maxTerms: Int) -> String {
        switch candidate.page {
        case .page(let address, false): return "has a page: \(address)"
        case .page(let address, true): return "kept page of a former keyword: \(address)"
        case .redirect(let address): return "no page; its old address \(address) redirects"
        case .none: break
        }
        switch candidate.status {
        case .accepted, .belowCut: return "no page: not among the first \(maxTerms) found (max_terms)"
        case .general: return "no page: general vocabulary (used everywhere)"
        case .partOf(let longer): return "no page: most uses are inside “\(longer)”"
        case .extensionOf(let shorter): return "no page: the page of “\(shorter)” lists all its uses"
        }
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
