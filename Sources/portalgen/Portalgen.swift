import ArgumentParser
import PortalKit

/// The command line: parses arguments and calls PortalKit; everything else lives in the library.
@main
struct Portalgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portalgen",
        abstract: "Builds the trade-union study portal (工会学习园地) from content/ and templates/.",
        version: PortalgenVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ImportCommand.self, KeywordsCommand.self, ServeCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self)
}
