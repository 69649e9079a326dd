import Foundation

/// A folder of real speeches (`.txt`) that tests read: the five in `../shared/seeds` beside the repository,
/// or a copy kept with a test target.
///
/// A checkout without them must not pass by running nothing: `names` then holds one name that says where the
/// speeches were looked for, so a test with those arguments runs once and fails in `bytes(_:)` with that
/// message, and `texts()` throws it.
public struct SeedSpeeches: Sendable {
    /// Why there is nothing to read.
    public struct Missing: Error, CustomStringConvertible {
        public var folder: String
        public var description: String {
            "no seed speeches (*.txt) in \(folder); the tests read the project's shared seeds from ../shared/seeds"
        }
    }

    /// `../shared/seeds` beside the repository.
    public static let shared = SeedSpeeches(folder: Repository.root.deletingLastPathComponent().appendingPathComponent("shared/seeds"))

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    private var found: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The speeches' file names, sorted; when there are none, one name saying so (see the type).
    public var names: [String] {
        let names = found
        return names.isEmpty ? ["(missing: \(folder.path))"] : names
    }

    public func bytes(_ name: String) throws -> [UInt8] {
        guard !found.isEmpty else { throw Missing(folder: folder.path) }
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The speech as text (the seeds are UTF-8).
    public func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// Every speech, in name order.
    public func texts() throws -> [String] {
        guard !found.isEmpty else { throw Missing(folder: folder.path) }
        return try found.map(text)
    }
}
