import PortalKit
import SpeechText

/// libFuzzer target for `SpeechReader.read`: front matter (YAML through Yams) for a `.md` name and the converter
/// for a `.txt` name, from the same bytes.
///
/// Beyond "no crash", it checks what the build relies on: a file that gives no speech says why with an error,
/// every diagnostic points at a line of the file, and no slug can leave the output folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpeechReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for fileName in ["fuzz.md", "2024-05-fuzz.txt"] {
        let path = "content/speeches/" + fileName
        ReaderFuzzing.check(SpeechReader.read(bytes, path: path, fileName: fileName), bytes: bytes, path: path)
    }
    return 0
}

enum ReaderFuzzing {
    static func check(_ result: SpeechReader.Result, bytes: [UInt8], path: String) {
        // Line ends as the reader counts them (LF, and CR alone in plain text), plus one past the end for
        // "missing" things reported after the last line.
        let lines = bytes.count { $0 == 0x0A || $0 == 0x0D } + 2
        for diagnostic in result.diagnostics {
            require(!MessageCatalogue.english.text(diagnostic.message).isEmpty, "diagnostic without a message")
            guard let location = diagnostic.location else { continue }
            require(location.file == path, "diagnostic names another file: \(diagnostic)")
            if let line = location.line {
                require(line >= 1 && line <= lines, "diagnostic on line \(line) of \(lines - 1): \(diagnostic)")
            }
            if let column = location.column {
                require(column >= 1, "diagnostic at column \(column): \(diagnostic)")
            }
        }
        guard let speech = result.speech else {
            require(result.diagnostics.contains { $0.severity == .error }, "no speech and no error")
            return
        }
        require(!result.diagnostics.contains { $0.severity == .error }, "a speech despite an error")
        require(!speech.metadata.title.isEmpty, "a speech without a title")
        let slug = speech.slug
        require(!slug.isEmpty && !slug.contains("/") && !slug.contains("\\") && !slug.contains("..")
                && !slug.hasPrefix(".") && !slug.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
                "slug \(String(reflecting: slug)) could leave the output folder")
        require(speech.bodyFirstLine >= 1 && speech.bodyFirstLine <= lines, "body starts on line \(speech.bodyFirstLine)")
        if speech.format == .markdown, let text = try? SpeechTextDecoder.decode(bytes).text {
            require(text.utf8.suffix(speech.markdown.utf8.count).elementsEqual(speech.markdown.utf8),
                    "the body is not the end of the file")
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        fatalError(message())
    }
}
