import Foundation

/// The five real speeches, copied byte for byte from the project's shared seeds into
/// Fixtures/seeds so the tests run from a fresh clone.
enum SeedFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seeds")

    static let names = [
        "000_3c769116415c95ed.txt", "001_096c1f6663b99e3a.txt", "002_9c5b9b97e5413777.txt",
        "003_d862ae81768b0004.txt", "004_4310a0096f66f682.txt",
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }
}
