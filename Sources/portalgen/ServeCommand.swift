import ArgumentParser
import Dispatch
import Foundation
import PortalKit
import PortalServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build a preview of the site, serve it, and rebuild and reload open pages when content/ or templates/ change.",
        discussion: "The preview is built into .portalgen-cache/preview/ in the site folder, never into the public/ that "
            + "`portalgen build` writes, so drafts (--drafts) never reach what gets published.")

    @OptionGroup var site: SiteOptions
    @Option(name: .long, help: "The port to listen on.") var port = 8000
    @Option(name: .long, help: "The address to listen on; other machines can connect unless it is a loopback address.")
    var host = "127.0.0.1"
    @Flag(name: .long, help: ArgumentHelp(
        "Look for changes every 0.3 s instead of being told by the system (inotify).",
        discussion: "For sites on network drives or in a virtual machine's shared folder, whose changes the system does not report."))
    var poll = false
    @OptionGroup var flags: BuildFlags
    @OptionGroup var output: OutputOptions

    func run() throws {
        let console = Console(output)
        var options = site.buildOptions(
            drafts: flags.drafts, strict: flags.strict, progress: console.progress,
            defaultOutput: PreviewConfiguration.previewFolder(siteRoot: site.source))
        // The preview's own folder publishes nothing, so a preview may show a site emptied of speeches; with
        // `--output` it may be a published folder, which keeps the build's guard.
        options.allowEmpty = site.output == nil
        let configuration = PreviewConfiguration(build: options, host: host, port: port, polling: poll)
        let server = PreviewServer(configuration: configuration) { event in
            Self.report(event, on: console)
        }
        let address: PreviewServer.Address
        do {
            address = try server.start()
        } catch {
            console.print(error.diagnostics)
            throw ExitCode(1)
        }
        if !address.isLoopback {
            console.print([Diagnostic(PreviewWarning.listeningBeyondLoopback(host: address.host), at: nil)])
        }
        let watched = configuration.watchedFolders.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let folder = options.output.hasSuffix("/") ? options.output : options.output + "/"
        console.result(.serving(
            folder: folder, url: address.url, watched: watched, method: (server.watchMethod ?? .inotify).message))
        Self.waitForInterrupt()
        server.stop()
        console.result(.stopped)
    }

    private static func report(_ event: PreviewEvent, on console: Console) {
        switch event {
        case .building(let changes):
            guard !changes.isEmpty else { return }
            console.result(.changed(changes))
        case .built(let report):
            console.endProgress()
            console.print(report.warnings)
            if console.verbose {
                for stage in report.stages { console.detail(stage.line) }
            }
            console.result(report.summary)
        case .failed(let failure):
            console.endProgress()
            console.print(failure.diagnostics)
            console.failure(.previewBuildFailed(errors: failure.errorCount))
        }
    }

    /// Blocks until Ctrl-C or SIGTERM, so the server can stop cleanly (a build in progress finishes first).
    /// A second Ctrl-C ends the process at once.
    private static func waitForInterrupt() {
        let done = DispatchSemaphore(value: 0)
        var sources: [DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                signal(SIGINT, SIG_DFL)
                signal(SIGTERM, SIG_DFL)
                done.signal()
            }
            source.resume()
            sources.append(source)
        }
        done.wait()
        for source in sources { source.cancel() }
    }
}
