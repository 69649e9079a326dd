import Foundation
import PortalTestSupport

extension SeedSpeeches {
    /// The five real speeches, copied byte for byte from the project's shared seeds into Fixtures/seeds so the
    /// converter's tests run from a fresh clone.
    static let fixtures = SeedSpeeches(folder: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seeds"))
}
