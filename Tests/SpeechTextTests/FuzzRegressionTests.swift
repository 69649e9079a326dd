import Foundation
import SpeechText
import PortalTestSupport
import Testing

/// Inputs the speech-text fuzzer (Fuzz/Sources/FuzzSpeechText, `script/fuzz`) found or that reach rare paths, kept
/// in Tests/Fixtures/fuzz-regressions/speech-text and run through the same calls and checks: decode, convert, then
/// the structure and "nothing lost" promises, in the Markdown and, when the cmark CLI is installed, on the page.
@Suite struct SpeechTextFuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions/speech-text")

    static let names: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreRegressions() {
        #expect(Self.names.count >= 3, "no inputs in \(Self.folder.path)")
    }

    @Test(arguments: names)
    func decodesAndConvertsOrRefusesInPlace(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let text: String
        do {
            text = try SpeechTextDecoder.decode(bytes).text
        } catch {
            let lines = bytes.count { $0 == 0x0A } + 1
            #expect(error.byteOffset >= 0 && error.byteOffset <= bytes.count, "\(name): \(error)")
            #expect(error.line >= 1 && error.line <= lines, "\(name): \(error)")
            #expect(!error.message.isEmpty, "\(name)")
            return
        }
        let speech = SpeechConverter.convert(text)
        let markdown = speech.markdown
        #expect(markdown.isEmpty || markdown.hasSuffix("\n"), "\(name)")
        if let title = speech.title {
            #expect(!title.isEmpty && !title.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, "\(name): \(title)")
        }

        // Each block is one line and paragraphs escape every `#`: a line starting with `#` is a heading.
        let headings = markdown.utf8.split(separator: UInt8(ascii: "\n"))
            .filter { $0.first == UInt8(ascii: "#") }
            .map { $0.prefix { $0 == UInt8(ascii: "#") }.count }
        #expect(headings == speech.outline.map { min(max($0.level, 1), 6) }, "\(name): \(markdown)")
        #expect(speech.outline.map(\.line) == speech.outline.map(\.line).sorted(), "\(name)")

        let expected = Self.visible(text.unicodeScalars, droppingBOM: true)
        let actual = Self.visible(Array((speech.title ?? "").unicodeScalars) + Self.plainText(markdown), droppingBOM: false)
        #expect(expected == actual, "\(name): text changed\n--- markdown ---\n\(markdown)")
        let header = speech.header.flatMap { Array($0.text.unicodeScalars) }
        let body = Self.visible(header + Self.plainText(speech.bodyMarkdown), droppingBOM: false)
        #expect(expected == body, "\(name): header + body changed\n--- body ---\n\(speech.bodyMarkdown)")
        if CmarkCLI.isAvailable { try Self.verifyPage(speech, expected: expected, name) }
    }

    /// What a page shows: the same text, and no structure the source did not have. Compared here rather than with
    /// `RenderedText.difference`, which drops a U+FEFF that starts the rendering as if it were the file's BOM.
    static func verifyPage(_ speech: ConvertedSpeech, expected: [Unicode.Scalar], _ name: String) throws {
        let html = try CmarkCLI.render(speech.markdown)
        for tag in NothingLostTests.forbiddenTags {
            #expect(!html.contains(tag), "\(name): unexpected \(tag) in\n\(html)")
        }
        let headings = (2...6).map { html.components(separatedBy: "<h\($0)>").count - 1 }.reduce(0, +)
        #expect(headings == speech.outline.count, "\(name): headings in HTML vs outline")
        let shown = (speech.title ?? "") + RenderedText.text(ofHTML: html)
        #expect(visible(shown.unicodeScalars, droppingBOM: false) == expected, "\(name): the page shows\n\(html)")
    }

    /// What a CommonMark renderer shows of the writer's output: a backslash escapes the next character, an
    /// unescaped `**` is bold, `#`s then a space open a heading line, and `&#x…;` is a character (every literal `&` is
    /// escaped).
    static func plainText(_ markdown: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var scalars = Array(markdown.unicodeScalars)[...]
        var atLineStart = true
        while let c = scalars.popFirst() {
            if atLineStart, c == "#" {
                while scalars.first == "#" { scalars.removeFirst() }
                if scalars.first == " " { scalars.removeFirst() }
                atLineStart = false
                continue
            }
            atLineStart = c == "\n"
            if c == "\\", let next = scalars.popFirst() {
                result.append(next)
            } else if c == "&", let reference = characterReference(&scalars) {
                result.append(reference)
            } else if c == "*", scalars.first == "*" {
                scalars.removeFirst()
            } else {
                result.append(c)
            }
        }
        return result
    }

    /// The character of a `#x…;` reference after an `&`, consumed from `scalars`.
    static func characterReference(_ scalars: inout ArraySlice<Unicode.Scalar>) -> Unicode.Scalar? {
        guard scalars.starts(with: ["#", "x"]), let semicolon = scalars.firstIndex(of: ";") else { return nil }
        var hex = ""
        hex.unicodeScalars.append(contentsOf: scalars[(scalars.startIndex + 2)..<semicolon])
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        scalars = scalars[(semicolon + 1)...]
        return scalar
    }

    /// Without white space; a byte-order mark that starts the source is not text, one anywhere else is.
    static func visible<S: Sequence<Unicode.Scalar>>(_ scalars: S, droppingBOM: Bool) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for (index, scalar) in scalars.enumerated() {
            if droppingBOM && index == 0 && scalar == "\u{FEFF}" { continue }
            if !scalar.properties.isWhitespace { result.append(scalar) }
        }
        return result
    }
}
