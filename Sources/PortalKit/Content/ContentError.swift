import SpeechText
import WordDocument

/// What can be wrong with an editor's speech files, and with a value in any of the content's YAML files.
/// The reader that finds it adds the place (`Diagnostic(error, at: place)`).
enum ContentError: Reportable, Equatable {
    case missingFrontMatter
    case unclosedFrontMatter
    case missingTitle
    /// No title, but a field whose name is a misspelt `title` (`titel`, `标提`).
    case misspeltTitle(String, suggestion: String)
    case unknownField(String, suggestion: String?)
    case badDate(String)
    /// Written as a date, but no day of the calendar (`2024-02-30`); `month` 0 when it is missing.
    case impossibleDate(String, year: Int, month: Int, day: Int?)
    case invalidSlug(String, SlugProblem)
    case duplicateSlug(String, firstPath: String)
    case emptyFile
    case undecodable(SpeechTextDecodingError)
    case unsupportedFile(String)
    /// A speech file, or one of the settings files, that cannot be read at all.
    case unreadableSpeech
    case unreadableSettingsFile
    case noSpeechesFolder(String)
    /// The site folder (`--source`, or the current folder) has no `content/`: most likely not the site folder.
    case siteWithoutContentFolder(site: String)
    /// A plain-text speech whose title is its file name.
    case noTitleLine(path: String)
    case linkToMissingSpeech(String)
    case unsafeLink(String)
    /// A Markdown body that looks pasted as plain text, read as speech text instead.
    case pastedText(PastedText.Assessment)
    /// A `.docx` file that cannot be read as a Word document, or a `.doc`/`.wps` that must be saved as `.docx`.
    case unreadableWordDocument(WordDocumentError)
    /// Pictures and embedded objects of a Word document, which have no text to show.
    case wordOmissions(pictures: Int, objects: Int)
    /// A placeholder of `portalgen new` or `import` still in the file: an error when the page would be
    /// published, a warning in the preview.
    case placeholder(String, blocking: Bool)
    /// The speech's text is the same as, or nearly the same as, another's (`percent` of it, in order).
    case duplicateText(of: String, percent: Int)
    // YAML, in front matter, site.yml, keywords.yml and the theme's labels.yml
    case invalidYAML(problem: String)
    case notMapping
    case emptyField(String)
    case wrongType(field: String, expected: ValueKind, found: FoundValue)
    case duplicateField(String)
    /// A field given twice under its two names (`title` and `标题`).
    case sameField(String, first: String)
    /// A field whose aliases (`*s`) stand for more than `allowance` bytes beyond the file's own text.
    case aliasExpansion(field: String, allowance: Int)
    /// A mapping key that is, or holds, an alias (`? *a : 1`).
    case aliasKey

    /// What a field's value must be.
    enum ValueKind: Sendable, Equatable {
        case text, bool, wholeNumber, numberOrAuto, textList, glossaryEntries, settings

        var message: Message {
            switch self {
            case .text: Message(.expectedText)
            case .bool: Message(.expectedBool)
            case .wholeNumber: Message(.expectedWholeNumber)
            case .numberOrAuto: Message(.expectedNumberOrAuto)
            case .textList: Message(.expectedTextList)
            case .glossaryEntries: Message(.expectedGlossaryEntries)
            case .settings: Message(.expectedSettings)
            }
        }
    }

    /// What a field's value is instead.
    indirect enum FoundValue: Sendable, Equatable {
        case empty, list, group, alias
        /// A scalar, as written (shortened when long).
        case text(String)
        case listContaining(FoundValue)

        var message: Message {
            switch self {
            case .empty: Message(.foundEmpty)
            case .list: Message(.foundList)
            case .group: Message(.foundGroup)
            case .alias: Message(.foundAlias)
            case .text(let text): Message(.foundText, texts: ["text": text])
            case .listContaining(let item): Message(.foundListContaining, ["item": .message(item.message)])
            }
        }
    }

    var severity: Diagnostic.Severity {
        switch self {
        case .unknownField, .unsupportedFile, .noSpeechesFolder, .noTitleLine, .unsafeLink, .pastedText, .wordOmissions,
             .duplicateText: .warning
        case .placeholder(_, let blocking): blocking ? .error : .warning
        default: .error
        }
    }

    var message: Message {
        switch self {
        case .missingFrontMatter: Message(.missingFrontMatter)
        case .unclosedFrontMatter: Message(.unclosedFrontMatter)
        case .missingTitle, .misspeltTitle: Message(.missingTitle)
        case .unknownField(let field, _): Message(.unknownField, texts: ["field": field])
        case .badDate(let text): Message(.badDate, texts: ["text": text])
        case let .impossibleDate(text, _, month, _) where !(1...12).contains(month):
            Message(.impossibleMonth, texts: ["text": text, "month": String(month)])
        case let .impossibleDate(text, year, month, _):
            Message(.impossibleDay, texts: [
                "text": text, "year": String(year), "month": String(month),
                "days": String(TextDateParser.daysIn(month: month, year: year)),
            ])
        case let .invalidSlug(slug, problem): Message(.invalidSlug, ["slug": .text(slug), "problem": .message(problem.message)])
        case let .duplicateSlug(slug, firstPath): Message(.duplicateSlug, texts: ["slug": slug, "first": firstPath])
        case .emptyFile: Message(.emptyFile)
        case .undecodable(let error): Message(.undecodable, ["problem": .message(error.keyedMessage)])
        case .unsupportedFile(let name): Message(.unsupportedFile, texts: ["name": name])
        case .unreadableSpeech, .unreadableSettingsFile: Message(.cannotRead)
        case .noSpeechesFolder: Message(.noSpeechesFolder)
        case .siteWithoutContentFolder(let site): Message(.siteWithoutContentFolder, texts: ["site": site])
        case .noTitleLine: Message(.noTitleLine)
        case .linkToMissingSpeech(let destination): Message(.linkToMissingSpeech, texts: ["destination": destination])
        case .unsafeLink(let destination): Message(.unsafeLink, texts: ["destination": destination])
        case .pastedText(let assessment):
            Message(.pastedText, ["reason": .message(assessment.indentedLines >= PastedText.minimumIndentedLines
                ? Message(.pastedTextIndented, texts: ["count": String(assessment.indentedLines)])
                : Message(.pastedTextLongLines, texts: ["count": String(assessment.adjacentLongPairs)]))])
        case .unreadableWordDocument(let error): error.keyedMessage
        case let .wordOmissions(pictures, objects):
            Message(.wordOmissions, texts: ["pictures": String(pictures), "objects": String(objects)])
        case .placeholder(let text, _): Message(.placeholder, texts: ["text": text])
        case let .duplicateText(other, percent):
            percent >= 100 ? Message(.identicalText, texts: ["other": other])
                : Message(.nearlyIdenticalText, texts: ["other": other, "percent": String(percent)])
        case .invalidYAML(let problem): Message(.invalidYAML, texts: ["problem": problem])
        case .notMapping: Message(.notMapping)
        case .emptyField(let field): Message(.emptyField, texts: ["field": field])
        case let .wrongType(field, expected, found):
            Message(.wrongType, ["field": .text(field), "expected": .message(expected.message), "found": .message(found.message)])
        case .duplicateField(let field): Message(.duplicateField, texts: ["field": field])
        case let .sameField(field, first): Message(.sameField, texts: ["field": field, "first": first])
        case let .aliasExpansion(field, allowance):
            Message(.yamlAliasExpansion, texts: ["field": field, "megabytes": String(allowance >> 20)])
        case .aliasKey: Message(.yamlAliasKey)
        }
    }

    var hint: Message? {
        switch self {
        case .missingFrontMatter, .missingTitle: Message(.missingTitleHint)
        case let .misspeltTitle(field, suggestion): Message(.misspeltTitleHint, texts: ["field": field, "suggestion": suggestion])
        case .unclosedFrontMatter: Message(.unclosedFrontMatterHint)
        case .unknownField(_, let suggestion?):
            Message(.unknownFieldSuggestionHint, ["suggestion": .text(suggestion), "fields": FieldNames.speech.list])
        case .unknownField: Message(.unknownFieldHint, ["fields": FieldNames.speech.list])
        case .badDate: Message(.badDateHint)
        case let .impossibleDate(_, _, month, _) where !(1...12).contains(month): Message(.impossibleMonthHint)
        case let .impossibleDate(_, year, month, _):
            Message(.impossibleDayHint, texts: [
                "last": SpeechDate(year: year, month: month, day: TextDateParser.daysIn(month: month, year: year))?.description ?? "",
            ])
        case .invalidSlug: Message(.invalidSlugHint)
        case .duplicateSlug: Message(.duplicateSlugHint)
        case .emptyFile: Message(.emptyFileHint)
        case .undecodable(let error): error.keyedHint
        case .unsupportedFile: Message(.unsupportedFileHint)
        case .unreadableSpeech: Message(.cannotReadSpeechHint)
        case .unreadableSettingsFile: Message(.cannotReadSettingsHint)
        case .noSpeechesFolder(let folder): Message(.noSpeechesFolderHint, texts: ["folder": folder])
        case .siteWithoutContentFolder: Message(.siteWithoutContentFolderHint)
        case .noTitleLine(let path): Message(.noTitleLineHint, texts: ["path": path])
        case .linkToMissingSpeech: Message(.linkToMissingSpeechHint)
        case .unsafeLink: Message(.unsafeLinkHint)
        case .pastedText: Message(.pastedTextHint)
        case .unreadableWordDocument(let error): error.keyedHint
        case .wordOmissions: Message(.wordOmissionsHint)
        case .placeholder(_, let blocking): Message(blocking ? .placeholderHint : .placeholderPreviewHint)
        case .duplicateText: Message(.duplicateTextHint)
        case .invalidYAML: Message(.invalidYAMLHint)
        case .notMapping: Message(.notMappingHint)
        case .emptyField(let field): Message(.emptyFieldHint, texts: ["field": field])
        case let .wrongType(field, expected, _):
            Self.example(for: field, expected: expected).map { Message(.wrongTypeExampleHint, texts: ["example": $0]) }
                ?? Message(.wrongTypeHint, ["field": .text(field), "expected": .message(expected.message)])
        case .duplicateField(let field): Message(.duplicateFieldHint, texts: ["field": field])
        case let .sameField(field, first): Message(.sameFieldHint, texts: ["field": field, "first": first])
        case .aliasExpansion, .aliasKey: Message(.yamlAliasExpansionHint)
        }
    }

    /// A speech's field written right, for the fields whose value editors get wrong, under the name the
    /// editor wrote (`草稿: 是`, `draft: true`).
    private static func example(for field: String, expected: ValueKind) -> String? {
        let chinese = field.unicodeScalars.contains { $0.properties.isIdeographic }
        let value: String? = switch (FieldNames.speech.field(field) ?? field, expected) {
        case ("title", .text): "在工会干部培训班上的讲话"
        case ("keywords", .textList): "[劳模精神, 工匠精神]"
        case ("draft", .bool): chinese ? "是" : "true"
        case ("date", .text): "2023-10-23"
        default: nil
        }
        return value.map { "\(field): \($0)" }
    }
}
