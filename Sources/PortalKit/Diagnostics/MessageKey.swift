/// Every message portalgen gives an editor, and every phrase such a message names, by a stable key. A
/// catalogue of another language translates each key (`MessageCatalogue`); the raw values never change once
/// released, so a translation keeps matching.
///
/// To add a message: a case here, its words in `EnglishMessages` and `ChineseMessages` (the compiler asks
/// for both), a case in the component's error enum that returns it, and a sample in the catalogue tests.
public enum MessageKey: String, CaseIterable, Sendable {
    // MARK: - Speech files (ContentError)

    case missingFrontMatter = "content.missing-front-matter"
    case unclosedFrontMatter = "content.unclosed-front-matter"
    case unclosedFrontMatterHint = "content.unclosed-front-matter.hint"
    case missingTitle = "content.missing-title"
    case missingTitleHint = "content.missing-title.hint"
    case unknownField = "content.unknown-field"
    case unknownFieldHint = "content.unknown-field.hint"
    case unknownFieldSuggestionHint = "content.unknown-field.hint-suggestion"
    case badDate = "content.bad-date"
    case badDateHint = "content.bad-date.hint"
    case invalidSlug = "content.invalid-slug"
    case invalidSlugHint = "content.invalid-slug.hint"
    case duplicateSlug = "content.duplicate-slug"
    case duplicateSlugHint = "content.duplicate-slug.hint"
    case emptyFile = "content.empty-file"
    case emptyFileHint = "content.empty-file.hint"
    case undecodable = "content.undecodable"
    case unsupportedFile = "content.unsupported-file"
    case unsupportedFileHint = "content.unsupported-file.hint"
    case cannotRead = "content.cannot-read"
    case cannotReadSpeechHint = "content.cannot-read.hint"
    case cannotReadSettingsHint = "content.cannot-read-settings.hint"
    case noSpeechesFolder = "content.no-speeches-folder"
    case noSpeechesFolderHint = "content.no-speeches-folder.hint"
    case noTitleLine = "content.no-title-line"
    case noTitleLineHint = "content.no-title-line.hint"
    case linkToMissingSpeech = "content.link-to-missing-speech"
    case linkToMissingSpeechHint = "content.link-to-missing-speech.hint"
    case unsafeLink = "content.unsafe-link"
    case unsafeLinkHint = "content.unsafe-link.hint"

    // MARK: - YAML values, in every content file (ContentError)

    case invalidYAML = "yaml.invalid"
    case invalidYAMLHint = "yaml.invalid.hint"
    case notMapping = "yaml.not-mapping"
    case notMappingHint = "yaml.not-mapping.hint"
    case emptyField = "yaml.empty-field"
    case emptyFieldHint = "yaml.empty-field.hint"
    case wrongType = "yaml.wrong-type"
    case wrongTypeHint = "yaml.wrong-type.hint"
    case wrongTypeExampleHint = "yaml.wrong-type.hint-example"
    case duplicateField = "yaml.duplicate-field"
    case duplicateFieldHint = "yaml.duplicate-field.hint"
    /// What a field must be.
    case expectedText = "value.text"
    case expectedBool = "value.true-or-false"
    case expectedWholeNumber = "value.whole-number"
    case expectedNumber = "value.number"
    case expectedTextList = "value.list-of-texts"
    case expectedGlossaryEntries = "value.list-of-entries"
    case expectedSettings = "value.settings-group"
    /// What a field is instead.
    case foundEmpty = "found.empty"
    case foundText = "found.text"
    case foundList = "found.list"
    case foundGroup = "found.group"
    case foundAlias = "found.alias"
    case foundListContaining = "found.list-containing"

    // MARK: - Why a slug cannot be a folder name (SlugProblem)

    case slugEmpty = "slug.empty"
    case slugLeavesFolder = "slug.leaves-folder"
    case slugAbsolute = "slug.absolute"
    case slugSeparator = "slug.separator"
    case slugHidden = "slug.hidden"
    case slugControlCharacters = "slug.control-characters"
    case slugURLCharacter = "slug.url-character"
    case slugTooLong = "slug.too-long"

    // MARK: - Text that cannot be decoded (SpeechText's words, keyed by what went wrong)

    case decodingBinaryData = "decoding.binary-data"
    case decodingInvalidSequence = "decoding.invalid-sequence"
    case decodingTruncated = "decoding.truncated"
    case decodingHint = "decoding.hint"

    // MARK: - site.yml and keywords.yml (SettingsError, KeywordsError)

    case unknownSiteField = "config.unknown-field"
    case unknownSiteFieldHint = "config.unknown-field.hint"
    case baseURL = "config.base-url"
    case baseURLHint = "config.base-url.hint"
    case readingSpeed = "config.reading-speed"
    case readingSpeedHint = "config.reading-speed.hint"
    case pageSize = "config.page-size"
    case pageSizeHint = "config.page-size.hint"
    case unknownGlossaryField = "glossary.unknown-field"
    case unknownGlossaryFieldHint = "glossary.unknown-field.hint"
    case glossaryEntryNotMapping = "glossary.entry-not-mapping"
    case glossaryEntryNotMappingHint = "glossary.entry-not-mapping.hint"
    case glossaryEmptyTerm = "glossary.empty-term"
    case glossaryEmptyTermHint = "glossary.empty-term.hint"
    case glossaryEntryWithoutTerm = "glossary.entry-without-term"
    case glossaryEntryWithoutTermHint = "glossary.entry-without-term.hint"
    case unknownGlossaryEntryField = "glossary.unknown-entry-field"
    case unknownGlossaryEntryFieldHint = "glossary.unknown-entry-field.hint"
    case duplicateGlossaryName = "glossary.duplicate-name"
    case duplicateGlossaryNameHint = "glossary.duplicate-name.hint"
    case unknownDiscoverySetting = "glossary.unknown-discovery-setting"
    case unknownDiscoverySettingHint = "glossary.unknown-discovery-setting.hint"
    /// A hint shared by unknown names: `did you mean …?`
    case didYouMeanHint = "hint.did-you-mean"

    // MARK: - The theme (ThemeError)

    case noTemplatesFolder = "theme.no-templates-folder"
    case noTemplatesFolderHint = "theme.no-templates-folder.hint"
    case missingPageTemplate = "theme.missing-template"
    case missingPageTemplates = "theme.missing-templates"
    case missingPageTemplatesHint = "theme.missing-templates.hint"
    case noLabels = "theme.no-labels"
    case noLabelsHint = "theme.no-labels.hint"
    case notUTF8 = "theme.not-utf8"
    case notUTF8Hint = "theme.not-utf8.hint"
    case missingLabels = "theme.missing-labels"
    case missingLabelsHint = "theme.missing-labels.hint"
    case unknownLabel = "theme.unknown-label"
    case unknownLabelHint = "theme.unknown-label.hint"
    case unknownLabelPlaceholder = "theme.unknown-placeholder"
    case labelPlaceholdersHint = "theme.unknown-placeholder.hint"
    case labelWithoutPlaceholdersHint = "theme.unknown-placeholder.hint-none"
    case unresolvedName = "theme.unresolved-name"
    case unresolvedNameHint = "theme.unresolved-name.hint"

    // MARK: - Template syntax (TemplateEngine's words, keyed by what went wrong)

    case templateUnclosedTag = "template.unclosed-tag"
    case templateEmptyTagName = "template.empty-tag-name"
    case templateInvalidTagName = "template.invalid-tag-name"
    case templateBadSetDelimiters = "template.bad-set-delimiters"
    case templateUnclosedSection = "template.unclosed-section"
    case templateMismatchedClose = "template.mismatched-close"
    case templateUnexpectedClose = "template.unexpected-close"
    case templateTagInsideParent = "template.tag-inside-parent"
    case templateNestingTooDeep = "template.nesting-too-deep"
    case templateUnknownPartial = "template.unknown-partial"
    case templateUnknownParent = "template.unknown-parent"
    case templateUnknownBlock = "template.unknown-block"
    case templateRecursiveInclude = "template.recursive-include"
    case templateIncludeDepthExceeded = "template.include-depth-exceeded"
    case templateUnknownTemplate = "template.unknown-template"
    case templateUnreadable = "template.unreadable"
    case templateInvalidEncoding = "template.invalid-encoding"
    case templateHint = "template.hint"

    // MARK: - The output folder and files (OutputError, FileSystem.Failure)

    case outputIsSiteFolder = "output.is-site-folder"
    case outputContainsSite = "output.contains-site"
    case outputInsideSourceFolder = "output.inside-source-folder"
    case outputOwnFolderHint = "output.own-folder.hint"
    case outputIsFile = "output.is-file"
    case outputIsFileHint = "output.is-file.hint"
    case outputNotMadeByPortalgen = "output.not-made-by-portalgen"
    case outputNotMadeByPortalgenHint = "output.not-made-by-portalgen.hint"
    case stagingInTheWay = "output.staging-in-the-way"
    case stagingInTheWayHint = "output.staging-in-the-way.hint"
    case outputCannotPrepareHint = "output.cannot-prepare.hint"
    case outputCannotWriteHint = "output.cannot-write.hint"
    case outputCannotReplaceHint = "output.cannot-replace.hint"
    case foreignFileKept = "output.foreign-file-kept"
    case foreignFileKeptHint = "output.foreign-file-kept.hint"
    case cannotCreateFile = "file-system.create"
    case cannotWriteFile = "file-system.write"
    case cannotCreateFolder = "file-system.create-folder"
    case cannotReplaceFile = "file-system.replace"
    case cannotKeepFile = "file-system.keep"
    case cannotMoveFile = "file-system.move"

    // MARK: - portalgen new and import (WritingError)

    case emptyTitle = "new.empty-title"
    case emptyTitleHint = "new.empty-title.hint"
    case multilineTitle = "new.multiline-title"
    case multilineTitleHint = "new.multiline-title.hint"
    case badFileName = "new.bad-file-name"
    case badFileNameHint = "new.bad-file-name.hint"
    case noContentFolder = "new.no-content-folder"
    case noContentFolderHint = "new.no-content-folder.hint"
    case newFileExists = "new.file-exists"
    case newFileExistsHint = "new.file-exists.hint"
    case badDateOption = "new.bad-date"
    case badDateOptionHint = "new.bad-date.hint"
    case folderNotWritableHint = "new.folder-not-writable.hint"
    case cannotReadImportHint = "import.cannot-read.hint"
    case importedFileExists = "import.file-exists"
    case importedFileExistsHint = "import.file-exists.hint"

    // MARK: - portalgen check (CheckProblem)

    case emptyLink = "check.empty-link"
    case absoluteLink = "check.absolute-link"
    case brokenPercentEncoding = "check.broken-percent-encoding"
    case linkLeavesSite = "check.link-leaves-site"
    case missingLinkTarget = "check.missing-target"
    case missingAnchor = "check.missing-anchor"
    case noHomePage = "check.no-home-page"
    case unreachablePage = "check.unreachable-page"

    // MARK: - portalgen serve (PreviewWarning)

    case listeningBeyondLoopback = "serve.beyond-loopback"
    case listeningBeyondLoopbackHint = "serve.beyond-loopback.hint"
}
