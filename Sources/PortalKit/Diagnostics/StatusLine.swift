/// What the commands print besides diagnostics: progress, results and summaries, as messages, so they are
/// printed in the editor's language like every error.
public enum StatusLine: Sendable, Hashable {
    // portalgen build (and serve, after each build)
    /// `building: render…`, the status line rewritten in place.
    case building(BuildStage)
    /// `render…`, a line per stage with `--verbose`.
    case stageStarted(BuildStage)
    /// `  render: 5114 ms, peak 480 MiB`
    case stageTime(BuildStage, milliseconds: Int, peakMiB: Int?)
    case built(speeches: Int, keywords: Int, written: Int, unchanged: Int, rendered: Int, seconds: String)
    case upToDate(speeches: Int, keywords: Int, files: Int, seconds: String)
    case buildFailed(errors: Int, output: String)
    /// `build -v`: the speeches whose values were read from their text or file name, each `path:` and its values.
    case valuesFromText
    case speechFile(String)

    // portalgen check
    case siteDoesNotBuild(errors: Int)
    case checked(pages: Int, links: Int)
    case checkFoundProblems(problems: Int, pages: Int)

    // portalgen import
    /// `speech.txt → content/speeches/speech.md (plain text, GBK, 12 headings)`; without headings for a
    /// Markdown file copied as it is.
    case imported(source: String, written: String, format: Message, headings: Int?)
    /// `  title: 政府工作报告 ← line 1 (title)`, for import and `build -v`.
    case speechValue(ValueOrigins.Field, String?, ValueOrigin?)
    /// `  check: …`, one per thing to check in the written file.
    case importCheck(Message)
    case notImported(failed: Int, files: Int)

    // portalgen new
    case newSpeechWritten(slug: String)

    // portalgen keywords
    case keywordsHeader
    /// The heading of the last column, whether each keyword gets a compilation (`KeywordReport.compilationMessage`).
    case keywordsCompilationHeading
    case keywordCount(Int)
    case siteHasErrors
    case suggestionsIntroduction
    /// `  - term: 劳模精神` and `    # 12 uses in 3 speeches, 2019–2024, quoted; has a page: …` (`page` says
    /// what the site does with the term; `years` is `, 2019–2024` or empty).
    case suggestion(term: String, uses: Int, speeches: Int, years: String, quoted: Bool, page: Message)
    /// `    #   ……推进产业工人队伍建设改革……`
    case suggestionExample(String)
    /// `portalgen keywords --accept/--deny`: the line added.
    case glossaryLineAdded(String)

    // portalgen serve
    case serving(folder: String, url: String, watched: [String], method: Message)
    case changed([String])
    case previewBuildFailed(errors: Int)
    case stopped

    public var message: Message {
        switch self {
        case .building(let stage): Message(.statusBuilding, ["stage": .message(stage.message)])
        case .stageStarted(let stage): Message(.statusStageStarted, ["stage": .message(stage.message)])
        case let .stageTime(stage, milliseconds, peak?):
            Message(.statusStageTimePeak, ["stage": .message(stage.message), "ms": .text(String(milliseconds)),
                                           "peak": .text(String(peak))])
        case let .stageTime(stage, milliseconds, nil):
            Message(.statusStageTime, ["stage": .message(stage.message), "ms": .text(String(milliseconds))])
        case let .built(speeches, keywords, written, unchanged, rendered, seconds):
            Message(.statusBuilt, texts: [
                "speeches": String(speeches), "keywords": String(keywords), "files": String(written + unchanged),
                "written": String(written), "unchanged": String(unchanged), "rendered": String(rendered),
                "seconds": seconds,
            ])
        case let .upToDate(speeches, keywords, files, seconds):
            Message(.statusUpToDate, texts: [
                "speeches": String(speeches), "keywords": String(keywords), "files": String(files), "seconds": seconds,
            ])
        case let .buildFailed(errors, output):
            Message(.statusBuildFailed, ["errors": Self.count(errors, one: .countErrorOne, many: .countErrors),
                                         "output": .text(output)])
        case .siteDoesNotBuild(let errors):
            Message(.statusSiteDoesNotBuild, ["errors": Self.count(errors, one: .countErrorOne, many: .countErrors)])
        case let .checked(pages, links): Message(.statusChecked, texts: ["pages": String(pages), "links": String(links)])
        case let .checkFoundProblems(problems, pages):
            Message(.statusCheckFoundProblems, [
                "problems": Self.count(problems, one: .countProblemOne, many: .countProblems), "pages": .text(String(pages)),
            ])
        case let .imported(source, written, format, headings?):
            Message(.statusImported, [
                "source": .text(source), "written": .text(written), "format": .message(format), "headings": .text(String(headings)),
            ])
        case let .imported(source, written, format, nil):
            Message(.statusImportedAsIs, ["source": .text(source), "written": .text(written), "format": .message(format)])
        case let .speechValue(field, value?, origin?):
            Message(.statusSpeechValue, ["field": .message(field.message), "value": .text(value), "origin": .message(origin.message)])
        case let .speechValue(field, value?, nil):
            Message(.statusSpeechValueUnsourced, ["field": .message(field.message), "value": .text(value)])
        case let .speechValue(field, nil, _): Message(.statusSpeechValueMissing, ["field": .message(field.message)])
        case .valuesFromText: Message(.statusValuesFromText)
        case .speechFile(let path): Message(.statusSpeechFile, texts: ["path": path])
        case .importCheck(let check): Message(.statusImportCheck, ["check": .message(check)])
        case let .notImported(failed, files):
            Message(.statusNotImported, texts: ["failed": String(failed), "files": String(files)])
        case .newSpeechWritten(let slug): Message(.statusNewSpeech, texts: ["slug": slug])
        case .keywordsHeader: Message(.statusKeywordsHeader)
        case .keywordsCompilationHeading: Message(.statusKeywordsCompilationHeading)
        case .keywordCount(let count): Message(.statusKeywordCount, texts: ["count": String(count)])
        case .siteHasErrors: Message(.statusSiteHasErrors)
        case .suggestionsIntroduction: Message(.statusSuggestionsIntroduction)
        case let .suggestion(term, uses, speeches, years, quoted, page):
            Message(.statusSuggestion, [
                "term": .text(term), "count": .text(String(uses)), "speeches": .text(String(speeches)), "years": .text(years),
                "quoted": quoted ? .message(Message(.statusSuggestionQuoted)) : .text(""), "page": .message(page),
            ])
        case .suggestionExample(let sentence): Message(.statusSuggestionExample, texts: ["sentence": sentence])
        case .glossaryLineAdded(let line): Message(.statusGlossaryLineAdded, texts: ["line": line])
        case let .serving(folder, url, watched, method):
            Message(.statusServing, [
                "folder": .text(folder), "url": .text(url), "folders": .list(watched.map(Message.Argument.text)),
                "method": .message(method),
            ])
        case .changed(let files):
            Message(.statusChanged, ["files": .list(files.prefix(3).map(Message.Argument.text) + (files.count > 3 ? [.text("…")] : []))])
        case .previewBuildFailed(let errors):
            Message(.statusPreviewBuildFailed, ["errors": Self.count(errors, one: .countErrorOne, many: .countErrors)])
        case .stopped: Message(.statusStopped)
        }
    }

    /// `1 error`, `3 errors`: a count and its noun, which English inflects.
    public static func count(_ count: Int, one: MessageKey, many: MessageKey) -> Message.Argument {
        .message(Message(count == 1 ? one : many, texts: ["count": String(count)]))
    }
}
