import ArgumentParser
import Foundation
import PortalKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build the site in strict mode into a temporary folder and prove every link, anchor and page.",
        discussion: "With --site, check a site that is already built instead (e.g. public/).")

    @OptionGroup var site: SiteOptions
    @Flag(name: .long, help: "Include speeches marked `draft: true`.") var drafts = false
    @Option(name: .customLong("site"), help: "Check this built site without building.") var builtSite: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(output)
        var folder = builtSite
        var temporary: String?
        if folder == nil {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-check-\(getpid())").path
            temporary = path
            var options = site.buildOptions(drafts: drafts, strict: true, progress: console.progress)
            options.output = path + "/site"
            do {
                let report = try SiteBuilder(options: options).build()
                console.endProgress()
                console.print(report.warnings)
            } catch {
                console.endProgress()
                console.print(error.diagnostics)
                try? FileManager.default.removeItem(atPath: path)
                console.failure(.siteDoesNotBuild(errors: error.errorCount))
                throw ExitCode(1)
            }
            folder = options.output
        }
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let report = SiteChecker(site: folder ?? ".").check()
        console.print(report.problems)
        if report.problems.isEmpty {
            console.result(.checked(pages: report.pages, links: report.links))
        } else {
            console.failure(.checkFoundProblems(problems: report.problems.count, pages: report.pages))
            throw ExitCode(1)
        }
    }
}
