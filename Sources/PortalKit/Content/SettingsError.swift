/// What can be wrong with `content/site.yml` and `content/keywords.yml` beyond their YAML values.
enum SettingsError: Reportable, Equatable {
    case unknownSiteField(String, suggestion: String?, known: FieldNames)
    case baseURLScheme
    /// `base_url` left at an example or local host (`example.org`, `localhost`): a warning, the build goes on.
    case exampleBaseURL(host: String)
    case readingSpeedNotPositive
    /// `archive_page_speeches` or `keyword_page_speeches` below 1.
    case pageSizeNotPositive(field: String, default: Int)
    /// `compilations` is none of all, glossary, none (or their Chinese names).
    case compilationsValue(field: String, value: String)
    /// `compilation_max_share` is not a share from 0 to 1 nor a percentage.
    case shareOutOfRange(field: String, value: String)
    case unknownGlossaryField(String, suggestion: String?, known: FieldNames)
    case glossaryEntryNotMapping
    case glossaryEmptyTerm
    case glossaryEntryWithoutTerm
    case unknownGlossaryEntryField(String, suggestion: String?, known: FieldNames)

    var severity: Diagnostic.Severity {
        switch self {
        case .unknownSiteField, .unknownGlossaryField, .unknownGlossaryEntryField, .exampleBaseURL: .warning
        default: .error
        }
    }

    var message: Message {
        switch self {
        case .unknownSiteField(let field, _, _): Message(.unknownSiteField, texts: ["field": field])
        case .baseURLScheme: Message(.baseURL)
        case .exampleBaseURL(let host): Message(.exampleBaseURL, texts: ["host": host])
        case .readingSpeedNotPositive: Message(.readingSpeed)
        case .pageSizeNotPositive(let field, _): Message(.pageSize, texts: ["field": field])
        case .compilationsValue(let field, let value): Message(.compilationsValue, texts: ["field": field, "value": value])
        case .shareOutOfRange(let field, let value): Message(.shareOutOfRange, texts: ["field": field, "value": value])
        case .unknownGlossaryField(let field, _, _): Message(.unknownGlossaryField, texts: ["field": field])
        case .glossaryEntryNotMapping: Message(.glossaryEntryNotMapping)
        case .glossaryEmptyTerm: Message(.glossaryEmptyTerm)
        case .glossaryEntryWithoutTerm: Message(.glossaryEntryWithoutTerm)
        case .unknownGlossaryEntryField(let field, _, _): Message(.unknownGlossaryEntryField, texts: ["field": field])
        }
    }

    var hint: Message? {
        switch self {
        case .unknownSiteField(_, let suggestion?, _), .unknownGlossaryField(_, let suggestion?, _),
             .unknownGlossaryEntryField(_, let suggestion?, _):
            Message(.didYouMeanHint, texts: ["suggestion": suggestion])
        case .unknownSiteField(_, nil, let known): Message(.unknownSiteFieldHint, ["fields": known.list])
        case .baseURLScheme: Message(.baseURLHint)
        case .exampleBaseURL: Message(.exampleBaseURLHint)
        case .readingSpeedNotPositive: Message(.readingSpeedHint)
        case .pageSizeNotPositive(_, let size): Message(.pageSizeHint, texts: ["default": String(size)])
        case .compilationsValue: Message(.compilationsValueHint)
        case .shareOutOfRange: Message(.shareOutOfRangeHint)
        case .unknownGlossaryField(_, nil, let known): Message(.unknownGlossaryFieldHint, ["fields": known.list])
        case .glossaryEntryNotMapping: Message(.glossaryEntryNotMappingHint)
        case .glossaryEmptyTerm: Message(.glossaryEmptyTermHint)
        case .glossaryEntryWithoutTerm: Message(.glossaryEntryWithoutTermHint)
        case .unknownGlossaryEntryField(_, nil, let known): Message(.unknownGlossaryEntryFieldHint, ["fields": known.list])
        }
    }
}
