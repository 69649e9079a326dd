import TemplateEngine

/// What can be wrong with the theme: its folder, its templates, its labels, and names a template reads that
/// a page does not provide.
enum ThemeError: Reportable, Equatable {
    case noTemplatesFolder
    case missingPageTemplates([String], folder: String)
    case template(TemplateError)
    case noLabels(folder: String)
    case notUTF8
    case missingLabels([String])
    case unknownLabel(String, suggestion: String?, known: [String])
    case unknownLabelPlaceholder(label: String, placeholder: String, allowed: [String])
    case unresolvedName(String, page: String)

    var severity: Diagnostic.Severity {
        if case .unknownLabel = self { return .warning }
        return .error
    }

    var message: Message {
        switch self {
        case .noTemplatesFolder: Message(.noTemplatesFolder)
        case .missingPageTemplates(let kinds, _):
            Message(kinds.count == 1 ? .missingPageTemplate : .missingPageTemplates, texts: ["kinds": kinds.joined(separator: ", ")])
        case .template(let error): error.keyedMessage
        case .noLabels: Message(.noLabels)
        case .notUTF8: Message(.notUTF8)
        case .missingLabels(let names): Message(.missingLabels, texts: ["labels": names.map { "`\($0)`" }.joined(separator: ", ")])
        case .unknownLabel(let name, _, _): Message(.unknownLabel, texts: ["name": name])
        case let .unknownLabelPlaceholder(label, placeholder, _):
            Message(.unknownLabelPlaceholder, texts: ["name": label, "placeholder": "{\(placeholder)}"])
        case let .unresolvedName(name, page): Message(.unresolvedName, texts: ["name": name, "page": page])
        }
    }

    var hint: Message? {
        switch self {
        case .noTemplatesFolder: Message(.noTemplatesFolderHint)
        case .missingPageTemplates(_, let folder):
            Message(.missingPageTemplatesHint, texts: [
                "files": SiteViews.requiredTemplates.map { $0 + ".mustache" }.joined(separator: ", "), "folder": folder,
            ])
        case .template(let error): error.keyedHint
        case .noLabels(let folder): Message(.noLabelsHint, texts: ["folder": folder])
        case .notUTF8: Message(.notUTF8Hint)
        case .missingLabels: Message(.missingLabelsHint)
        case .unknownLabel(_, let suggestion?, _): Message(.didYouMeanHint, texts: ["suggestion": suggestion])
        case .unknownLabel(_, nil, let known): Message(.unknownLabelHint, texts: ["labels": known.joined(separator: ", ")])
        case let .unknownLabelPlaceholder(label, _, allowed) where allowed.isEmpty:
            Message(.labelWithoutPlaceholdersHint, texts: ["name": label])
        case let .unknownLabelPlaceholder(label, _, allowed):
            Message(.labelPlaceholdersHint, texts: ["name": label, "placeholders": allowed.map { "{\($0)}" }.joined(separator: ", ")])
        case .unresolvedName: Message(.unresolvedNameHint)
        }
    }
}
