import Keywords
import PortalSupport
import SpeechText
import TemplateEngine

// The errors of the targets below PortalKit, put into messages here: those components report what went
// wrong as values, and their words for it live in the catalogue with every other message.

extension KeywordsError: Reportable {
    /// The keys of the messages about addresses whose state changed in a build.
    static let addressChangeKeys: Set<MessageKey> = [.publishedPagesKept, .publishedAddressesRedirected]

    public var severity: Diagnostic.Severity { .warning }

    public var message: Message {
        switch self {
        case let .duplicateName(name, firstTerm, firstLocation):
            Message(.duplicateGlossaryName, texts: ["name": name, "term": firstTerm, "place": firstLocation.description])
        case .unknownDiscoverySetting(let name):
            Message(.unknownDiscoverySetting, texts: ["name": name])
        case .retiredDiscoverySetting(let name, _):
            Message(.retiredDiscoverySetting, texts: ["name": name])
        case .unreadableLockLine(let line):
            Message(.unreadableLockLine, texts: ["line": line])
        case .unknownLockState(let state):
            Message(.unknownLockState, texts: ["state": state])
        case .duplicateLockAddress(let slug):
            Message(.duplicateLockAddress, texts: ["address": "keywords/\(slug)/"])
        case .unsafeLockAddress(let slug):
            Message(.unsafeLockAddress, texts: ["address": slug])
        case .lockFileEdited:
            Message(.lockFileEdited)
        case .publishedPagesKept(let addresses):
            Message(.publishedPagesKept, texts: ["count": String(addresses.count), "addresses": Self.list(addresses)])
        case .publishedAddressesRedirected(let redirects):
            Message(.publishedAddressesRedirected, texts: ["count": String(redirects.count), "redirects": Self.list(redirects)])
        }
    }

    public var hint: Message? {
        switch self {
        case .duplicateName(let name, _, _):
            Message(.duplicateGlossaryNameHint, texts: ["name": name])
        case .unknownDiscoverySetting:
            Message(.unknownDiscoverySettingHint,
                    texts: ["settings": KeywordDiscovery.Options.settingNames.joined(separator: ", ")])
        case .retiredDiscoverySetting(_, let replacement?):
            Message(.retiredDiscoverySettingHint, texts: ["replacement": replacement])
        case .retiredDiscoverySetting(_, nil):
            Message(.retiredDiscoverySettingGoneHint)
        case .unreadableLockLine, .unknownLockState, .duplicateLockAddress, .unsafeLockAddress:
            Message(.lockLineHint)
        case .lockFileEdited:
            Message(.lockFileEditedHint)
        case .publishedPagesKept:
            Message(.publishedPagesKeptHint)
        case .publishedAddressesRedirected:
            Message(.publishedAddressesRedirectedHint)
        }
    }

    /// The first items of a long list, then how many more.
    private static func list(_ items: [String], limit: Int = 12) -> String {
        items.prefix(limit).joined(separator: ", ") + (items.count > limit ? ", … (+\(items.count - limit))" : "")
    }
}

extension SpeechTextDecodingError {
    /// Keyed by what went wrong; the decoder's own words, with the values a translation needs.
    var keyedMessage: Message {
        let key: MessageKey = switch (reason, clue) {
        case (.binaryData, _): .decodingBinaryData
        case (.invalidSequence, .unknownEncoding): .decodingUnknownEncoding
        case (.invalidSequence, _): .decodingInvalidSequence
        case (.truncated, _): .decodingTruncated
        }
        var values = ["text": message, "byte": String(byteOffset), "line": String(line)]
        values["encoding"] = encoding?.displayName
        values["character"] = codePoint.map { point in
            let hex = String(point, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return Message(key, texts: values)
    }

    /// Keyed by what the bytes look like, else by what went wrong.
    var keyedHint: Message {
        let key: MessageKey = switch (clue, reason) {
        case (.utf16WithoutBOM, _): .decodingUTF16WithoutBOMHint
        case (.utf32, _): .decodingUTF32Hint
        case (.mixedOrDamaged, _): .decodingMixedHint
        case (.unknownEncoding, _): .decodingUnknownEncodingHint
        case (.none, .binaryData): .decodingBinaryDataHint
        case (.none, .invalidSequence): .decodingInvalidSequenceHint
        case (.none, .truncated): .decodingTruncatedHint
        }
        return Message(key, texts: ["text": hint])
    }
}

extension FileSystem.Failure {
    /// `cannot create the folder public/x: Permission denied`
    var keyedMessage: Message {
        let key: MessageKey
        var values = ["path": path, "reason": reason]
        switch operation {
        case .create: key = .cannotCreateFile
        case .write: key = .cannotWriteFile
        case .createFolder: key = .cannotCreateFolder
        case .replace: key = .cannotReplaceFile
        case .keep: key = .cannotKeepFile
        case .remove: key = .cannotRemoveFile
        case .lock: key = .cannotLockFile
        case .move(let destination):
            key = .cannotMoveFile
            values["destination"] = destination
        }
        return Message(key, texts: values)
    }
}

extension TemplateError {
    /// Keyed by the kind of mistake; the engine's own words, with the names a translation needs.
    var keyedMessage: Message {
        var values = ["text": message]
        let key: MessageKey
        switch kind {
        case .unclosedTag(let opening, let closing):
            key = .templateUnclosedTag
            values["opening"] = opening
            values["closing"] = closing
        case .emptyTagName(let tag): key = .templateEmptyTagName; values["tag"] = tag
        case .invalidTagName(let name): key = .templateInvalidTagName; values["name"] = name
        case .badSetDelimiters(let content): key = .templateBadSetDelimiters; values["content"] = content
        case .unclosedSection(let name, _): key = .templateUnclosedSection; values["name"] = name
        case .mismatchedClose(let expected, let found, _, _):
            key = .templateMismatchedClose
            values["expected"] = expected
            values["found"] = found
        case .unexpectedClose(let name): key = .templateUnexpectedClose; values["name"] = name
        case .tagInsideParent(let tag, let parent):
            key = .templateTagInsideParent
            values["tag"] = tag
            values["parent"] = parent
        case .nestingTooDeep(let limit): key = .templateNestingTooDeep; values["limit"] = String(limit)
        case .unknownPartial(let name, _): key = .templateUnknownPartial; values["name"] = name
        case .unknownParent(let name, _): key = .templateUnknownParent; values["name"] = name
        case .unknownBlock(let name, let parent, _):
            key = .templateUnknownBlock
            values["name"] = name
            values["parent"] = parent
        case .recursiveInclude(let cycle): key = .templateRecursiveInclude; values["cycle"] = cycle.joined(separator: " → ")
        case .includeDepthExceeded(let limit, let name):
            key = .templateIncludeDepthExceeded
            values["limit"] = String(limit)
            values["name"] = name
        case .unknownTemplate(let name, _): key = .templateUnknownTemplate; values["name"] = name
        case .unreadable(let path, let reason):
            key = .templateUnreadable
            values["path"] = path
            values["reason"] = reason
        case .invalidEncoding: key = .templateInvalidEncoding
        }
        return Message(key, texts: values)
    }

    /// Keyed by the kind of mistake, like the message; the names that have near spellings suggest them.
    var keyedHint: Message? {
        guard !hint.isEmpty else { return nil }
        var values = ["text": hint]
        let key: MessageKey
        switch kind {
        case .unclosedTag(_, let closing): key = .templateUnclosedTagHint; values["closing"] = closing
        case .emptyTagName: key = .templateEmptyTagNameHint
        case .invalidTagName: key = .templateInvalidTagNameHint
        case .badSetDelimiters: key = .templateBadSetDelimitersHint
        case .unclosedSection(let name, let opening):
            key = .templateUnclosedSectionHint
            values["name"] = name
            values["opening"] = opening
        case let .mismatchedClose(expected, _, openLine, _):
            key = .templateMismatchedCloseHint
            values["expected"] = expected
            values["open_line"] = String(openLine)
        case .unexpectedClose(let name): key = .templateUnexpectedCloseHint; values["name"] = name
        case .tagInsideParent: key = .templateTagInsideParentHint
        case .nestingTooDeep: key = .templateNestingTooDeepHint
        case .unknownPartial(_, let suggestions), .unknownParent(_, let suggestions), .unknownBlock(_, _, let suggestions),
             .unknownTemplate(_, let suggestions):
            if suggestions.isEmpty {
                key = .templateCheckNameHint
            } else {
                key = .templateSuggestionHint
                values["suggestions"] = suggestions.map { "`\($0)`" }.joined(separator: " / ")
            }
        case .recursiveInclude: key = .templateRecursiveIncludeHint
        case .includeDepthExceeded: key = .templateIncludeDepthExceededHint
        case .unreadable: key = .templateUnreadableHint
        case .invalidEncoding: return Message(.notUTF8Hint)
        }
        return Message(key, texts: values)
    }
}
