/// The English words of every message. `{name}` is a value the message names. Messages of the template
/// engine, the text decoder, the Word reader and the text converter's checks keep those components' own
/// words (`{text}`).
enum EnglishMessages {
    static func text(_ key: MessageKey) -> String {
        switch key {
        case .labelError: "error"
        case .labelWarning: "warning"
        case .labelHint: "hint"
        case .labelSeparator: ": "
        case .listSeparator: ", "
        case .fieldAndAlias: "{name} ({alias})"

        // Speech files
        case .missingFrontMatter: "this speech has no front matter, so it has no title"
        case .unclosedFrontMatter: "the front matter starts with --- here but never ends"
        case .unclosedFrontMatterHint: "add a line with just `---` after the last field, before the text of the speech"
        case .missingTitle: "the speech has no title"
        case .missingTitleHint:
            "start the file with three lines: `---`, `title: 讲话的标题`, `---`; then the text of the speech"
        case .misspeltTitleHint: "`{field}` is not a field portalgen knows: did you mean `{suggestion}`?"
        case .unknownField: "unknown front matter field `{field}` is ignored"
        case .unknownFieldHint: "known fields: {fields}"
        case .unknownFieldSuggestionHint: "did you mean `{suggestion}`? Known fields: {fields}"
        case .badDate: "`{text}` is not a date"
        case .badDateHint:
            "write the date as `2023-10-23`, `2023年10月23日` or `2023.10.23`; `2023` or `2023-10` when only the year or month is known"
        case .impossibleMonth: "`{text}` is not a date: there is no month {month}"
        case .impossibleMonthHint: "a month is 1 to 12; were month and day swapped?"
        case .impossibleDay: "`{text}` is not a date: month {month} of {year} has {days} days"
        case .impossibleDayHint: "check the day against the original; the last day of that month is {last}"
        case .invalidSlug: "the slug `{slug}` {problem}"
        case .invalidSlugHint:
            "use letters, digits, `-` and `_` only, e.g. `slug: 2023-peixunban`; a slug cannot contain `/`, `\\` or `..`"
        case .duplicateSlug: "the slug `{slug}` is already used by {first}"
        case .duplicateSlugHint: "rename one of the files, or give one of them a different `slug:` in its front matter"
        case .emptyFile: "the file is empty"
        case .emptyFileHint: "put the speech's text in the file, or delete it"
        case .undecodable: "the file cannot be read as text: {problem}"
        case .unsupportedFile: "`{name}` is not a speech file and is skipped"
        case .unsupportedFileHint: "speeches are `.md` (Markdown with front matter), `.txt` (plain text) or `.docx` (Word) files"
        case .cannotRead: "cannot read the file"
        case .cannotReadSpeechHint: "check that the file is readable"
        case .cannotReadSettingsHint: "check that the file is readable (permissions) and not a folder"
        case .noSpeechesFolder: "there is no speeches folder, so the site has no speeches"
        case .noSpeechesFolderHint: "create `{folder}/` and put speeches in it (`.md` with front matter, `.txt` or `.docx`)"
        case .siteWithoutContentFolder: "`{site}` has no `content/` folder: it does not look like a site folder"
        case .siteWithoutContentFolderHint:
            "run portalgen in the site folder (the one holding `content/speeches/`) or name it with `--source DIR`; for a new site, create `content/speeches/` there first"
        case .noTitleLine: "no title line found; the file name is used as the title"
        case .noTitleLineHint:
            "put the title on the first line, or run `portalgen import {path}` to make a Markdown file you can edit"
        case .linkToMissingSpeech: "the link `{destination}` points to a speech file that does not exist"
        case .linkToMissingSpeechHint: "check the file name in content/speeches/, or link to the page with a full address"
        case .unsafeLink: "the link `{destination}` could run code in a reader's browser; it was removed and its text kept"
        case .unsafeLinkHint: "link to a web address (https://…) or to another speech's file (other.md)"
        case .pastedText:
            "the text looks pasted from Word, WPS, a web page or a PDF ({reason}), so it was read as speech text: "
                + "one paragraph per line, lines wrapped mid-sentence joined, numbered headings found"
        case .pastedTextIndented: "{count} lines start with a full-width space (　)"
        case .pastedTextLongLines: "{count} pairs of long lines follow each other without a blank line"
        case .pastedTextHint:
            "nothing to do if the page looks right; to write Markdown instead, put a blank line between paragraphs, "
                + "remove the 　 indents and write headings as `## 一、……`"
        case .placeholder: "the file still holds the placeholder `{text}` that `portalgen new` or `portalgen import` wrote"
        case .placeholderHint:
            "replace it with the speech's text (or its title), or mark the file `draft: true` until it is finished"
        case .placeholderPreviewHint: "`portalgen build` will refuse to publish this page until the placeholder is replaced"
        case .identicalText: "the text of this speech is identical to that of {other}"
        case .nearlyIdenticalText: "the text of this speech is nearly identical to that of {other} ({percent}% the same, in the same order)"
        case .duplicateTextHint:
            "if one file is a copy of the other, delete it or mark it `draft: true`; if both are meant to be published, nothing needs to change"

        case .wordOmissions: "the document holds {pictures} picture(s) and {objects} embedded object(s), which are not shown on the page"
        case .wordOmissionsHint:
            "if a picture carries text (a scanned page, a table saved as a picture), type that text into the document"

        // YAML values
        case .invalidYAML: "the fields are not valid YAML: {problem}"
        case .invalidYAMLHint:
            "write each field as `name: value` with a space after the colon; put quotes around a value that contains `: ` or starts with a special character (\", ', [, {, *, &, !, |, >, %, @)"
        case .notMapping: "the front matter must be a list of `field: value` lines"
        case .notMappingHint: "write each field on its own line as `name: value`, e.g. `title: 在工会干部培训班上的讲话`"
        case .emptyField: "`{field}` is empty"
        case .emptyFieldHint: "give `{field}` a value or remove the line"
        case .wrongType: "`{field}` must be {expected}, but it is {found}"
        case .wrongTypeHint: "give `{field}` {expected}"
        case .wrongTypeExampleHint: "write it as `{example}`"
        case .duplicateField: "`{field}` is given twice"
        case .duplicateFieldHint: "keep one `{field}:` line and delete the other"
        case .sameField: "`{field}` is `{first}` again: the same field, given twice"
        case .sameFieldHint: "keep one of the `{first}:` and `{field}:` lines and delete the other"
        case .yamlAliasExpansion:
            "`{field}` repeats an anchored value (`*name`) so often that, written out, it is more than {megabytes} MB larger than the file"
        case .yamlAliasKey: "a field's name is an alias (`*name`), or holds one: a name must be written out"
        case .yamlAliasExpansionHint:
            "write each value out once, without anchors (`&name`) and aliases (`*name`): a speech's fields never need them"

        // Listing the content's files
        case .listingUndecodableName: "this file's name is not valid UTF-8 (shown here with �), so the file is left out"
        case .listingUndecodableNameHint:
            "rename the file (names copied from old Windows systems or zip archives are often in GBK); any Chinese name works once it is typed again"
        case .listingDanglingLink: "this is a link to a file that does not exist, so it is left out"
        case .listingLinkLoop: "this link leads back to itself, or to a folder that holds it, so it is left out"
        case .listingBrokenLinkHint: "delete the link, or put the speech file itself here"
        case .listingLinkOutsideSite: "this link leads outside the site folder, to `{target}`, so it is not read"
        case .listingLinkOutsideSiteHint:
            "copy the file or folder into the site; to publish what links outside the site point to, write `{field}: true` in content/site.yml"
        case .listingSettingsLinkOutsideSiteHint: "copy the file into content/: site.yml itself is always read from inside the site"
        case .listingEmptySite: "this build found no speeches, but the site in `{output}` has {count}: nothing was published"
        case .listingEmptySiteHint:
            "check that the speech files are in content/speeches (was the folder moved, renamed or linked elsewhere?); to publish a site without speeches on purpose, build with `--allow-empty`"

        // YAML mistakes
        case .yamlTabIndentation: "the line is indented with a tab; fields are indented with spaces only"
        case .yamlFullWidthSpace: "the line is indented with a full-width space (　); fields are indented with ordinary spaces only"
        case .yamlExtraIndentation: "`{field}` is indented under the field above, which already has a value"
        case .yamlMissingColon: "this line has no colon between the field's name and its value"
        case .yamlCommaForColon: "`{field}` is followed by a comma; a field's name is followed by a colon"
        case .yamlMissingSpace: "there is no space after the colon of `{field}`"
        case .yamlColonInValue:
            "the value of `{field}` contains a colon followed by a space, which starts a new field; put the value in quotes"
        case .yamlUnclosedQuote: "the value of `{field}` opens a quote that is not closed"
        case .yamlTextAfterQuote: "the value of `{field}` goes on after its closing quote; put the whole value in quotes"
        case .yamlUnclosedBracket: "the `{bracket}` of `{field}` is not closed with `{closing}` on its line"
        case .yamlTextAfterBracket: "the value of `{field}` goes on after its closing bracket; put the whole value in quotes"
        case .yamlReservedStart: "the value of `{field}` starts with `{character}`, which has a meaning of its own; put the value in quotes"
        case .yamlCorrectedLineHint: "write the line as `{line}`"
        case .expectedText: "text"
        case .expectedBool: "true or false"
        case .expectedWholeNumber: "a whole number"
        case .expectedNumberOrAuto: "a number or `auto`"
        case .expectedTextList: "a list of texts"
        case .expectedGlossaryEntries: "a list of entries (`- term: …`)"
        case .expectedSettings: "a group of `setting: number` lines"
        case .foundEmpty: "empty"
        case .foundText: "`{text}`"
        case .foundList: "a list"
        case .foundGroup: "a group of fields"
        case .foundAlias: "an alias"
        case .foundListContaining: "a list containing {item}"

        // Slugs
        case .slugEmpty: "is empty"
        case .slugLeavesFolder: "contains `..`, which would leave the output folder"
        case .slugAbsolute: "is an absolute path"
        case .slugSeparator: "contains a path separator"
        case .slugHidden: "starts with a dot, which hides the folder"
        case .slugControlCharacters: "contains control characters"
        case .slugURLCharacter: "contains a character that is not allowed in a web address"
        case .slugTooLong: "is too long"

        // Decoding: the decoder's own words
        case .decodingBinaryData, .decodingInvalidSequence, .decodingTruncated, .decodingUnknownEncoding,
            .decodingUTF16WithoutBOMHint, .decodingUTF32Hint, .decodingMixedHint, .decodingUnknownEncodingHint,
            .decodingBinaryDataHint, .decodingInvalidSequenceHint, .decodingTruncatedHint:
            "{text}"

        // Word documents: the reader's own words
        case .docxUnsupportedFileType, .docxCompoundFile, .docxNotZip, .docxNotZipRTF, .docxNotZipPDF, .docxNotZipHTML,
            .docxNotZipPlainText, .docxArchiveTruncated, .docxArchiveCorruptEntry, .docxArchiveUnsupportedCompression,
            .docxArchiveUnreadable, .docxNotWord, .docxNotWordSpreadsheet, .docxNotWordPresentation, .docxNotWordODT,
            .docxPartEmpty, .docxPartEndsEarly, .docxPartInvalidCharacter, .docxPartEntity, .docxPartAttribute,
            .docxPartTagMismatch, .docxPartTooDeep, .docxPartDocumentType, .docxPartNotWellFormed, .docxPartTooLarge,
            .docxTooManyEntries, .docxSaveAsDocxHint, .docxCompoundFileHint, .docxNotZipPDFHint, .docxNotZipPlainTextHint,
            .docxSaveAgainHint, .docxDamagedArchiveHint, .docxCopyIntoWordHint, .docxNotWordODTHint, .docxDamagedPartHint,
            .docxPartTooLargeHint, .docxTooManyEntriesHint:
            "{text}"

        // site.yml and keywords.yml
        case .unknownSiteField: "unknown field `{field}` in site.yml is ignored"
        case .unknownSiteFieldHint: "known fields: {fields}"
        case .baseURL: "`base_url` must start with http:// or https://"
        case .baseURLHint: "write the address where the site is published, e.g. `base_url: https://xuexi.example.org/`"
        case .exampleBaseURL: "`base_url` is still an example address ({host}): the feed, the sitemap and robots.txt would point there"
        case .exampleBaseURLHint: "write the address where the site is published, or delete the line until it is known"
        case .readingSpeed: "`reading_speed` must be a positive number of characters per minute"
        case .readingSpeedHint: "Chinese readers read about 300 to 500 characters a minute; the default is 400"
        case .pageSize: "`{field}` must be at least 1: it is the number of speeches on one page"
        case .pageSizeHint: "write a number such as {default} (the default, used when the line is left out)"
        case .compilationsValue: "`{field}` is `{value}`: it can be `all`, `glossary` or `none`"
        case .compilationsValueHint: "`all` (the default) makes a compilation for every keyword, `glossary` only for the keywords of keywords.yml and of speeches' `keywords` fields, `none` for none"
        case .shareOutOfRange: "`{field}` is `{value}`: it is a share of the speeches, from 0 to 1 or a percentage"
        case .shareOutOfRangeHint: "write e.g. `compilation_max_share: 0.5` or `50%` (the default): a keyword used in more than half of the speeches (and in more than 100) then gets no compilation; 1 gives every keyword one"
        case .unknownGlossaryField: "unknown field `{field}` in the glossary is ignored"
        case .unknownGlossaryFieldHint: "the glossary has {fields}"
        case .glossaryEntryNotMapping: "a glossary entry must be a term with its fields"
        case .glossaryEntryNotMappingHint:
            "write it as `- term: 劳模精神` followed by `description: …` on the next line, indented"
        case .glossaryEmptyTerm: "a glossary entry has an empty term"
        case .glossaryEmptyTermHint: "write the keyword after `term:`, e.g. `term: 劳模精神`, or delete the entry"
        case .glossaryEntryWithoutTerm: "a glossary entry has no `term`"
        case .glossaryEntryWithoutTermHint:
            "add `term: …` to the entry, e.g. `- term: 劳模精神` followed by `description: …` on the next line, indented"
        case .unknownGlossaryEntryField: "unknown field `{field}` in a glossary entry is ignored"
        case .unknownGlossaryEntryFieldHint: "entries have {fields}"
        case .duplicateGlossaryName: "`{name}` is already a term or alias of `{term}` ({place})"
        case .duplicateGlossaryNameHint: "keep one entry for `{name}`; list other spellings as its `aliases`"
        case .unknownDiscoverySetting: "unknown discovery setting `{name}` is ignored"
        case .unknownDiscoverySettingHint: "discovery settings are {settings}"
        case .retiredDiscoverySetting: "discovery setting `{name}` is no longer used and is ignored"
        case .retiredDiscoverySettingHint: "discovery finds terms differently now; the nearest setting is `{replacement}` (see the README's discovery section)"
        case .retiredDiscoverySettingGoneHint: "discovery finds terms differently now; delete the line (see the README's discovery section)"
        // keywords.lock
        case .unreadableLockLine: "cannot read this line of keywords.lock: `{line}`"
        case .unknownLockState: "`{state}` is not what a keyword address can be"
        case .duplicateLockAddress: "{address} is recorded twice"
        case .unsafeLockAddress: "`{address}` cannot be a keyword address"
        case .lockLineHint:
            "each line is the address, the term and `page`, `kept` or `redirect` (then the address it leads to), separated by tabs; until the line is fixed, builds leave the file as it is"
        case .lockFileEdited: "keywords.lock holds lines a build does not write, so it was left as it is; addresses published by this build are not recorded"
        case .lockFileEditedHint:
            "delete the comments or lines you added (keep the address lines, in their order) and build again; delete a whole line only to give that address up"
        case .publishedPagesKept:
            "keyword pages kept although their terms are no longer keywords, since speeches still use them ({count}): {addresses}"
        case .publishedPagesKeptHint:
            "readers who saved these addresses still find the terms; add a term to the glossary to make it a keyword again, or to `deny:` to send its address to the keyword index"
        case .publishedAddressesRedirected: "published keyword addresses that now lead to other pages ({count}): {redirects}"
        case .publishedAddressesRedirectedHint:
            "nothing is lost: readers who saved an old address arrive at the new page; to give an address up, delete its line from content/keywords.lock"
        case .didYouMeanHint: "did you mean `{suggestion}`?"

        // The theme
        case .noTemplatesFolder: "there is no templates folder"
        case .noTemplatesFolderHint:
            "copy the `templates/` folder of portalgen's repository next to `content/`, or pass `--templates DIR`"
        case .missingPageTemplate: "the template for this page kind is missing: {kinds}"
        case .missingPageTemplates: "the template for these page kinds is missing: {kinds}"
        case .missingPageTemplatesHint: "every site needs {files} in {folder}"
        case .noLabels: "the theme has no labels.yml"
        case .noLabelsHint:
            "copy templates/labels.yml of portalgen's repository into {folder}: it holds the words the build writes into pages"
        case .notUTF8: "the file is not UTF-8 text"
        case .notUTF8Hint: "save the file with UTF-8 encoding"
        case .missingLabels: "labels.yml has no {labels}"
        case .missingLabelsHint:
            "give every label a text; portalgen's own templates/labels.yml lists them all with their Chinese words"
        case .unknownLabel: "unknown label `{name}` in labels.yml is ignored"
        case .unknownLabelHint: "the labels are {labels}"
        case .unknownLabelPlaceholder: "the label `{name}` names `{placeholder}`, which it does not have"
        case .labelPlaceholdersHint: "`{name}` can name {placeholders}"
        case .labelWithoutPlaceholdersHint: "`{name}` has no values to name; write its text only"
        case .unresolvedName: "`{name}` is not provided by the page (first seen on {page})"
        case .unresolvedNameHint: "check the spelling against the values this page kind provides (README, Templates)"

        // Template syntax: the engine's own words
        case .templateUnclosedTag, .templateEmptyTagName, .templateInvalidTagName, .templateBadSetDelimiters,
            .templateUnclosedSection, .templateMismatchedClose, .templateUnexpectedClose, .templateTagInsideParent,
            .templateNestingTooDeep, .templateUnknownPartial, .templateUnknownParent, .templateUnknownBlock,
            .templateRecursiveInclude, .templateIncludeDepthExceeded, .templateUnknownTemplate, .templateUnreadable,
            .templateInvalidEncoding, .templateUnclosedTagHint, .templateEmptyTagNameHint, .templateInvalidTagNameHint,
            .templateBadSetDelimitersHint, .templateUnclosedSectionHint, .templateMismatchedCloseHint,
            .templateUnexpectedCloseHint, .templateTagInsideParentHint, .templateNestingTooDeepHint,
            .templateRecursiveIncludeHint, .templateIncludeDepthExceededHint, .templateUnreadableHint,
            .templateSuggestionHint, .templateCheckNameHint:
            "{text}"

        // The output
        case .outputIsSiteFolder: "the output folder is the site folder itself"
        case .outputContainsSite: "the output folder contains the site folder"
        case .outputInsideSourceFolder: "the output folder is inside `{folder}/`"
        case .outputOwnFolderHint: "write the site to its own folder, e.g. `--output public`"
        case .outputIsFile: "the output path is a file, not a folder"
        case .outputIsFileHint: "choose another `--output` folder, or move the file away"
        case .outputNotMadeByPortalgen:
            "the output folder is not empty and was not made by portalgen (it holds {files}); nothing was changed"
        case .outputNotMadeByPortalgenHint:
            "choose an empty or new folder with `--output`, or empty this one yourself if its files are not needed"
        case .stagingInTheWay: "a folder portalgen did not make is in the way"
        case .stagingInTheWayHint: "move or delete {path}; portalgen assembles the new site there"
        case .outputCannotPrepareHint: "check that the output folder's parent exists and is writable"
        case .outputCannotWriteHint: "the previous site was left as it was"
        case .outputCannotReplaceHint: "the previous site in {output} was left as it was"
        case .foreignFileKept: "this file was not made by portalgen; it was kept"
        case .foreignFileKeptHint: "put files the site should publish in templates/static/, so the build manages them"
        case .cannotRecordAddressesHint:
            "the site was built, but content/keywords.lock was not updated: make it writable and build again, so that this build's keyword addresses are kept"
        case .cannotCreateFile: "cannot create {path}: {reason}"
        case .cannotWriteFile: "cannot write {path}: {reason}"
        case .cannotCreateFolder: "cannot create the folder {path}: {reason}"
        case .cannotReplaceFile: "cannot replace {path}: {reason}"
        case .cannotKeepFile: "cannot keep {path}: {reason}"
        case .cannotMoveFile: "cannot move {path} to {destination}: {reason}"
        case .cannotRemoveFile: "cannot remove {path}: {reason}"
        case .cannotLockFile: "cannot lock {path}: {reason}"
        case .outputWriteFailedMany: "{first}; {count} more files failed the same way"
        case .outputNoSpaceHint: "the disk is full: free some space and build again; the previous site was left as it was"
        case .outputNotPermittedHint:
            "{path} may not be changed (its permissions, a read-only disk, or `chattr +i`): make it writable and build again; the previous site was left as it was"
        case .outputCannotRemoveLeftoverHint:
            "{path} may not be removed (its permissions, a read-only disk, or `chattr +i`): make it removable, or delete {leftover} yourself, and build again; {output} holds a complete site"
        case .outputBusy: "another portalgen build is writing {output}; waited {seconds} s for it to finish"
        case .outputBusyHint:
            "wait for the other build (or `portalgen serve`) to finish and build again, or give it more time with `--wait SECONDS`; nothing was changed"
        case .cacheNotAFile: "the build cache {path} is not a regular file; it was ignored"
        case .cacheTooLarge: "the build cache {path} is {megabytes} MB, far larger than any cache portalgen writes; it was ignored"
        case .cacheUnreadable: "cannot read the build cache {path}: {reason}; it was ignored"
        case .cacheIgnoredHint: "delete {path}; this build writes a new one (a site without a cache is only built from scratch)"

        // portalgen new and import
        case .emptyTitle: "the title is empty"
        case .emptyTitleHint: "give the title in quotes: portalgen new \"在……上的讲话\""
        case .multilineTitle: "the title has more than one line"
        case .multilineTitleHint: "give the title on one line"
        case .badFileName: "the file name `{name}` {problem}"
        case .badFileNameHint: "choose a shorter title"
        case .newFileExists: "this file exists already; nothing was written"
        case .newFileExistsHint:
            "open that file to go on with the speech, or give another `--date` or title; to start it again, delete or rename the file first"
        case .badDateOption: "`{text}` is not a date"
        case .badDateOptionHint: "write the date as `--date 2024-05-01` or `--date 2024年5月1日`"
        case .folderNotWritableHint: "check that the folder is writable"
        case .cannotReadImportHint: "check the path and that the file is readable"
        case .importedFileExists: "{path} exists already; nothing was written"
        case .importedFileExistsHint:
            "an editor may have changed it: compare the two, or rename the text file; `--force` replaces it"
        case .importOutsideSite: "there is no `content/` folder here: this does not look like a site folder; nothing was written"
        case .importOutsideSiteHint:
            "run `portalgen import` in the site folder (the one holding `content/speeches/`), or say where the files go with `--into DIR`"
        case .alreadyInGlossary: "`{term}` is already in the glossary (as a {place}); nothing was changed"
        case .alreadyInGlossaryHint: "edit content/keywords.yml by hand to move it"
        case .glossaryListNotEditable: "`{key}:` is not written as a list with one `- ` line per item, so it cannot be added to safely; nothing was changed"
        case .glossaryListNotEditableHint: "write `{key}:` with one `- ` line per item, or add the line by hand"
        case .glossaryEditFailed: "adding `{term}` would change more of the glossary than that term; nothing was changed"
        case .glossaryEditFailedHint: "add the line by hand (see `portalgen keywords --suggest` for the line to copy)"

        // What to check after an import: the converter's own words
        case .checkNoTitleLine, .checkNoOccasion, .checkMultilineTitle, .checkHeaderDatesDiffer, .checkNoBody,
            .checkDateLineDiffers, .checkSeveralDateLines, .checkNoDateLine, .checkNoDateLineYears,
            .checkWrappedParagraphs, .checkControlCharacters, .checkRestartedNumberingIsList, .checkSemicolonLinesAreList,
            .checkSentenceLinesAreList, .checkUnstyledSeriesKept, .checkSectionWordKept, .checkSeriesLineKept, .checkLongLeadMadeHeading,
            .checkUnexpectedHeadingNumber, .checkHeadingTooDeep, .checkTooLongForHeading, .checkSeriesStartMadeHeading,
            .checkNumberingStartsAgain, .checkHeadingsBelowLowerRank, .checkMore:
            "{text}"
        case .checkDatedLine: "line {line}: {date}"
        case .checkYear: "{year}年"
        case .placeLine: "line {line}"
        case .placeLines: "lines {first}–{last}"
        case .sourceTitle: "{place} (title)"
        case .sourceSubtitle: "{place} (subtitle)"
        case .sourceDateLine: "{place} (date line)"
        case .sourceByline: "{place} (byline)"
        case .sourceBodyDateLine: "{place} (date line after the header)"

        // portalgen check
        case .emptyLink: "`{link}` is empty"
        case .absoluteLink: "`{link}` is absolute; links must be relative so the site works under any path"
        case .brokenPercentEncoding: "`{link}` has a broken percent-encoding"
        case .linkLeavesSite: "`{link}` leaves the site's folder"
        case .missingLinkTarget: "`{link}` points to {target}, which the site does not have"
        case .missingAnchor: "`{link}` points to #{fragment}, which {target} does not have"
        case .noHomePage: "the site has no home page"
        case .unreachablePage: "no link leads here from the home page"

        // portalgen serve
        case .listeningBeyondLoopback:
            "listening on `{host}`: other machines on the network can read the preview (and its drafts)"
        case .listeningBeyondLoopbackHint: "leave out `--host`, or use `--host 127.0.0.1`, to keep it to this machine"
        case .serveDraftsIntoPublished:
            "`serve --drafts` would write drafts into {output}, the folder `portalgen build` publishes; nothing was built"
        case .serveDraftsIntoPublishedHint:
            "leave out `--output`: the preview is built in {preview}, and {published} keeps only what `portalgen build` made"
        case .serveCannotLock: "cannot make {path}: {reason}"
        case .serveCannotLockHint: "check that {folder} is a folder you can write to, or choose another `--output`"
        case .serveAlreadyServing: "another `portalgen serve` is already building its preview into {output}"
        case .serveAlreadyServingHint:
            "use the preview that is running (or stop it with Ctrl-C in its terminal); or give this one its own folder with `--output`"
        case .serveStartedAlready: "this preview server was started already"
        case .serveStoppedWhileStarting: "the preview server was stopped while it started"
        case .serveNotAPort: "{port} is not a port number (0–65535)"
        case .serveUnknownHost: "cannot use the host `{host}`: {reason}"
        case .servePortInUse: "port {port} on {host} is in use (another `portalgen serve`?)"
        case .servePortNeedsPrivileges: "not allowed to listen on port {port} (ports below 1024 need privileges)"
        case .serveNotThisMachine: "{host} is not an address of this machine"
        case .serveCannotListen: "cannot listen on {host}:{port}: {reason}"
        case .serveChooseAnotherPortHint: "choose another port with `--port`, e.g. `--port 8001`"
        case .serveUseLoopbackHint: "use `--host 127.0.0.1`"
        case .watchInotify: "with inotify"
        case .watchPolling: "every {interval} s"
        case .watchPollingBecause: "every {interval} s ({reason})"
        case .watchSystemCallFailed: "{call}: {error}"
        case .watchLimitReached: "the system's limit of inotify watches is reached (raise fs.inotify.max_user_watches with sysctl)"
        case .watchNotLinux: "inotify is Linux only"
        case .overlayHeading: "portalgen: the build failed with {errors} — this is the last good version of the site"
        case .overlayFixAndSave: "Fix the files and save: the page reloads by itself. (Only the preview shows this.)"
        case .overlayNoSite:
            "portalgen has no site to show yet: the output folder is missing. Save a file in content/ to build again."
        case .overlayNoSiteTitle: "portalgen: no site to show"

        // What the commands print
        case .statusBuilding: "building: {stage}…"
        case .statusStageStarted: "{stage}…"
        case .statusStageTime: "  {stage}: {ms} ms"
        case .statusStageTimePeak: "  {stage}: {ms} ms, peak {peak} MiB"
        case .statusBuilt:
            "built {speeches} speeches, {keywords} keywords: {files} pages and files ({written} written, {unchanged} unchanged; {rendered} pages rendered) in {seconds} s"
        case .statusUpToDate:
            "nothing changed: {speeches} speeches, {keywords} keywords, {files} pages and files up to date (checked in {seconds} s)"
        case .statusBuildFailed: "build failed with {errors}; the site in {output} was not changed"
        case .statusSiteDoesNotBuild: "the site does not build: {errors}"
        case .statusChecked: "checked {pages} pages and {links} links: no problems"
        case .statusCheckFoundProblems: "{problems} in {pages} pages"
        case .statusImported: "{source} → {written} ({format}, {headings} headings)"
        case .statusImportedAsIs: "{source} → {written} ({format}, copied as it is)"
        case .statusSpeechValue: "  {field}: {value} ← {origin}"
        case .statusSpeechValueUnsourced: "  {field}: {value}"
        case .statusSpeechValueMissing: "  {field}: (not found)"
        case .statusValuesFromText: "values read from the speeches' text and file names:"
        case .statusSpeechFile: "{path}"
        case .valueTitle: "title"
        case .valueDate: "date"
        case .valueOccasion: "occasion"
        case .valueSpeaker: "speaker"
        case .originFileNameDate: "file name"
        case .originFileNameYear: "a year in the file name"
        case .originFileName: "file name (no title line found)"
        case .originDocumentProperties: "the document's properties"
        case .formatMarkdown: "Markdown"
        case .formatPastedText: "Markdown with pasted text, read as speech text"
        case .formatPlainText: "plain text, {encoding}"
        case .formatWordDocument: "Word document"
        case .statusImportCheck: "  check: {check}"
        case .statusNotImported: "{failed} of {files} files were not imported"
        case .statusNewSpeech:
            "  fill in the front matter and the text; the address will be speeches/{slug}/ (rename the file to change it)"
        case .statusKeywordsHeader: "mentions  speeches  origin        keyword"
        case .statusKeywordCount: "{count} keywords"
        case .statusSiteHasErrors: "the site has errors; fix them first"
        case .statusSuggestionsIntroduction:
            "# Terms found in all speeches, best first. Copy a good one's `- term:` line under `keywords:` in\n# content/keywords.yml (or run `portalgen keywords --accept TERM`); send noise to `deny:`\n# (`portalgen keywords --deny TERM`). Uses and speeches are those of its page when it has one."
        case .statusSuggestion: "  - term: {term}\n    # {count} uses in {speeches} speeches{years}{quoted}; {page}"
        case .statusSuggestionQuoted: ", quoted"
        case .statusSuggestionHasPage: "has a page: {address}"
        case .statusSuggestionKeptPage: "the kept page of a former keyword: {address}"
        case .statusSuggestionRedirected: "no page; its old address {address} leads to another page"
        case .statusSuggestionBelowCut: "no page: not among the first {count} found (max_terms, cut_share)"
        case .statusSuggestionGeneral: "no page: general vocabulary, used everywhere"
        case .statusSuggestionPartOf: "no page: most of its uses are inside “{term}”"
        case .statusSuggestionExtension: "no page: the page of “{term}” lists all its uses"
        case .statusSuggestionExample: "    #   {sentence}"
        case .statusGlossaryLineAdded: "content/keywords.yml: added\n{line}"
        case .statusServing: "serving the preview (built in {folder}) at {url} — watching {folders} {method}; Ctrl-C stops"
        case .statusChanged: "changed: {files}"
        case .statusPreviewBuildFailed:
            "build failed with {errors}; still serving the last good site, with the errors shown on every page"
        case .statusStopped: "stopped"
        case .countErrorOne: "{count} error"
        case .countErrors: "{count} errors"
        case .countProblemOne: "{count} problem"
        case .countProblems: "{count} problems"
        case .stageLoad: "load"
        case .stageParse: "parse"
        case .stageDuplicates: "duplicates"
        case .stageKeywords: "keywords"
        case .stageMarkdown: "markdown"
        case .stageLink: "link"
        case .stageRender: "render"
        case .stageSearch: "search"
        case .stageCommit: "commit"
        case .originGlossary: "glossary"
        case .originFrontMatter: "front matter"
        case .originDiscovered: "discovered"
        case .originKept: "kept"
        case .statusKeywordsCompilationHeading: "compilation"
        case .compilationYes: "yes"
        case .compilationNoParagraphs: "no: no paragraph uses it"
        case .compilationNoneOnSite: "no: the site has none (compilations: none)"
        case .compilationNotNamedByEditors: "no: discovered, and the site compiles only editors' keywords"
        case .compilationTurnedOff: "no: `compilation: no` in its glossary entry"
        case .compilationTooCommon: "no: used in more than {percent}% of the {speeches} speeches"
        }
    }
}
