/// What can be wrong with an editor's content files. Each case knows its message and how to fix it;
/// the reader that finds it adds the place and turns it into a `Diagnostic`.
enum ContentError: Error, Sendable, Hashable {
    case missingFrontMatter
    case unclosedFrontMatter
    case invalidYAML(problem: String)
    case frontMatterNotMapping
    case missingTitle
    case emptyField(String)
    case wrongType(field: String, expected: String, found: String)
    case badDate(String)
    case unknownField(String, suggestion: String?)
    case duplicateField(String)
    case invalidSlug(String, reason: String)
    case duplicateSlug(String, firstPath: String)
    case emptyFile
    case undecodable(String)
    case unsupportedFile(String)

    var message: String {
        switch self {
        case .missingFrontMatter:
            return "this speech has no front matter, so it has no title"
        case .unclosedFrontMatter:
            return "the front matter starts with --- here but never ends"
        case .invalidYAML(let problem):
            return "the front matter is not valid YAML: \(problem)"
        case .frontMatterNotMapping:
            return "the front matter must be a list of `field: value` lines"
        case .missingTitle:
            return "the speech has no title"
        case .emptyField(let field):
            return "`\(field)` is empty"
        case let .wrongType(field, expected, found):
            return "`\(field)` must be \(expected), but it is \(found)"
        case .badDate(let text):
            return "`\(text)` is not a date"
        case let .unknownField(field, _):
            return "unknown front matter field `\(field)` is ignored"
        case .duplicateField(let field):
            return "`\(field)` is given twice"
        case let .invalidSlug(slug, reason):
            return "the slug `\(slug)` \(reason)"
        case let .duplicateSlug(slug, firstPath):
            return "the slug `\(slug)` is already used by \(firstPath)"
        case .emptyFile:
            return "the file is empty"
        case .undecodable(let detail):
            return "the file cannot be read as text: \(detail)"
        case .unsupportedFile(let name):
            return "`\(name)` is not a speech file and is skipped"
        }
    }

    var hint: String? {
        switch self {
        case .missingFrontMatter, .missingTitle:
            return "start the file with three lines: `---`, `title: 讲话的标题`, `---`; then the text of the speech"
        case .unclosedFrontMatter:
            return "add a line with just `---` after the last field, before the text of the speech"
        case .invalidYAML:
            return "write each field as `name: value` with a space after the colon; put quotes around a value that contains `: ` or starts with a special character (\", ', [, {, *, &, !, |, >, %, @)"
        case .frontMatterNotMapping:
            return "write each field on its own line as `name: value`, e.g. `title: 在工会干部培训班上的讲话`"
        case .emptyField(let field):
            return "give `\(field)` a value or remove the line"
        case let .wrongType(field, expected, _):
            return Self.example(for: field).map { "write it as `\($0)`" } ?? "give `\(field)` \(expected)"
        case .badDate:
            return "write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. `date: 2023-10-23` or `date: 2023` when only the year is known"
        case let .unknownField(_, suggestion?):
            return "did you mean `\(suggestion)`? Known fields: \(SpeechMetadata.knownFields.joined(separator: ", "))"
        case .unknownField:
            return "known fields: \(SpeechMetadata.knownFields.joined(separator: ", "))"
        case .duplicateField(let field):
            return "keep one `\(field):` line and delete the other"
        case .invalidSlug:
            return "use letters, digits, `-` and `_` only, e.g. `slug: 2023-peixunban`; a slug cannot contain `/`, `\\` or `..`"
        case .duplicateSlug:
            return "rename one of the files, or give one of them a different `slug:` in its front matter"
        case .emptyFile:
            return "put the speech's text in the file, or delete it"
        case .undecodable:
            return "save the file as UTF-8 text (in Notepad: Save As… → Encoding: UTF-8), or check it is not a damaged or binary file"
        case .unsupportedFile:
            return "speeches are `.md` (Markdown with front matter) or `.txt` (plain text) files"
        }
    }

    private static func example(for field: String) -> String? {
        switch field {
        case "title": return "title: 在工会干部培训班上的讲话"
        case "keywords": return "keywords: [劳模精神, 工匠精神]"
        case "draft": return "draft: true"
        case "date": return "date: 2023-10-23"
        default: return nil
        }
    }
}
