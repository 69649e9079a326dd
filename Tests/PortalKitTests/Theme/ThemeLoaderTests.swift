import Foundation
import PortalSupport
import TemplateEngine
import Testing
@testable import PortalKit

@Suite struct ThemeLoaderTests {
    private func diagnostic(_ source: String) throws -> Diagnostic {
        let error = try #require(throws: TemplateError.self) { try TemplateLibrary(sources: ["home": source]) }
        return ThemeLoader.diagnostic(for: error)
    }

    /// Chinese characters take two cells in a terminal: the caret must count them twice to stand under the tag.
    @Test func theCaretStandsUnderTheTagAfterChineseText() throws {
        let printed = try diagnostic("最新讲话{{>missing}}").description
        let lines = printed.split(separator: "\n").map(String.init)
        #expect(lines[0] == "home:1:5: error: unknown partial \"missing\"")
        #expect(lines[1] == "  1 | 最新讲话{{>missing}}")
        #expect(lines[2] == "    |         ^")
        // Tabs stay tabs, so the caret lines up whatever the tab width.
        #expect(try diagnostic("\t{{#open}}").description.contains("    | \t^"))
    }

    @Test func aTemplateErrorKeepsItsKindAsTheMessageKey() throws {
        let found = try diagnostic("{{#section}}")
        #expect(found.message.key == .templateUnclosedSection)
        #expect(found.message.arguments["name"] == .text("section"))
        #expect(found.location == SourceLocation(file: "home", line: 1, column: 1))
    }

    @Test func aThemeNeedsItsFolderEveryPageKindAndItsLabels() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("theme-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ThemeLoader.load(directory: folder, displayRoot: "templates/").1.map(\.message.key) == [.noTemplatesFolder])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("<p>{{site.title}}</p>".utf8).write(to: URL(fileURLWithPath: folder + "/home.mustache"))
        let (theme, missingKinds) = ThemeLoader.load(directory: folder, displayRoot: "templates/")
        #expect(theme == nil)
        #expect(missingKinds.map(\.description) == [
            "templates/speech.mustache: error: the template for these page kinds is missing: speech, keyword, keywords, archive, archive-list, search, 404, redirect, compilation\n"
                + "  hint: every site needs home.mustache, speech.mustache, keyword.mustache, keywords.mustache, archive.mustache, archive-list.mustache, search.mustache, 404.mustache, redirect.mustache, compilation.mustache in templates/",
        ])
        for kind in SiteViews.requiredTemplates {
            try Data("<p>{{site.title}}</p>".utf8).write(to: URL(fileURLWithPath: folder + "/\(kind).mustache"))
        }
        #expect(ThemeLoader.load(directory: folder, displayRoot: "templates/").1.map(\.message.key) == [.noLabels])
        try Data(ThemeLabelsReadingTests.complete.utf8).write(to: URL(fileURLWithPath: folder + "/labels.yml"))
        let (loaded, diagnostics) = ThemeLoader.load(directory: folder, displayRoot: "templates/")
        #expect(diagnostics.isEmpty)
        #expect(loaded?.labels.text(.home) == "home")
    }
}
