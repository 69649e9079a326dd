import Testing
@testable import SpeechText

/// The fixture documents (see `DocumentFixtures`): header, values and their sources, outline and
/// joins as an editor reads them, and the properties every document must have.
struct DocumentTests {
    @Test(arguments: DocumentFixtures.names)
    func readsAsAnEditorWould(_ name: String) throws {
        let expected = try DocumentFixtures.expected(name)
        let actual = DocumentFixtures.actual(SpeechConverter.convert(try DocumentFixtures.text(name)))
        for key in ["title", "date", "occasion", "speaker"] {
            #expect(actual.fields[key] == expected.fields[key], "\(name): \(key)")
        }
        #expect(actual.header == expected.header, "\(name): header lines")
        if let outline = expected.outline {
            #expect(actual.outline == outline, "\(name): outline")
        }
        #expect(actual.joins == expected.joins, "\(name): joins")
    }

    @Test(arguments: DocumentFixtures.names)
    func headerLinesAreTheSourceLinesVerbatim(_ name: String) throws {
        let text = try DocumentFixtures.text(name)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let speech = SpeechConverter.convert(text)
        for header in speech.header {
            #expect(header.text == lines[header.line - 1].trimmingCharacters(in: .whitespaces), "\(name): line \(header.line)")
        }
        if !speech.header.isEmpty {
            #expect(speech.header.map(\.line) == Array(1...speech.header.count), "\(name): the header is the first lines")
        }
        if let title = speech.title {
            #expect(title == speech.header.filter { $0.role == .title }.map(\.text).joined(separator: "\u{3000}"))
        }
    }

    @Test(arguments: DocumentFixtures.names)
    func outlineIsATree(_ name: String) throws {
        let outline = SpeechConverter.convert(try DocumentFixtures.text(name)).outline
        var previous = 1
        for entry in outline {
            #expect(entry.level >= 2 && entry.level <= previous + 1, "\(name): \(entry.text) skips a level")
            previous = entry.level
        }
    }

    @Test(arguments: DocumentFixtures.names)
    func joinsAreReversible(_ name: String) throws {
        let text = try DocumentFixtures.text(name)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let speech = SpeechConverter.convert(text)
        for join in speech.joins {
            let parts = join.lines.map { lines[$0 - 1] }
            #expect(join.breaks.count == parts.count - 1 && join.insertedSpace.count == parts.count - 1)
            // Rebuild the paragraph from the source lines, then cut it back at the recorded breaks.
            var paragraph = parts[0].unicodeScalars.map { $0 }
            for (index, part) in parts.dropFirst().enumerated() {
                if join.insertedSpace[index] { paragraph.append(" ") }
                #expect(paragraph.count == join.breaks[index], "\(name): break \(index) of \(join.lines)")
                paragraph.append(contentsOf: part.unicodeScalars)
            }
            // The body's text (escapes, bold and heading marks taken away) holds the paragraph whole.
            let body = SpeechTextFuzzRegressionTests.visible(
                SpeechTextFuzzRegressionTests.plainText(speech.bodyMarkdown), droppingBOM: false)
            let wanted = SpeechTextFuzzRegressionTests.visible(paragraph, droppingBOM: false)
            #expect(SpeechConverter.string(body[...]).contains(SpeechConverter.string(wanted[...])),
                    "\(name): lines \(join.lines) are one paragraph")
        }
    }

    /// make-corpus.py's long texts: their generated sections (…方面的工作) are one heading level, and
    /// every one of them is a heading.
    @Test(arguments: DocumentFixtures.names.filter { $0.hasPrefix("corpus-") })
    func corpusSectionsAreOneLevel(_ name: String) throws {
        let text = try DocumentFixtures.text(name)
        let sections = text.split(separator: "\n").filter { $0.hasSuffix("方面的工作") }
        let outline = SpeechConverter.convert(text).outline.filter { $0.text.hasSuffix("方面的工作") }
        #expect(outline.map(\.text) == sections.map(String.init))
        #expect(Set(outline.map(\.level)).count == 1, "\(name): \(outline.map(\.level))")
    }
}
