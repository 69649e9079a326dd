import Foundation
import Testing
@testable import PortalKit

/// `keywords --accept/--deny`: one line added, every other line of the editor's file kept as written.
@Suite struct GlossaryEditorTests {
    /// A site folder with `content/keywords.yml` holding `text` (none when nil).
    static func site(_ text: String?) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
        if let text { try Data(text.utf8).write(to: root.appendingPathComponent("content/keywords.yml")) }
        return root
    }

    static func glossary(_ root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent("content/keywords.yml"), encoding: .utf8)
    }

    static let original = """
        # The glossary (comments stay).
        groups: [思想引领]

        keywords:
          - term: 两个确立   # a comment after a value
            group: 思想引领
          - 劳模精神

        # Never keywords.
        deny: [工会, 工作]
        discovery:
          max_terms: 15

        """

    @Test func acceptAddsOneEntryAfterTheLastAndKeepsEveryOtherLine() throws {
        let root = try Self.site(Self.original)
        defer { try? FileManager.default.removeItem(at: root) }
        let line = try GlossaryEditor(siteRoot: root.path).apply(.accept("供给侧结构性改革", group: "思想引领"))
        #expect(line == "  - term: 供给侧结构性改革\n    group: 思想引领")
        let edited = try Self.glossary(root)
        #expect(edited == Self.original.replacingOccurrences(
            of: "  - 劳模精神\n", with: "  - 劳模精神\n  - term: 供给侧结构性改革\n    group: 思想引领\n"))
    }

    @Test func denyGoesIntoAOneLineListOrABlockList() throws {
        let root = try Self.site(Self.original)
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try GlossaryEditor(siteRoot: root.path).apply(.deny("全国人民"))
        #expect(try Self.glossary(root).contains("deny: [工会, 工作, 全国人民]\n"))
        let block = try Self.site("deny:\n- 工会\n# end\n")
        defer { try? FileManager.default.removeItem(at: block) }
        _ = try GlossaryEditor(siteRoot: block.path).apply(.deny("a: b"))
        #expect(try Self.glossary(block) == "deny:\n- 工会\n- \"a: b\"\n# end\n")
    }

    @Test func aSiteWithoutGlossaryGetsOneAndWindowsLineEndsStay() throws {
        let none = try Self.site(nil)
        defer { try? FileManager.default.removeItem(at: none) }
        _ = try GlossaryEditor(siteRoot: none.path).apply(.accept("两个确立", group: nil))
        #expect(try Self.glossary(none) == "keywords:\n  - term: 两个确立\n")
        let windows = try Self.site("keywords:\r\n  - term: 甲乙丙\r\n")
        defer { try? FileManager.default.removeItem(at: windows) }
        _ = try GlossaryEditor(siteRoot: windows.path).apply(.accept("丁戊己", group: nil))
        #expect(try Self.glossary(windows) == "keywords:\r\n  - term: 甲乙丙\r\n  - term: 丁戊己\r\n")
    }

    @Test func nothingIsWrittenWhenTheEditIsNotSafe() throws {
        let flow = "keywords: [两个确立, 劳模精神]\n"
        let cases: [(String, GlossaryEditor.Edit, WritingError)] = [
            (Self.original, .accept("两个确立", group: nil), .alreadyInGlossary("两个确立", "term")),
            (Self.original, .accept("工会", group: nil), .alreadyInGlossary("工会", "deny")),
            (flow, .accept("工匠精神", group: nil), .glossaryListNotEditable("keywords")),
        ]
        for (text, edit, expected) in cases {
            let root = try Self.site(text)
            defer { try? FileManager.default.removeItem(at: root) }
            do {
                _ = try GlossaryEditor(siteRoot: root.path).apply(edit)
                Issue.record("\(edit) should be refused")
            } catch {
                #expect(error.message == Diagnostic(expected, at: nil).message)
                #expect(error.location?.file == "content/keywords.yml")
            }
            #expect(try Self.glossary(root) == text)
        }
        // A glossary with a mistake is not touched either.
        let broken = try Self.site("keywords:\n  - term: [\n")
        defer { try? FileManager.default.removeItem(at: broken) }
        #expect(throws: Diagnostic.self) { _ = try GlossaryEditor(siteRoot: broken.path).apply(.deny("x")) }
        #expect(try Self.glossary(broken) == "keywords:\n  - term: [\n")
    }
}
