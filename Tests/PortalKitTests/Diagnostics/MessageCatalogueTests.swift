import Foundation
import Keywords
import PortalServer
import PortalSupport
import SpeechText
import TemplateEngine
import Testing
@testable import PortalKit

/// Every message has a stable key and words in the English catalogue, and names exactly the values its words
/// use: what a second catalogue (issue 16's Chinese) can rely on.
@Suite struct MessageCatalogueTests {
    /// One report of every kind, together reaching every key (a hint or a phrase inside a message counts).
    static var samples: [any Reportable] {
        let failures = [
            FileSystem.Failure.Operation.create, .write, .createFolder, .replace, .keep, .move(to: "public"),
        ].map { FileSystem.Failure(path: "public/x", operation: $0, code: 28) }
        let slugProblems: [SlugProblem] = [
            .empty, .leavesFolder, .absolute, .separator, .hidden, .controlCharacters, .urlCharacter, .tooLong,
        ]
        let expected: [ContentError.ValueKind] = [.text, .bool, .wholeNumber, .number, .textList, .glossaryEntries, .settings]
        let found: [ContentError.FoundValue] = [.empty, .list, .group, .alias, .text("也许"), .listContaining(.group)]
        var samples: [any Reportable] = [
            ContentError.missingFrontMatter, ContentError.unclosedFrontMatter, ContentError.missingTitle,
            ContentError.unknownField("titel", suggestion: "title"), ContentError.unknownField("作者", suggestion: nil),
            ContentError.badDate("2023/10/23"), ContentError.duplicateSlug("a", firstPath: "content/speeches/a.md"),
            ContentError.emptyFile, ContentError.unsupportedFile("a.doc"), ContentError.unreadableSpeech,
            ContentError.unreadableSettingsFile, ContentError.noSpeechesFolder("content/speeches"),
            ContentError.noTitleLine(path: "content/speeches/a.txt"), ContentError.linkToMissingSpeech("b.md"),
            ContentError.unsafeLink("javascript:x"), ContentError.invalidYAML(problem: "could not find expected ':'"),
            ContentError.notMapping, ContentError.emptyField("title"), ContentError.duplicateField("title"),
            SettingsError.unknownSiteField("titel", suggestion: "title", known: ["title"]),
            SettingsError.unknownSiteField("x", suggestion: nil, known: ["title"]), SettingsError.baseURLScheme,
            SettingsError.readingSpeedNotPositive, SettingsError.unknownGlossaryField("x", known: ["keywords"]),
            SettingsError.glossaryEntryNotMapping, SettingsError.glossaryEmptyTerm, SettingsError.glossaryEntryWithoutTerm,
            SettingsError.unknownGlossaryEntryField("x", suggestion: nil, known: ["term"]),
            KeywordsError.duplicateName("产改", firstTerm: "产业工人队伍建设改革", firstLocation: SourceLocation(file: "k.yml", line: 3)),
            KeywordsError.unknownDiscoverySetting("min_cont"),
            KeywordsError.retiredDiscoverySetting("min_boundary_entropy", replacement: "min_boundary_variety"),
            KeywordsError.retiredDiscoverySetting("old", replacement: nil), KeywordsError.unreadableLockLine("x"),
            KeywordsError.unknownLockState("gone"), KeywordsError.duplicateLockAddress("两个确立"),
            KeywordsError.unsafeLockAddress("../x"), KeywordsError.lockFileEdited,
            KeywordsError.publishedPagesKept(["keywords/计划经济/"]),
            KeywordsError.publishedAddressesRedirected(["keywords/劳动竞赛/ → keywords/劳动和技能竞赛/"]),
            ThemeError.noTemplatesFolder, ThemeError.missingPageTemplates(["speech"], folder: "templates/"),
            ThemeError.missingPageTemplates(["speech", "404"], folder: "templates/"), ThemeError.noLabels(folder: "templates/"),
            ThemeError.notUTF8, ThemeError.missingLabels(["home"]),
            ThemeError.unknownLabel("serach", suggestion: "search", known: ["search"]),
            ThemeError.unknownLabel("x", suggestion: nil, known: ["search"]),
            ThemeError.unknownLabelPlaceholder(label: "home", placeholder: "x", allowed: []),
            ThemeError.unknownLabelPlaceholder(label: "keyword_link_title", placeholder: "titel", allowed: ["term"]),
            ThemeError.unresolvedName("titel", page: "index.html"),
            OutputError.isSiteFolder, OutputError.containsSiteFolder, OutputError.insideSourceFolder("content"),
            OutputError.isFile, OutputError.notMadeByPortalgen(files: "a.txt"), OutputError.stagingInTheWay("/x"),
            OutputError.cannotPrepare(failures[0]), OutputError.cannotReplace(failures[1], output: "public"),
            OutputError.foreignFileKept, OutputError.cannotRecordAddresses(failures[1]),
            WritingError.alreadyInGlossary("劳模精神", "term"), WritingError.glossaryListNotEditable("keywords"),
            WritingError.glossaryEditFailed("劳模精神"),
            WritingError.emptyTitle, WritingError.multilineTitle, WritingError.noContentFolder, WritingError.fileExists,
            WritingError.badDateOption("明天"), WritingError.unreadableImport, WritingError.importedFileExists("a.md"),
            CheckProblem.emptyLink(""), CheckProblem.absoluteLink("/a"), CheckProblem.brokenPercentEncoding("%zz"),
            CheckProblem.linkLeavesSite("../../x"), CheckProblem.missingTarget(link: "a.html", target: "a.html"),
            CheckProblem.missingAnchor(link: "#x", fragment: "x", target: "index.html"), CheckProblem.noHomePage,
            CheckProblem.unreachable, PreviewWarning.listeningBeyondLoopback(host: "0.0.0.0"),
        ]
        samples += failures.map { OutputError.cannotWrite($0) }
        samples += slugProblems.map { ContentError.invalidSlug("../x", $0) }
        samples += [WritingError.badFileName("x", .tooLong), WritingError.cannotWrite(failures[0])]
        samples += expected.flatMap { kind in found.map { ContentError.wrongType(field: "x", expected: kind, found: $0) } }
        samples.append(ContentError.wrongType(field: "draft", expected: .bool, found: .text("也许")))
        samples += undecodableSamples.map(ContentError.undecodable)
        samples += templateErrorSamples.map(ThemeError.template)
        return samples
    }

    /// Bytes the decoder refuses for each reason.
    static var undecodableSamples: [SpeechTextDecodingError] {
        let refused: [[UInt8]] = [[0x61, 0x00, 0x62], [0x61, 0xFF, 0xFE, 0xFD, 0x80], [0xEF, 0xBB, 0xBF, 0x61, 0xE5, 0xB7]]
        return refused.compactMap { bytes in
            do throws(SpeechTextDecodingError) {
                _ = try SpeechTextDecoder.decode(bytes)
                return nil
            } catch {
                return error
            }
        }
    }

    /// Sources the engine refuses, one of each kind of mistake.
    static var templateErrorSamples: [TemplateError] {
        let sources: [[String: String]] = [
            ["a": "{{x"], ["a": "{{ }}"], ["a": "{{a b}}"], ["a": "{{=x=}}"], ["a": "{{#a}}"], ["a": "{{#a}}{{/b}}"],
            ["a": "{{/a}}"], ["a": "{{<b}}{{x}}{{/b}}", "b": ""], ["a": String(repeating: "{{#a}}", count: 300)],
            ["a": "{{>b}}"], ["a": "{{<b}}{{/b}}"], ["a": "{{<b}}{{$c}}{{/c}}{{/b}}", "b": "{{$d}}{{/d}}"], ["a": "{{>a}}"],
        ]
        var errors = sources.compactMap { source -> TemplateError? in
            do throws(TemplateError) {
                _ = try TemplateLibrary(sources: source)
                return nil
            } catch {
                return error
            }
        }
        let library = try? TemplateLibrary(sources: ["a": "{{#b}}{{>a}}{{/b}}"])
        for name in ["a", "missing"] {
            do { _ = try library?.render(name, context: ["b": true]) } catch { errors.append(error) }
        }
        do { _ = try TemplateLibrary(directory: "/nonexistent-\(UUID().uuidString)", displayRoot: "templates/") } catch {
            errors.append(error)
        }
        errors.append(TemplateError(
            kind: .invalidEncoding, file: "a", line: 0, column: 0, sourceLine: "", message: "the file is not UTF-8 text",
            hint: "save the file with UTF-8 encoding"))
        return errors
    }

    /// A message with every message inside it.
    static func flattened(_ message: Message) -> [Message] {
        [message] + message.arguments.values.flatMap { argument -> [Message] in
            if case .message(let nested) = argument { return flattened(nested) }
            return []
        }
    }

    static var sampleMessages: [Message] {
        samples.flatMap { report in flattened(report.message) + (report.hint.map(flattened) ?? []) }
    }

    @Test func keysAreStableNames() {
        for key in MessageKey.allCases {
            #expect(key.rawValue.range(of: "^[a-z0-9-]+(\\.[a-z0-9-]+)+$", options: .regularExpression) != nil, "\(key)")
            #expect(!MessageCatalogue.english.template(key).isEmpty, "\(key)")
        }
    }

    @Test func everyKeyIsReachedByAReport() {
        let reached = Set(Self.sampleMessages.map(\.key))
        let unreached = MessageKey.allCases.filter { !reached.contains($0) }
        #expect(unreached.isEmpty, "no sample reaches \(unreached.map(\.rawValue))")
    }

    /// The engine's and the decoder's messages keep their own English words (`{text}`) and name more values,
    /// for a catalogue that words them itself.
    @Test func theWordsNameExactlyTheValuesAMessageGives() {
        for message in Self.sampleMessages {
            let template = MessageCatalogue.english.template(message.key)
            let placeholders = Set(PlaceholderText.placeholders(in: template))
            if template == "{text}" {
                #expect(placeholders.isSubset(of: message.arguments.keys), "\(message.key.rawValue)")
            } else {
                #expect(placeholders == Set(message.arguments.keys), "\(message.key.rawValue)")
            }
        }
    }

    @Test func anotherCatalogueChangesTheWordsNotThePlace() {
        let marked = MessageCatalogue { key in "«\(key.rawValue)» " + EnglishMessages.text(key) }
        let diagnostic = Diagnostic(ContentError.badDate("2023/10"), at: SourceLocation(file: "a.md", line: 3, column: 7))
        #expect(diagnostic.text(in: marked) == """
            a.md:3:7: error: «content.bad-date» `2023/10` is not a date
              hint: «content.bad-date.hint» write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. `date: 2023-10-23` or `date: 2023` when only the year is known
            """)
        // Phrases inside a message come from the same catalogue.
        let wrongType = Diagnostic(ContentError.wrongType(field: "keywords", expected: .textList, found: .group), at: nil)
        #expect(wrongType.text(in: marked).hasPrefix(
            "error: «yaml.wrong-type» `keywords` must be «value.list-of-texts» a list of texts, but it is «found.group» a group of fields"))
    }

    @Test func severityComesWithTheReport() {
        #expect(Diagnostic(ContentError.unknownField("x", suggestion: nil), at: nil).severity == .warning)
        #expect(Diagnostic(ContentError.missingTitle, at: nil).severity == .error)
        #expect(Diagnostic(OutputError.foreignFileKept, at: nil).severity == .warning)
    }
}
