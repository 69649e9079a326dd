import Foundation
import Keywords
import PortalServer
import PortalSupport
import SpeechText
import TemplateEngine
import WordDocument
@testable import PortalKit

/// Samples of every message, for the catalogue tests: reports of every kind, the lines the commands print,
/// and the phrases inside them, together reaching every key.
enum MessageSamples {
    /// One report of every kind, together reaching every key (a hint or a phrase inside a message counts).
    static var samples: [any Reportable] {
        let failures = [
            FileSystem.Failure.Operation.create, .write, .createFolder, .replace, .keep, .move(to: "public"), .remove,
            .lock,
        ].map { FileSystem.Failure(path: "public/x", operation: $0, code: 28) }
        let slugProblems: [SlugProblem] = [
            .empty, .leavesFolder, .absolute, .separator, .hidden, .controlCharacters, .urlCharacter, .tooLong,
        ]
        let expected: [ContentError.ValueKind] = [.text, .bool, .wholeNumber, .numberOrAuto, .textList, .glossaryEntries, .settings]
        let found: [ContentError.FoundValue] = [.empty, .list, .group, .alias, .text("也许"), .listContaining(.group)]
        var samples: [any Reportable] = [
            ContentError.missingFrontMatter, ContentError.unclosedFrontMatter, ContentError.missingTitle,
            ContentError.unknownField("titel", suggestion: "title"), ContentError.unknownField("作者", suggestion: nil),
            ContentError.badDate("2023/10/23"), ContentError.duplicateSlug("a", firstPath: "content/speeches/a.md"),
            ContentError.emptyFile, ContentError.unsupportedFile("a.doc"), ContentError.unreadableSpeech,
            ContentError.unreadableSettingsFile, ContentError.noSpeechesFolder("content/speeches"),
            ContentError.siteWithoutContentFolder(site: "wangzhan"),
            ContentError.noTitleLine(path: "content/speeches/a.txt"), ContentError.linkToMissingSpeech("b.md"),
            ContentError.unsafeLink("javascript:x"), ContentError.invalidYAML(problem: "could not find expected ':'"),
            ContentError.notMapping, ContentError.emptyField("title"), ContentError.duplicateField("title"),
            ContentError.misspeltTitle("titel", suggestion: "title"),
            ContentError.impossibleDate("2024-02-30", year: 2024, month: 2, day: 30),
            ContentError.impossibleDate("2024-13-01", year: 2024, month: 13, day: 1), ContentError.sameField("标题", first: "title"),
            SettingsError.unknownSiteField("titel", suggestion: "title", known: .site),
            SettingsError.unknownSiteField("x", suggestion: nil, known: .site), SettingsError.baseURLScheme,
            SettingsError.exampleBaseURL(host: "xuexi.example.org"),
            SettingsError.readingSpeedNotPositive, SettingsError.pageSizeNotPositive(field: "archive_page_speeches", default: 100),
            SettingsError.compilationsValue(field: "compilations", value: "some"),
            SettingsError.shareOutOfRange(field: "摘编最高比例", value: "60"),
            SettingsError.unknownGlossaryField("x", suggestion: nil, known: .glossary),
            SettingsError.unknownGlossaryField("keyword", suggestion: "keywords", known: .glossary),
            SettingsError.glossaryEntryNotMapping, SettingsError.glossaryEmptyTerm, SettingsError.glossaryEntryWithoutTerm,
            SettingsError.unknownGlossaryEntryField("x", suggestion: nil, known: .glossaryEntry),
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
            WritingError.emptyTitle, WritingError.multilineTitle, WritingError.fileExists,
            WritingError.badDateOption("明天"), WritingError.unreadableImport, WritingError.importedFileExists("a.md"),
            WritingError.importOutsideSite,
            CheckProblem.emptyLink(""), CheckProblem.absoluteLink("/a"), CheckProblem.brokenPercentEncoding("%zz"),
            CheckProblem.linkLeavesSite("../../x"), CheckProblem.missingTarget(link: "a.html", target: "a.html"),
            CheckProblem.missingAnchor(link: "#x", fragment: "x", target: "index.html"), CheckProblem.noHomePage,
            CheckProblem.unreachable, PreviewWarning.listeningBeyondLoopback(host: "0.0.0.0"),
            ContentError.pastedText(PastedText.assess("　　第一段。\n　　第二段。")),
            ContentError.pastedText(PastedText.assess(String(repeating: "一段很长的文字，没有空行，像从网页上复制下来的那样。\n", count: 4))),
            ContentError.placeholder("请填写标题", blocking: true), ContentError.placeholder("在此输入讲话正文", blocking: false),
            ContentError.duplicateText(of: "content/speeches/a.md", percent: 100),
            ContentError.duplicateText(of: "content/speeches/a.md", percent: 96),
            ContentError.wordOmissions(pictures: 2, objects: 1),
        ]
        samples += failures.map { OutputError.cannotWrite($0) }
        let notPermitted = FileSystem.Failure(path: "public/x", operation: .remove, code: 1)
        samples += [
            OutputError.cannotWrite(failures[0], more: 55),
            OutputError.cannotWrite(FileSystem.Failure(path: "public/x", operation: .create, code: 17)),
            OutputError.cannotWrite(notPermitted),
            OutputError.cannotRemoveLeftover(notPermitted, leftover: ".public.portalgen-staging", output: "public"),
            OutputError.busy(output: "public", seconds: 60),
            OutputError.cacheIgnored(path: ".portalgen-cache/public.cache", .notRegularFile),
            OutputError.cacheIgnored(path: ".portalgen-cache/public.cache", .tooLarge(1 << 30)),
            OutputError.cacheIgnored(path: ".portalgen-cache/public.cache", .unreadable(reason: "Permission denied")),
        ]
        samples += slugProblems.map { ContentError.invalidSlug("../x", $0) }
        samples += [WritingError.badFileName("x", .tooLong), WritingError.cannotWrite(failures[0])]
        samples += expected.flatMap { kind in found.map { ContentError.wrongType(field: "x", expected: kind, found: $0) } }
        samples.append(ContentError.wrongType(field: "draft", expected: .bool, found: .text("也许")))
        samples += undecodableSamples.map(ContentError.undecodable)
        samples += templateErrorSamples.map(ThemeError.template)
        samples += wordDocumentSamples.map(ContentError.unreadableWordDocument)
        samples += yamlMistakes + previewErrors + listingSamples
        return samples
    }

    static let yamlMistakes: [YAMLMistake] = [
        .tabIndentation(corrected: "title: 讲话"), .fullWidthSpaceIndentation(corrected: "title: 讲话"),
        .extraIndentation(field: "date", corrected: "date: 2024-04-28"), .missingColon(corrected: "title: 讲话"),
        .missingColon(corrected: nil), .commaForColon(field: "title", corrected: "title: 讲话"),
        .missingSpace(field: "titel", corrected: "titel: 讲话"), .colonInValue(field: "title", corrected: "title: \"学习: 讲话\""),
        .unclosedQuote(field: "title", corrected: "title: \"讲话\""), .textAfterQuote(field: "title", corrected: "title: '\"学习\"讲话'"),
        .unclosedBracket(field: "keywords", bracket: "[", corrected: "keywords: [a, b]"),
        .textAfterBracket(field: "title", corrected: "title: \"[转载] 讲话\""),
        .reservedStart(field: "title", character: "*", corrected: "title: \"*讲话\""),
    ]

    static let previewErrors: [PreviewError] = [
        .draftsIntoPublished(output: "public/", preview: ".portalgen-cache/preview/", published: "public/"),
        .cannotLock(path: "/x/.public.portalgen-serve", reason: "Permission denied", folder: "/x"),
        .alreadyServing(output: "public"), .startedAlready, .stoppedWhileStarting, .notAPort(70000),
        .unknownHost(host: "nowhere", reason: "Name or service not known"), .portInUse(port: 8000, host: "127.0.0.1"),
        .portNeedsPrivileges(80), .notThisMachine(host: "10.9.9.9"), .cannotListen(host: "::1", port: 8000, reason: "x"),
    ]

    /// One Word document error of every kind and of every format it can turn out to be.
    static var wordDocumentSamples: [WordDocumentError] {
        let formats: [WordForeignFormat?] = [nil, .rtf, .pdf, .html, .plainText, .spreadsheet, .presentation, .openDocumentText]
        let archiveProblems: [WordDocumentError.ArchiveProblem] = [.truncated, .corruptEntry, .unsupportedCompression, .unreadable]
        let xmlProblems: [WordDocumentError.XMLProblem] = [
            .empty, .endsEarly, .invalidCharacter, .entity, .attribute, .tagMismatch, .tooDeep, .documentType, .notWellFormed,
        ]
        return [.unsupportedFileType(fileExtension: "doc"), .compoundFile, .partTooLarge(part: "word/document.xml", limitBytes: 200_000_000),
                .tooManyEntries(limit: 10_000)]
            + formats.flatMap { [.notZipArchive(looksLike: $0), .notWordDocument(looksLike: $0)] }
            + archiveProblems.map { .damagedArchive(part: "word/document.xml", problem: $0) }
            + xmlProblems.map { .damagedPart(part: "word/document.xml", line: 2, column: 5, problem: $0) }
    }

    /// Every line the commands print besides diagnostics.
    static let statusLines: [StatusLine] = [
        .building(.render), .stageStarted(.load), .stageTime(.search, milliseconds: 12, peakMiB: 80),
        .stageTime(.commit, milliseconds: 3, peakMiB: nil),
        .built(speeches: 5, keywords: 42, written: 8, unchanged: 57, rendered: 9, seconds: "0.21"),
        .upToDate(speeches: 5, keywords: 42, files: 65, seconds: "0.01"), .buildFailed(errors: 1, output: "public"),
        .buildFailed(errors: 2, output: "public"), .siteDoesNotBuild(errors: 3), .checked(pages: 10, links: 99),
        .checkFoundProblems(problems: 1, pages: 10), .checkFoundProblems(problems: 2, pages: 10),
        .imported(source: "a.txt", written: "content/speeches/a.md", format: SpeechSource.Format.plainText(.gb18030).message, headings: 4),
        .imported(source: "a.docx", written: "content/speeches/a.md", format: SpeechSource.Format.wordDocument.message, headings: 2),
        .imported(source: "b.md", written: "content/speeches/b.md", format: SpeechSource.Format.pastedText.message, headings: 0),
        .imported(source: "c.md", written: "content/speeches/c.md", format: SpeechSource.Format.markdown.message, headings: nil),
        .speechValue(.title, "政府工作报告", .text(ValueSource(part: .title, lines: 1...1))), .speechValue(.date, "1993", .fileNameYear),
        .speechValue(.date, "2024-05", .fileNameDate), .speechValue(.title, "讲话", .fileName),
        .speechValue(.title, "讲话", .documentProperties), .speechValue(.occasion, "全委会议", .frontMatter),
        .speechValue(.speaker, "张建华", nil), .speechValue(.speaker, nil, nil), .valuesFromText, .speechFile("content/speeches/a.txt"),
        .importCheck(SpeechCheck.noBody.keyedMessage), .notImported(failed: 1, files: 2), .newSpeechWritten(slug: "2024-05-01-x"),
        .keywordsHeader, .keywordsCompilationHeading, .keywordCount(3), .siteHasErrors, .suggestionsIntroduction,
        .suggestion(term: "劳模精神", uses: 12, speeches: 3, years: ", 2019–2024", quoted: true,
                    page: Message(.statusSuggestionHasPage, texts: ["address": "keywords/劳模精神/index.html"])),
        .suggestion(term: "工匠精神", uses: 5, speeches: 2, years: "", quoted: false, page: Message(.statusSuggestionGeneral)),
        .suggestionExample("……弘扬劳模精神……"), .glossaryLineAdded("  - term: 劳模精神"),
        .serving(folder: ".portalgen-cache/preview/", url: "http://127.0.0.1:8000/", watched: ["content/", "templates/"],
                 method: WatchMethod.inotify.message),
        .changed(["content/a.md", "content/b.md", "content/c.md", "content/d.md"]), .previewBuildFailed(errors: 1), .stopped,
    ]

    /// Every check SpeechText asks an editor to make, with every place a value can come from.
    static var speechChecks: [SpeechCheck] {
        let date = TextDate(year: 2024, month: 4, day: 28), other = TextDate(year: 2024, month: 4, day: 29)
        let parts: [ValueSource.Part] = [.title, .subtitle, .dateLine, .byline, .bodyDateLine]
        let sources: [SpeechCheck] = parts.map {
            .headerDatesDiffer(line: 5, date: other, first: date, firstSource: ValueSource(part: $0, lines: 2...2))
        }
        let others: [SpeechCheck] = [
                .noTitleLine, .noOccasion, .multilineTitle(lines: 1...2), .noBody,
                .dateLineDiffers(line: 9, date: other, headerDate: date, headerSource: ValueSource(part: .title, lines: 1...2)),
                .severalDateLines([.init(line: 2, date: date), .init(line: 4, date: other)], more: true),
                .noDateLine(mentionedYears: []), .noDateLine(mentionedYears: [2025, 2024]),
                .wrappedParagraphs(shown: [2...4, 6...7], count: 9), .controlCharacters(lines: [1, 3]),
                .restartedNumberingIsList(lines: 3...5, numbering: "一、"), .semicolonLinesAreList(lines: 3...3, numbering: "1."),
                .sentenceLinesAreList(lines: 3...5, numbering: "（一）"), .sectionWordKept(line: 3, text: "第一部分"),
                .unstyledSeriesKept(lines: 11...12, numbering: "一是"),
                .seriesLineKept(line: 3, text: "一、甲"), .longLeadMadeHeading(line: 3, text: "一、甲"),
                .unexpectedHeadingNumber(line: 4, text: "三、丙", number: 3, expected: 2), .headingTooDeep(line: 5, text: "1.甲"),
                .tooLongForHeading(line: 6, text: "一是要按照…", numbering: "一是", length: 120),
                .seriesStartMadeHeading(line: 7, text: "一、甲", continuedOn: 8), .numberingStartsAgain(line: 9, numbering: "一、"),
                .headingsBelowLowerRank(line: 10, numbering: "一、", upper: "（一）"), .more(12),
            ]
        return sources + others
    }

    /// Messages that are not a report's: the printed lines, the watcher's ways, stages, keyword origins, the
    /// preview's banner.
    static var otherMessages: [Message] {
        let watching: [WatchMethod] = [
            .inotify, .polling(interval: 0.3, reason: nil), .polling(interval: 0.3, reason: .systemCall("pipe", error: "x")),
            .polling(interval: 0.3, reason: .watchLimit), .polling(interval: 0.3, reason: .notLinux),
        ]
        let origins: [KeywordReport.Origin] = [.glossary, .frontMatter, .discovered, .kept]
        let pages: [KeywordReport.Page] = [.page(address: "a", kept: false), .page(address: "a", kept: true), .redirect(address: "a"), .none]
        let statuses: [DiscoveredTerm.Status] = [.belowCut, .general, .partOf("中国特色社会主义"), .extensionOf("义务教育")]
        let candidates = pages.map { page in
            KeywordReport.Candidate(term: "x", uses: 1, speeches: 1, quoted: false, years: nil, status: .accepted, page: page, examples: [])
        } + statuses.map { status in
            KeywordReport.Candidate(term: "x", uses: 1, speeches: 1, quoted: false, years: nil, status: status, page: .none, examples: [])
        }
        let compilations = [KeywordReport.Compilation.compiled, .noParagraphs] + CompilationScope.Exclusion.allCases.map { .excluded($0) }
        let report = KeywordReport(keywords: [], candidates: [], maxTerms: 80, siteSpeeches: 102, compilationMaxPercent: 50)
        let compilationMessages = compilations.map { compilation in
            report.compilationMessage(of: KeywordReport.Keyword(
                term: "x", aliases: [], origin: .glossary, group: nil, mentions: 1, speeches: 1, compilation: compilation))
        }
        return statusLines.map(\.message) + speechChecks.map(\.keyedMessage) + watching.map(\.message)
            + BuildStage.allCases.map(\.message) + origins.map(\.message) + candidates.map { $0.pageMessage(maxTerms: 80) }
            + compilationMessages
            + [
                Message(.overlayHeading, ["errors": StatusLine.count(2, one: .countErrorOne, many: .countErrors)]),
                Message(.overlayFixAndSave), Message(.overlayNoSite), Message(.overlayNoSiteTitle),
            ]
    }

    /// Bytes the decoder refuses for each reason.
    static var undecodableSamples: [SpeechTextDecodingError] {
        let refused: [[UInt8]] = [
            [0x61, 0x00, 0x62], [0x61, 0xFF, 0xFE, 0xFD, 0x80], [0xEF, 0xBB, 0xBF, 0x61, 0xE5, 0xB7],
            [0xEF, 0xBB, 0xBF, 0x61, 0xFF, 0x62], Array("中文中文中".utf8) + [0xFF],
            [0x61, 0x00, 0x62, 0x00, 0x63, 0x00], [0x00, 0x00, 0xFE, 0xFF],
        ]
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
            ["a": "{{>headr}}", "header": ""], ["a": "{{>zzzzzzzz}}"],
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
        do { _ = try TemplateLibrary(loader: TemplateFolder(directory: "/nonexistent-\(UUID().uuidString)"), displayRoot: "templates/") } catch {
            errors.append(error)
        }
        errors.append(TemplateError(
            kind: .invalidEncoding, file: "a", line: 0, column: 0, sourceLine: "", message: "the file is not UTF-8 text",
            hint: "save the file with UTF-8 encoding"))
        return errors
    }
}
