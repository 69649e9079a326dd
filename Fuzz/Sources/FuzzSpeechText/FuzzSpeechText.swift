import CmarkFuzz
import SpeechText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libFuzzer target for the plain-text path: bytes → `SpeechTextDecoder` → `SpeechConverter`.
///
/// Beyond "no crash", it checks the promises of Sources/SpeechText/README.md: a refusal points inside the file, the
/// Markdown has exactly one heading line per outline entry, and no character of the text is lost or added, both
/// in the Markdown itself (escapes, bold markers and heading marks taken away) and in the HTML cmark makes of it,
/// as a page shows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpeechText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let decoded: DecodedText
    do {
        decoded = try SpeechTextDecoder.decode(bytes)
    } catch {
        let lines = bytes.count { $0 == 0x0A } + 1
        SpeechFuzzing.require(error.byteOffset >= 0 && error.byteOffset <= bytes.count, "refused outside the file: \(error)")
        SpeechFuzzing.require(error.line >= 1 && error.line <= lines, "refused on no line: \(error)")
        return 0
    }
    let speech = SpeechConverter.convert(decoded.text)
    SpeechFuzzing.check(speech, source: decoded.text)
    return 0
}

enum SpeechFuzzing {
    static func check(_ speech: ConvertedSpeech, source: String) {
        let markdown = speech.markdown
        require(markdown.isEmpty || markdown.hasSuffix("\n"), "Markdown does not end with a line feed")
        if let title = speech.title {
            // Only CR and LF end a line here; a form feed or U+2028 inside a line is kept as written.
            require(!title.isEmpty && !title.unicodeScalars.contains { $0 == "\n" || $0 == "\r" },
                    "title is empty or spans lines: \(String(reflecting: title))")
        }

        // Every block is one line, and the writer escapes every `#` in paragraphs: a line starting with `#` is a
        // heading, and its level is the outline's (clamped as the writer clamps it).
        var headings: [Int] = []
        for line in markdown.utf8.split(separator: UInt8(ascii: "\n")) where line.first == UInt8(ascii: "#") {
            let marks = line.prefix { $0 == UInt8(ascii: "#") }.count
            require(line.dropFirst(marks).first == UInt8(ascii: " "), "heading without a space after its marks")
            headings.append(marks)
        }
        require(headings.count == speech.outline.count,
                "\(headings.count) heading lines but \(speech.outline.count) outline entries")
        var previousLine = 0
        for (entry, marks) in zip(speech.outline, headings) {
            require(min(max(entry.level, 1), 6) == marks, "outline level \(entry.level) written as \(marks) marks")
            // A line whose inline 一是 starts a heading series gives several headings (see InlineSeriesStart).
            require(!entry.text.isEmpty && entry.line >= previousLine, "outline entry out of order: \(entry)")
            previousLine = entry.line
        }

        let expected = visible(source.unicodeScalars, droppingBOM: true)
        // Both forms: the title then `markdown`, and the header lines then `bodyMarkdown`.
        let header = speech.header.flatMap { Array($0.text.unicodeScalars) }
        for (form, actual) in [("title + markdown", visible(Array((speech.title ?? "").unicodeScalars) + plainText(markdown), droppingBOM: false)),
                               ("header + body", visible(header + plainText(speech.bodyMarkdown), droppingBOM: false))]
            where expected != actual {
            var at = 0
            while at < min(expected.count, actual.count), expected[at] == actual[at] { at += 1 }
            require(false, "\(form): text changed at visible character \(at): expected \(excerpt(expected, at)), "
                + "got \(excerpt(actual, at))")
        }
        checkHTML(speech, expected: expected)
    }

    /// Block-level HTML and inline markup the converter must never cause: each means an escape was missed.
    static let forbiddenTags = ["<ul", "<ol", "<li", "<blockquote", "<pre", "<code", "<hr", "<a ", "<img", "<em>",
                                "<table", "<h1", "<!--", "<div", "<br", "<p><p"]

    /// The page's view: what cmark (safe mode, as the site renders) shows of the Markdown.
    static func checkHTML(_ speech: ConvertedSpeech, expected: [Unicode.Scalar]) {
        let markdown = speech.markdown
        guard let rendered = markdown.withCString({ cmark_markdown_to_html($0, strlen($0), CMARK_OPT_DEFAULT) })
        else { return require(false, "cmark rendered nothing") }
        let html = String(cString: rendered)
        free(rendered)
        for tag in forbiddenTags {
            require(!html.contains(tag), "unexpected \(tag) in the HTML of \(String(reflecting: markdown))")
        }
        let headings = (2...6).map { html.components(separatedBy: "<h\($0)>").count - 1 }.reduce(0, +)
        require(headings == speech.outline.count, "\(headings) HTML headings but \(speech.outline.count) outline entries")
        let shown = visible(Array((speech.title ?? "").unicodeScalars) + textOfHTML(html), droppingBOM: false)
        if expected != shown {
            var at = 0
            while at < min(expected.count, shown.count), expected[at] == shown[at] { at += 1 }
            require(false, "the page shows different text at visible character \(at): expected "
                + "\(excerpt(expected, at)), shown \(excerpt(shown, at))\nMarkdown: \(String(reflecting: markdown))")
        }
    }

    /// Text content of cmark's HTML: tags dropped and the four entities cmark writes decoded.
    static func textOfHTML(_ html: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var inTag = false
        var entity: String?
        for c in html.unicodeScalars {
            if inTag {
                if c == ">" { inTag = false }
            } else if var name = entity {
                if c == ";" {
                    let decoded: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\""]
                    if let scalar = decoded[name] {
                        result.append(scalar)
                    } else {
                        result += ["&"] + Array(name.unicodeScalars) + [";"]
                    }
                    entity = nil
                } else {
                    name.unicodeScalars.append(c)
                    entity = name
                }
            } else if c == "<" {
                inTag = true
            } else if c == "&" {
                entity = ""
            } else {
                result.append(c)
            }
        }
        return result
    }

    /// The text a CommonMark renderer shows for the writer's output: a backslash escapes the next character, an
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

    /// Without white space, as the "nothing lost" tests compare; a byte-order mark that starts the source is not
    /// text (the converter drops it), one anywhere else is.
    static func visible<S: Sequence<Unicode.Scalar>>(_ scalars: S, droppingBOM: Bool) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for (index, scalar) in scalars.enumerated() {
            if droppingBOM && index == 0 && scalar == "\u{FEFF}" { continue }
            if !scalar.properties.isWhitespace { result.append(scalar) }
        }
        return result
    }

    static func excerpt(_ scalars: [Unicode.Scalar], _ at: Int) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[max(0, at - 10)..<min(scalars.count, at + 10)])
        return String(reflecting: text)
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        fatalError(message())
    }
}
