import Foundation
import PortalTestSupport

/// Runs the `portalgen` executable the package built, as an editor would from a shell.
enum Portalgen {
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static let repository = Repository.root

    static let fixtures = repository.appendingPathComponent("Tests/Fixtures")
    static let templates = repository.appendingPathComponent("templates").path

    /// `.build/<configuration>/portalgen`, beside the test bundle.
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("portalgen") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? repository.appendingPathComponent(".build/debug/portalgen")
    }

    /// The test process's environment in the C locale, so messages are English wherever the tests run,
    /// merged with `environment` (e.g. `LANG=zh_CN.UTF-8` for the Chinese runs).
    static func environment(_ environment: [String: String]) -> [String: String] {
        var base = ProcessInfo.processInfo.environment.filter { !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
        base["LANG"] = "C.UTF-8"
        return base.merging(environment) { $1 }
    }

    /// - Parameter timeout: seconds after which the process is killed (its status is then the signal's), so a
    ///   hanging build fails the test instead of hanging it.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], timeout: Double = 600,
        executable: URL = executable
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = Self.environment(environment)
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        // Read before waiting so a full pipe cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder, removed by the caller.
    /// A copy of `valid/<name>` in a temporary folder, removed after `body`.
    static func withFixtureCopy(_ name: String = "basic", _ body: (URL) throws -> Void) throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let site = work.appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("valid/\(name)"), to: site)
        try body(site)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portalgen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Every file below `folder` with its bytes, to prove a site was left untouched.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
