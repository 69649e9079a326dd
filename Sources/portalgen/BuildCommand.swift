import ArgumentParser
import Foundation
import PortalKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Write the site from content/ and templates/ into the output folder.")

    @OptionGroup var site: SiteOptions
    @OptionGroup var flags: BuildFlags
    @OptionGroup var output: OutputOptions
    @Flag(name: .long, help: "Publish a site without speeches even where the output folder has a site with speeches.")
    var allowEmpty = false
    @Option(name: .long, help: ArgumentHelp(
        "How many seconds to wait for another build of the same output folder to finish.", valueName: "seconds"))
    var wait: Double = 60

    func run() throws {
        let console = Console(output)
        var options = site.buildOptions(drafts: flags.drafts, strict: flags.strict, progress: console.progress)
        options.allowEmpty = allowEmpty
        options.lockTimeout = wait
        do {
            let report = try SiteBuilder(options: options).build()
            console.endProgress()
            console.print(report.warnings)
            if output.verbose {
                for stage in report.stages { console.detail(stage.line) }
                if !report.valuesFromDocuments.isEmpty { console.detail(.valuesFromText) }
                for line in report.valuesFromDocuments.flatMap(\.statusLines) { console.detail(line) }
            }
            console.result(report.summary)
        } catch {
            console.endProgress()
            console.print(error.diagnostics)
            console.failure(.buildFailed(errors: error.errorCount, output: options.output))
            throw ExitCode(1)
        }
    }
}

/// Where the site is, for every command that reads it.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site folder, holding content/ and templates/.") var source = "."
    @Option(name: .long, help: "The folder the site is written to (default: public/ in the site folder).") var output: String?
    @Option(name: .long, help: "The templates folder (default: templates/ in the site folder).") var templates: String?

    /// - Parameter defaultOutput: the output folder when `--output` is not given (`public/` in the site folder
    ///   when nil).
    func buildOptions(
        drafts: Bool, strict: Bool, progress: (@Sendable (BuildStage) -> Void)?, defaultOutput: String? = nil
    ) -> BuildOptions {
        BuildOptions(siteRoot: source, output: output ?? defaultOutput, templates: templates, includeDrafts: drafts,
                     strict: strict, progress: progress)
    }
}

/// How a build treats drafts and template names, for `build` and `serve`.
struct BuildFlags: ParsableArguments {
    @Flag(name: .long, help: "Include speeches marked `draft: true`.") var drafts = false
    @Flag(name: .long, help: ArgumentHelp(
        "Fail on names a template reads that a page does not provide, and on speech files that cannot be read.",
        discussion: "A file name that is not UTF-8, a link to nothing and a link loop are then errors, not warnings."))
    var strict = false
}

/// What a command prints, and in which language; every command has these.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print only errors.") var quiet = false
    @Flag(name: [.short, .long], help: "Print each stage and its time.") var verbose = false
    @Option(name: .long, help: ArgumentHelp(
        "The language of messages: zh (简体中文) or en.",
        discussion: "Without it, Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with zh."))
    var lang: MessageLanguage?

    /// `--lang`, else the locale of the environment.
    var language: MessageLanguage {
        lang ?? MessageLanguage.fromEnvironment(ProcessInfo.processInfo.environment)
    }
}

extension MessageLanguage: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
