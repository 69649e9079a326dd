import Foundation
import Markdown
@testable import PortalKit
import SpeechText
import PortalTestSupport
import Testing

/// Inputs the front-matter fuzzer (Fuzz/Sources/FuzzSpeechReader, `script/fuzz`) found or that reach rare paths,
/// kept in Tests/Fixtures/fuzz-regressions/speech-reader and read as a `.md` and as a `.txt` file, as the harness
/// does; a speech that comes out is also rendered, as a build would.
@Suite struct SpeechReaderFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions/speech-reader")

    static let names: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreRegressions() {
        #expect(Self.names.count >= 3, "no inputs in \(Self.folder.path)")
    }

    @Test(arguments: names)
    func readsOrSaysWhyNot(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        // Line ends as the reader counts them, plus one past the end for things missing after the last line.
        let lines = bytes.count { $0 == 0x0A || $0 == 0x0D } + 2
        for fileName in ["fuzz.md", "2024-05-fuzz.txt"] {
            let path = "content/speeches/" + fileName
            let label = "\(name) as \(fileName)"
            let result = SpeechReader.read(bytes, path: path, fileName: fileName)
            for diagnostic in result.diagnostics {
                #expect(!MessageCatalogue.english.text(diagnostic.message).isEmpty, "\(label)")
                guard let location = diagnostic.location else { continue }
                #expect(location.file == path, "\(label): \(diagnostic)")
                #expect((location.line ?? 1) >= 1 && (location.line ?? 1) <= lines, "\(label): \(diagnostic)")
                #expect((location.column ?? 1) >= 1, "\(label): \(diagnostic)")
            }
            let errors = result.diagnostics.filter { $0.severity == .error }
            guard let speech = result.speech else {
                #expect(!errors.isEmpty, "\(label): no speech and no error")
                continue
            }
            #expect(errors.isEmpty, "\(label): a speech despite \(errors)")
            #expect(!speech.metadata.title.isEmpty, "\(label)")
            #expect(SpeechFileName.problem(with: speech.slug) == nil, "\(label): slug \(speech.slug)")
            #expect(speech.bodyFirstLine >= 1 && speech.bodyFirstLine <= lines, "\(label)")
            if speech.format == .markdown {
                let text = try SpeechTextDecoder.decode(bytes).text
                #expect(text.utf8.suffix(speech.markdown.utf8.count).elementsEqual(speech.markdown.utf8),
                        "\(label): the body is not the end of the file")
            }
            let body = MarkdownRenderer.render(speech.markdown)
            #expect(!body.html.contains("<script"), "\(label): \(body.html)")
            if case .plainText = speech.format {
                // A converted text keeps every character on the page (see Sources/SpeechText/README.md).
                let text = try SpeechTextDecoder.decode(bytes).text
                let header = speech.documentHeader.map(\.text).joined()
                let difference = RenderedText.difference(source: text, title: header, html: body.html)
                #expect(difference == nil, "\(label): \(difference ?? "")")
            }
        }
    }
}
