import Foundation
import Testing
import TemplateEngine
@testable import PortalKit

/// The templates folder read from disk, through the engine's loader.
@Suite struct TemplateFolderTests {
    /// A fresh directory with the given files (relative path → bytes), removed after `body`.
    static func withDirectory(_ files: [String: [UInt8]], _ body: (String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try body(root.path)
    }

    @Test func loadsNestedTemplatesByRelativeName() throws {
        let files: [String: [UInt8]] = [
            "speech.mustache": Array("{{>partials/header}}<p>{{title}}</p>".utf8),
            "partials/header.mustache": [0xEF, 0xBB, 0xBF] + Array("<header>{{site}}</header>".utf8),
            "partials/.#header.mustache": Array("{{#broken".utf8),
            "notes.txt": Array("{{#broken".utf8),
        ]
        try Self.withDirectory(files) { path in
            let library = try TemplateLibrary(loader: TemplateFolder(directory: path), displayRoot: "templates/")
            #expect(library.names == ["partials/header", "speech"])
            #expect(library.file(of: "partials/header") == "templates/partials/header.mustache")
            #expect(try library.render("speech", context: ["site": "S", "title": "T"]) == "<header>S</header><p>T</p>")
        }
    }

    @Test func errorsNameTheFileUnderTheDisplayRoot() throws {
        let files: [String: [UInt8]] = [
            "speech.mustache": Array("<h1>{{title}}</h1>\n{{>partials/heder}}\n".utf8),
            "partials/header.mustache": Array("<header></header>".utf8),
        ]
        try Self.withDirectory(files) { path in
            do throws(TemplateError) {
                _ = try TemplateLibrary(loader: TemplateFolder(directory: path), displayRoot: "templates")
                Issue.record("loaded a template with an unknown partial")
            } catch {
                #expect(error.file == "templates/speech.mustache")
                #expect((error.line, error.column) == (2, 1))
                #expect(error.description.hasPrefix("templates/speech.mustache:2:1: error: unknown partial \"partials/heder\""))
                #expect(error.hint.hasPrefix("did you mean \"partials/header\"?"))
            }
        }
    }

    @Test func unreadableDirectoryAndBadEncoding() throws {
        #expect(throws: TemplateError.self) {
            try TemplateLibrary(loader: TemplateFolder(directory: "/nonexistent/templates"), displayRoot: "templates/")
        }
        try Self.withDirectory(["latin1.mustache": [0x63, 0x61, 0x66, 0xE9]]) { path in
            do throws(TemplateError) {
                _ = try TemplateLibrary(loader: TemplateFolder(directory: path), displayRoot: "templates/")
                Issue.record("loaded a file that is not UTF-8")
            } catch {
                #expect(error.kind == .invalidEncoding)
                #expect(error.file == "templates/latin1.mustache")
            }
        }
    }

    /// A linked folder that holds the folder it is in is a loop: an error naming it, not an endless walk.
    @Test func aLinkLoopIsAnError() throws {
        try Self.withDirectory(["speech.mustache": Array("x".utf8), "partials/header.mustache": Array("h".utf8)]) { path in
            try FileManager.default.createSymbolicLink(atPath: path + "/partials/again", withDestinationPath: path)
            do throws(TemplateError) {
                _ = try TemplateLibrary(loader: TemplateFolder(directory: path), displayRoot: "templates/")
                Issue.record("loaded a folder with a link loop")
            } catch {
                #expect(error.kind == .unreadable(path: "templates/partials/again", reason: "a symbolic-link loop"))
            }
        }
    }
}
