import Foundation
import PortalTestSupport
import Testing

/// The seed tests read `../shared/seeds`; a checkout without it must fail them, not run none of their cases.
@Suite struct SeedSpeechesTests {
    @Test func theSharedSeedsAreThere() throws {
        #expect(try SeedSpeeches.shared.texts().count == 5)
        #expect(SeedSpeeches.shared.names.allSatisfy { $0.hasSuffix(".txt") })
    }

    @Test func missingSeedsStillGiveOneCaseThatFailsWithTheFolder() throws {
        let missing = SeedSpeeches(folder: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/seeds"))
        #expect(missing.names.count == 1)
        let error = #expect(throws: SeedSpeeches.Missing.self) { try missing.bytes(missing.names[0]) }
        #expect(error?.description.contains(missing.folder.path) == true)
        #expect(throws: SeedSpeeches.Missing.self) { try missing.texts() }
    }
}
