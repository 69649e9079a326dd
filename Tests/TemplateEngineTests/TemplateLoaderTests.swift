import Testing
import TemplateEngine

/// The library reads its templates through the loader it is handed, and names the files in its errors.
@Suite struct TemplateLoaderTests {
    /// Templates in memory; a name mapped to nil cannot be read.
    struct MemoryLoader: TemplateLoader {
        var files: [String: [UInt8]?]

        func templateNames() throws(TemplateLoadingFailure) -> [String] {
            Array(files.keys)
        }

        func bytes(of name: String) throws(TemplateLoadingFailure) -> [UInt8] {
            guard let bytes = files[name] ?? nil else {
                throw TemplateLoadingFailure(path: name + TemplateLibrary.fileExtension, reason: "Permission denied")
            }
            return bytes
        }
    }

    @Test func loadsEveryNamedTemplateAndDropsAByteOrderMark() throws {
        let loader = MemoryLoader(files: [
            "speech": Array("{{>partials/header}}<p>{{title}}</p>".utf8),
            "partials/header": [0xEF, 0xBB, 0xBF] + Array("<header>{{site}}</header>".utf8),
        ])
        let library = try TemplateLibrary(loader: loader, displayRoot: "templates")
        #expect(library.names == ["partials/header", "speech"])
        #expect(library.file(of: "partials/header") == "templates/partials/header.mustache")
        #expect(try library.render("speech", context: ["site": "S", "title": "T"]) == "<header>S</header><p>T</p>")
    }

    @Test func aTemplateThatIsNotUTF8() {
        #expect {
            try TemplateLibrary(loader: MemoryLoader(files: ["latin1": [0x63, 0x61, 0x66, 0xE9]]), displayRoot: "templates/")
        } throws: { error in
            (error as? TemplateError).map { $0.kind == .invalidEncoding && $0.file == "templates/latin1.mustache" } ?? false
        }
    }

    @Test func aFailureOfTheLoaderNamesTheFile() {
        #expect {
            try TemplateLibrary(loader: MemoryLoader(files: ["speech": nil]), displayRoot: "templates/")
        } throws: { error in
            (error as? TemplateError)?.kind == .unreadable(path: "templates/speech.mustache", reason: "Permission denied")
        }
    }
}
